import { arch, cpus, platform, release, totalmem } from 'node:os';

/** What the numbers were measured on. */
export function describeMachine(): Array<[string, string]> {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? 'unknown';
  return [
    ['date', new Date().toISOString()],
    ['cpu', `${model} × ${cores.length}`],
    ['memory', `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`],
    ['os', `${platform()} ${release()} (${arch()})`],
    ['node', process.version],
  ];
}
