import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult } from './bench-result';
import { benchLongLists } from './long-list-bench';
import { describeMachine } from './machine';
import { benchMemory } from './memory-bench';
import { projectRoot } from './paths';
import { resultsMarkdown } from './results-markdown';
import { benchStart } from './start-bench';
import { benchThroughput } from './throughput-bench';
import { benchValidation } from './validation-bench';

const BENCHES: Record<string, () => Promise<BenchResult>> = {
  validation: benchValidation,
  throughput: benchThroughput,
  'long-lists': benchLongLists,
  memory: benchMemory,
  start: benchStart,
};

// Each benchmark takes well under two minutes here; a stuck one ends the run instead.
const BENCH_LIMIT_MS = 6 * 60_000;

/**
 * `npm run bench` runs every benchmark and writes bench/results.md; naming some
 * (`node dist/bench/run.js throughput start`) runs only those and writes nothing.
 */
async function main(): Promise<void> {
  // Deprecation notices from dependencies would interleave with the progress lines.
  process.noDeprecation = true;
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in BENCHES));
  if (unknown.length > 0) {
    const known = Object.keys(BENCHES).join(', ');
    throw new Error(`Unknown benchmark ${unknown.join(', ')}; known: ${known}`);
  }

  const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);
  const results: BenchResult[] = [];
  for (const name of names) {
    const started = performance.now();
    console.log(`${name}: running`);
    const result = await withinLimit(name, BENCHES[name]!());
    results.push(result);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    const verdicts = result.targets.map(
      (check) => `${check.name} ${check.actual} (${check.met ? 'met' : 'MISSED'})`,
    );
    console.log(`${name}: ${verdicts.join('; ')} [${seconds} s]`);
    for (const [label, value] of result.rows) console.log(`  ${label}: ${value}`);
  }
  if (wanted.length > 0) return;

  const path = join(projectRoot(), 'bench', 'results.md');
  writeFileSync(path, resultsMarkdown(describeMachine(), results));
  console.log(`wrote ${path}`);
}

async function withinLimit<T>(name: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${name} ran past ${BENCH_LIMIT_MS} ms`)),
      BENCH_LIMIT_MS,
    );
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  // Bot children started with the probe exit when this process does.
  process.exit(1);
});
