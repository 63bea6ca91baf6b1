import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The nearest folder at or above `start` holding a package.json. The same code runs from src/
 * (ts-jest) and from dist/src/ (tsc), so the project's own files (cards, worlds) are found by
 * walking up rather than by a fixed number of "..".
 */
export function projectRoot(start: string = __dirname): string {
  let folder = start;
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`No package.json above ${start}`);
    folder = parent;
  }
  return folder;
}
