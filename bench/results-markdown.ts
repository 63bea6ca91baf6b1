import type { BenchResult } from './bench-result';

/** bench/results.md: the machine, a summary of every target, then each benchmark's numbers. */
export function resultsMarkdown(machine: Array<[string, string]>, results: BenchResult[]): string {
  const lines = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (see "Benchmarks" in the README).',
    'Benchmarks report; nothing fails.',
    '',
    table(['', ''], machine),
    '',
    '## Targets',
    '',
    table(
      ['benchmark', 'measure', 'target', 'result', ''],
      results.flatMap((result) =>
        result.targets.map((check) => [
          result.title,
          check.name,
          check.target,
          check.actual,
          check.met ? 'met' : '**missed**',
        ]),
      ),
    ),
  ];
  for (const result of results) lines.push('', ...section(result));
  return `${lines.join('\n')}\n`;
}

function section(result: BenchResult): string[] {
  const lines = [`## ${result.title}`, '', result.method, '', table(['', ''], result.rows)];
  if (result.notes.length > 0) lines.push('', ...result.notes.map((note) => `- ${note}`));
  return lines;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) =>
    `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
