import { Agent } from 'node:https';
import { setTimeout as delay } from 'node:timers/promises';
import { MemoryStorage } from 'botbuilder';

/*
 * Preloaded (`node -r`) into a bot child process by the benchmarks. The bot keeps its
 * MemoryStorage to itself, so the probe notes every instance that writes and, when the parent
 * asks over IPC, reports the process's CPU time, memory (after collecting garbage, if asked)
 * and the stored bytes.
 */

export interface StorageStats {
  conversations: number;
  totalBytes: number;
  maxBytes: number;
}

export interface ProbeReport {
  /** Garbage was collected, and RSS left to settle, before `memory` was read. */
  collected: boolean;
  cpu: NodeJS.CpuUsage;
  /** HTTPS requests sent so far: in sandbox mode, the bot's reads from its cloud. */
  httpsRequests: number;
  memory: NodeJS.MemoryUsage;
  storage: StorageStats;
}

const stores = new Set<MemoryStorage>();
const write = MemoryStorage.prototype.write;
MemoryStorage.prototype.write = function (this: MemoryStorage, changes) {
  stores.add(this);
  return write.call(this, changes);
};

// Every HTTPS request passes its agent's addRequest (an internal of Node's http.Agent).
let httpsRequests = 0;
const agentInternals = Agent.prototype as unknown as { addRequest(...args: unknown[]): void };
const addRequest = agentInternals.addRequest;
agentInternals.addRequest = function (this: Agent, ...args: unknown[]) {
  httpsRequests += 1;
  addRequest.apply(this, args);
};

function storageStats(): StorageStats {
  const stats: StorageStats = { conversations: 0, totalBytes: 0, maxBytes: 0 };
  for (const store of stores) {
    // MemoryStorage keeps each item as the JSON text it would persist.
    const memory = (store as unknown as { memory: Record<string, string | undefined> }).memory;
    for (const [key, text] of Object.entries(memory)) {
      if (text === undefined || !key.includes('/conversations/')) continue;
      const bytes = Buffer.byteLength(text, 'utf8');
      stats.conversations += 1;
      stats.totalBytes += bytes;
      stats.maxBytes = Math.max(stats.maxBytes, bytes);
    }
  }
  return stats;
}

function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  // Twice: the first pass can leave objects that only a second pass finds unreachable.
  gc();
  gc();
  return true;
}

// V8 hands freed pages back to the system from a background thread shortly after a collection;
// read at once, RSS still counts them (about 100 MB more here), so wait until it stops falling.
const SETTLE_STEP_MS = 100;
const SETTLE_LIMIT_MS = 3_000;

async function settledRss(): Promise<number> {
  let last = process.memoryUsage.rss();
  let steady = 0;
  for (let waited = 0; waited < SETTLE_LIMIT_MS && steady < 3; waited += SETTLE_STEP_MS) {
    await delay(SETTLE_STEP_MS);
    const now = process.memoryUsage.rss();
    steady = now < last ? 0 : steady + 1;
    last = Math.min(last, now);
  }
  return last;
}

// A benchmark that dies leaves no bot behind: the IPC channel closes with it.
process.once('disconnect', () => process.exit(0));

process.on('message', (message: { type?: unknown; collect?: unknown } | null) => {
  if (message?.type !== 'measure') return;
  void report(message.collect === true).then((answer) => process.send?.(answer));
});

async function report(collect: boolean): Promise<{ type: 'measured'; report: ProbeReport }> {
  const cpu = process.cpuUsage();
  const collected = collect && collectGarbage();
  const rss = collected ? await settledRss() : process.memoryUsage.rss();
  const memory = { ...process.memoryUsage(), rss };
  const storage = storageStats();
  return { type: 'measured', report: { collected, cpu, httpsRequests, memory, storage } };
}
