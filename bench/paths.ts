import { join } from 'node:path';
import { projectRoot } from '../src/project-root';

export { projectRoot };

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
