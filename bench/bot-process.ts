import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { benchScriptPath } from './paths';
import type { ProbeReport } from './bot-probe';

/** A bot running in its own process, so the load generator's work and memory are not its. */
export interface BotProcess {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the `listening` log line. */
  startMs: number;
  /** Only with `probe: true`: the child's CPU time, memory (after GC with `collect`), state. */
  measure(options?: { collect?: boolean }): Promise<ProbeReport>;
  stop(): Promise<void>;
}

export interface SpawnBotOptions {
  /** The script to run: the bot's main.js or the echo bot. */
  script: string;
  env?: Record<string, string>;
  /** Preload the probe (CPU, memory and stored state on request) and expose gc. */
  probe?: boolean;
  timeoutMs?: number;
}

// Variables that would switch the bot out of sandbox mode or onto another world or port.
const OWN_VARIABLES = /^(Microsoft|SANDBOX_|PORT$|HOST$|LOG_LEVEL$|NOTIFY_)/;

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!OWN_VARIABLES.test(name)) env[name] = value;
  }
  return { ...env, PORT: '0', LOG_LEVEL: 'info', ...extra };
}

/** Spawns `node <script>` the way `npm start` runs the bot and waits for it to listen. */
export async function spawnBot(options: SpawnBotOptions): Promise<BotProcess> {
  const probeArgs = options.probe ? ['--expose-gc', '-r', benchScriptPath('bot-probe')] : [];
  const args = ['--disable-warning=DEP0111', ...probeArgs, options.script];
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: childEnv(options.env ?? {}),
    stdio: ['ignore', 'pipe', 'pipe', ...(options.probe ? (['ipc'] as const) : [])],
  });
  // Whatever ends the benchmark, no bot outlives it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    // Only the end is reported if the bot fails to start.
    stderr.push(chunk.toString('utf8'));
    if (stderr.length > 20) stderr.shift();
  });

  try {
    const url = await listeningUrl(child, options.timeoutMs ?? 15_000);
    return {
      url,
      pid: child.pid ?? 0,
      startMs: performance.now() - started,
      measure: (measureOptions) => measure(child, measureOptions?.collect ?? false),
      stop: () => stop(child),
    };
  } catch (error) {
    await stop(child);
    const detail = stderr.join('').trim().split('\n').slice(-3).join(' | ');
    throw new Error(`${options.script} did not start: ${String(error)} ${detail}`);
  }
}

function listeningUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no listening line in ${timeoutMs} ms`)),
      timeoutMs,
    );
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const record = parseLine(line);
      if (record?.msg !== 'listening' || typeof record.url !== 'string') return;
      clearTimeout(timer);
      resolve(record.url);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}`));
    });
  });
}

function parseLine(line: string): { msg?: unknown; url?: unknown } | null {
  try {
    return JSON.parse(line) as { msg?: unknown; url?: unknown };
  } catch {
    // Not every line a process prints is a log record.
    return null;
  }
}

async function measure(child: ChildProcess, collect: boolean): Promise<ProbeReport> {
  if (!child.send) throw new Error('the bot was started without the probe');
  const answer = new Promise<ProbeReport>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the probe did not answer')), 30_000);
    child.on('message', function onMessage(message: { type?: string; report?: ProbeReport }) {
      if (message.type !== 'measured' || !message.report) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message.report);
    });
  });
  child.send({ type: 'measure', collect });
  return answer;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
