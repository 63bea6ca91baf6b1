import { execFileSync } from 'node:child_process';
import { projectRoot } from './paths';

// Collect, let V8 hand freed pages back (see bot-probe), then report RSS in bytes.
const REPORT = `
  global.gc(); global.gc();
  setTimeout(() => process.stdout.write(String(process.memoryUsage.rss())), 500);
`;

/** RSS of a fresh Node process that has only loaded `modules` (ids or paths). */
export function rssAfterLoading(modules: string[]): number {
  const requires = modules.map((id) => `require(${JSON.stringify(id)});`).join('');
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--disable-warning=DEP0111', '-e', `${requires}${REPORT}`],
    { cwd: projectRoot(), encoding: 'utf8', timeout: 30_000 },
  );
  return Number(output);
}
