import type { BenchResult } from './bench-result';
import { spawnBot } from './bot-process';
import { botMainPath } from './paths';
import { median, ms } from './stats';

const RUNS = 5;
const TARGET_MS = 1_500;

/** Process start to `listening` (sandbox included), as `npm start` runs the built bot. */
export async function benchStart(): Promise<BenchResult> {
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const bot = await spawnBot({ script: botMainPath() });
    samples.push(bot.startMs);
    await bot.stop();
  }
  const typical = median(samples);
  return {
    title: 'Start',
    method:
      `\`node dist/src/bot/main.js\` spawned ${RUNS} times (PORT=0, LOG_LEVEL=info, demo world); ` +
      'time from spawn to its `listening` log line.',
    rows: [
      ['median', ms(typical)],
      ['runs', samples.map((sample) => ms(sample)).join(', ')],
    ],
    targets: [
      {
        name: 'start to listening',
        target: '< 1.5 s',
        actual: ms(typical),
        met: typical < TARGET_MS,
      },
    ],
    notes: [],
  };
}
