import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest folder at or above this file with a package.json: the same from bench/ and dist/. */
export function projectRoot(start: string = __dirname): string {
  let folder = start;
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`No package.json above ${start}`);
    folder = parent;
  }
  return folder;
}

/** The compiled bot entry that `npm start` runs. */
export function botMainPath(): string {
  return join(projectRoot(), 'dist', 'src', 'bot', 'main.js');
}

/** The built bot's wiring: loading it loads every module `npm start` does. */
export function botAppModule(): string {
  return join(projectRoot(), 'dist', 'src', 'bot', 'app.js');
}

/** A compiled bench script next to this one (run from dist/bench only). */
export function benchScriptPath(name: string): string {
  return join(__dirname, `${name}.js`);
}
