import type { BenchResult } from './bench-result';
import { BotConversation } from './bot-conversation';
import { spawnBot, type BotProcess } from './bot-process';
import type { ProbeReport } from './bot-probe';
import { startConnectorSink } from './connector-sink';
import { rssAfterLoading } from './module-rss';
import { botAppModule, botMainPath } from './paths';
import { kilobytes, megabytes } from './stats';

const CONVERSATIONS = 1_000;
const CONCURRENCY = 25;
const DRIVE_LIMIT_MS = 180_000;
const TARGET_STATE_BYTES = 20_000;
const TARGET_RSS_BYTES = 300_000_000;

/** Stored state per idle conversation mid-dialog, and the bot's RSS with 1,000 of them. */
export async function benchMemory(): Promise<BenchResult> {
  const sink = await startConnectorSink();
  let bot: BotProcess | undefined;
  try {
    bot = await spawnBot({ script: botMainPath(), probe: true });
    const idle = await bot.measure({ collect: true });
    const started = performance.now();
    await driveToAccountPicker(bot.url, sink.url, started + DRIVE_LIMIT_MS);
    const driveSeconds = (performance.now() - started) / 1000;
    const loaded = await bot.measure({ collect: true });
    const modules: ModuleRss = {
      bare: rssAfterLoading([]),
      dialogs: rssAfterLoading(['botbuilder-dialogs']),
      bot: rssAfterLoading([botAppModule()]),
    };
    return describe(idle, loaded, driveSeconds, modules);
  } finally {
    await bot?.stop();
    await sink.close();
  }
}

/** Each conversation clicks from a fresh flow to the account picker and stays there. */
async function driveToAccountPicker(botUrl: string, serviceUrl: string, deadline: number) {
  let next = 0;
  const worker = async () => {
    while (next < CONVERSATIONS) {
      next += 1;
      if (performance.now() > deadline) throw new Error('driving the conversations took too long');
      const conversation = new BotConversation(botUrl, serviceUrl);
      await conversation.toResourceGroups();
      await conversation.expect(
        'resourceGroup.select',
        { resourceGroup: 'rg-lake' },
        'account.select',
      );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

/** RSS of fresh processes that only loaded modules: what start-up costs before any work. */
interface ModuleRss {
  bare: number;
  dialogs: number;
  bot: number;
}

function describe(
  idle: ProbeReport,
  loaded: ProbeReport,
  driveSeconds: number,
  modules: ModuleRss,
): BenchResult {
  const { storage } = loaded;
  const perConversation =
    storage.conversations > 0 ? storage.totalBytes / storage.conversations : 0;
  const rss = loaded.memory.rss;
  const notes = [
    loaded.collected
      ? 'RSS is read after two forced collections, once it stops falling: V8 hands freed pages ' +
        'back from a background thread, and read at once RSS is about 100 MB higher.'
      : 'Garbage collection was not exposed; RSS is as found.',
    `Most of the RSS is there before the first turn: a fresh Node process that only loads the ` +
      `bot's modules holds ${megabytes(modules.bot)} (bare Node ${megabytes(modules.bare)}; ` +
      `botbuilder-dialogs alone, which loads the recognizers-text cultures, ` +
      `${megabytes(modules.dialogs)}).`,
  ];
  return {
    title: 'Memory',
    method:
      `The built bot in a child process (demo world), ${CONVERSATIONS} conversations of Ada ` +
      `driven ${CONCURRENCY} at a time to the account picker (5 invokes each) and left there; ` +
      'then, after forced garbage collection, the RSS of the bot process and the size of the ' +
      'JSON that MemoryStorage holds per conversation.',
    rows: [
      ['conversations stored', String(storage.conversations)],
      ['state per conversation (mean)', kilobytes(perConversation)],
      ['state per conversation (largest)', kilobytes(storage.maxBytes)],
      ['state of all conversations', kilobytes(storage.totalBytes)],
      ['RSS after start', megabytes(idle.memory.rss)],
      [`RSS with ${CONVERSATIONS} conversations`, megabytes(rss)],
      ['heap used: after start / loaded', both(idle, loaded, (memory) => memory.heapUsed)],
      ['heap total: after start / loaded', both(idle, loaded, (memory) => memory.heapTotal)],
      ['external: after start / loaded', both(idle, loaded, (memory) => memory.external)],
      ['time to drive them', `${driveSeconds.toFixed(1)} s`],
    ],
    targets: [
      {
        name: 'stored state per conversation',
        target: '≤ 20 KB',
        actual: kilobytes(perConversation),
        met: perConversation <= TARGET_STATE_BYTES,
      },
      {
        name: `RSS with ${CONVERSATIONS} conversations`,
        target: '< 300 MB',
        actual: megabytes(rss),
        met: rss < TARGET_RSS_BYTES,
      },
    ],
    notes,
  };
}

function both(
  idle: ProbeReport,
  loaded: ProbeReport,
  pick: (memory: NodeJS.MemoryUsage) => number,
) {
  return `${megabytes(pick(idle.memory))} / ${megabytes(pick(loaded.memory))}`;
}
