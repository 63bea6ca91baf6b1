import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The same code runs from src/ (ts-jest) and from dist/src/ (tsc), so the project root is found
// by walking up to the folder holding package.json rather than by a fixed number of "..".
function findProjectRoot(start: string): string {
  let folder = start;
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) return start;
    folder = parent;
  }
  return folder;
}

/** Absolute path of the project's demo world, `<project>/worlds/demo.json`. */
export const DEMO_WORLD_PATH: string = join(findProjectRoot(__dirname), 'worlds', 'demo.json');
