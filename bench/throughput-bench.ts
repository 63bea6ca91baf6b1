import autocannon from 'autocannon';
import type { BenchResult } from './bench-result';
import { spawnBot, type BotProcess } from './bot-process';
import { startConnectorSink } from './connector-sink';
import { benchScriptPath, botMainPath } from './paths';
import { cpuPerSandboxRead, type ReadCost } from './read-cost';
import { median, ms, ratio } from './stats';
import { newTally, TURNS_PER_CONVERSATION, turnMix } from './turn-mix';

const CONNECTIONS = 50;
const PAIRS = 3;
// Every connection runs whole conversations: the amount is a multiple of connections × turns.
const MEASURED_TURNS = CONNECTIONS * TURNS_PER_CONVERSATION * 8;
// The echo bot keeps speeding up for about three runs' worth of turns (JIT, connection pools);
// both bots get the same warm-up before anything is measured.
const WARM_UP_TURNS = MEASURED_TURNS * 3;
const RUN_LIMIT_MS = 60_000;
const TARGET_RATIO = 0.8;

interface Run {
  turnsPerSecond: number;
  p50: number;
  p99: number;
  failed: number;
  wrong: number;
  /** CPU milliseconds the bot process spent per turn. */
  cpuPerTurn: number;
  /** HTTPS requests (sandbox reads) the bot made per turn. */
  readsPerTurn: number;
}

async function load(bot: BotProcess, serviceUrl: string, turns: number, check: boolean) {
  const tally = newTally();
  const before = await bot.measure();
  const instance = autocannon({
    url: bot.url,
    connections: CONNECTIONS,
    amount: turns,
    timeout: 20,
    headers: { 'content-type': 'application/json' },
    requests: turnMix(serviceUrl, tally, check),
  });
  const guard = setTimeout(() => instance.stop(), RUN_LIMIT_MS);
  const started = performance.now();
  const result = await instance;
  clearTimeout(guard);
  const after = await bot.measure();
  const cpuMs = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000;
  const run: Run = {
    turnsPerSecond: tally.responses / ((tally.lastResponseAt - started) / 1000),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.errors + result.timeouts + result.non2xx,
    wrong: tally.wrong,
    cpuPerTurn: cpuMs / tally.responses,
    readsPerTurn: (after.httpsRequests - before.httpsRequests) / tally.responses,
  };
  return run;
}

/** Turns per second for the realistic mix, ours against a bare echo bot, in alternating runs. */
export async function benchThroughput(): Promise<BenchResult> {
  const sink = await startConnectorSink();
  const bots: BotProcess[] = [];
  try {
    const ours = await spawnBot({ script: botMainPath(), probe: true });
    bots.push(ours);
    const echo = await spawnBot({ script: benchScriptPath('echo-bot'), probe: true });
    bots.push(echo);

    await load(ours, sink.url, WARM_UP_TURNS, true);
    await load(echo, sink.url, WARM_UP_TURNS, false);
    const oursRuns: Run[] = [];
    const echoRuns: Run[] = [];
    for (let pair = 0; pair < PAIRS; pair += 1) {
      oursRuns.push(await load(ours, sink.url, MEASURED_TURNS, true));
      echoRuns.push(await load(echo, sink.url, MEASURED_TURNS, false));
    }
    await Promise.all(bots.map((bot) => bot.stop()));
    return describe(oursRuns, echoRuns, await cpuPerSandboxRead());
  } finally {
    await Promise.all(bots.map((bot) => bot.stop()));
    await sink.close();
  }
}

function describe(ours: Run[], echo: Run[], readCost: ReadCost): BenchResult {
  const of = (runs: Run[], pick: (run: Run) => number) => median(runs.map(pick));
  const oursRate = of(ours, (run) => run.turnsPerSecond);
  const echoRate = of(echo, (run) => run.turnsPerSecond);
  const share = oursRate / echoRate;
  const rates = (runs: Run[]) => runs.map((run) => run.turnsPerSecond.toFixed(0)).join(', ');
  const latency = (runs: Run[]) =>
    `${of(runs, (run) => run.p50).toFixed(0)} / ${of(runs, (run) => run.p99).toFixed(0)} ms`;
  const failed = [...ours, ...echo].reduce((total, run) => total + run.failed, 0);
  const wrong = ours.reduce((total, run) => total + run.wrong, 0);

  const oursCpu = of(ours, (run) => run.cpuPerTurn);
  const echoCpu = of(echo, (run) => run.cpuPerTurn);
  const reads = of(ours, (run) => run.readsPerTurn);
  const readsCpu = reads * (readCost.caller + readCost.sandbox);
  return {
    title: 'Throughput',
    method:
      `autocannon, ${CONNECTIONS} connections, each running one conversation after ` +
      'another (help, flow.restart → workspace.select → storage.azure → ' +
      'subscription.select → resourceGroup.select, a submit), ' +
      `${MEASURED_TURNS} turns a run, ${PAIRS} runs each, alternating ours and a bare botbuilder ` +
      'echo bot (each in its own process, ours with its sandbox as `npm start` runs it); ' +
      "serviceUrl is a local connector sink. CPU per turn is the bot process's own CPU time.",
    rows: [
      ['ours: turns/s (median)', oursRate.toFixed(0)],
      ['echo: turns/s (median)', echoRate.toFixed(0)],
      ['ours / echo', ratio(share)],
      ['ours: runs', rates(ours)],
      ['echo: runs', rates(echo)],
      ['ours: latency p50 / p99', latency(ours)],
      ['echo: latency p50 / p99', latency(echo)],
      ['failed requests (errors, timeouts, non-2xx)', String(failed)],
      ['our cards without the next button', String(wrong)],
      ['ours: CPU per turn', ms(oursCpu)],
      ['echo: CPU per turn', ms(echoCpu)],
      ['ours: sandbox reads (HTTPS) per turn', reads.toFixed(2)],
      ['CPU per sandbox read: calling side (adapters, SDK pipeline, TLS)', ms(readCost.caller)],
      ['CPU per sandbox read: sandbox side (same process in sandbox mode)', ms(readCost.sandbox)],
      ['ours: CPU per turn in sandbox reads, both sides', ms(readsCpu)],
      ['ours: CPU per turn besides reads, minus echo', ms(oursCpu - readsCpu - echoCpu)],
    ],
    targets: [
      {
        name: 'ours / echo turns per second',
        target: `≥ ${TARGET_RATIO}`,
        actual: ratio(share),
        met: share >= TARGET_RATIO,
      },
    ],
    notes: share >= TARGET_RATIO ? [] : missNotes({ oursCpu, echoCpu, reads, readCost }),
  };
}

interface CpuBreakdown {
  oursCpu: number;
  echoCpu: number;
  reads: number;
  readCost: ReadCost;
}

function missNotes({ oursCpu, echoCpu, reads, readCost }: CpuBreakdown): string[] {
  const callerCpu = reads * readCost.caller;
  const sandboxCpu = reads * readCost.sandbox;
  const rest = oursCpu - callerCpu - sandboxCpu - echoCpu;
  const withoutSandbox = echoCpu / (oursCpu - sandboxCpu);
  return [
    `Missed. Both bots are CPU-bound under this load, and ours spends ${ms(oursCpu)} of CPU ` +
      `per turn to the echo bot's ${ms(echoCpu)}.`,
    `The turns of this mix make ${reads.toFixed(2)} HTTPS reads each on average (the flow reads ` +
      'every list live with the user’s own access and looks every choice up again). A read ' +
      `costs ${ms(readCost.caller)} of CPU on the calling side (our adapters, the Azure SDK ` +
      `pipeline, TLS) and ${ms(readCost.sandbox)} on the answering side, which in sandbox ` +
      `mode is the same process: ${ms(callerCpu + sandboxCpu)} per turn, ` +
      `${((callerCpu + sandboxCpu) / echoCpu).toFixed(1)} times the CPU of a whole echo turn.`,
    `The remaining ${ms(rest)} per turn is the bot's own turn on top of what the echo bot does: ` +
      'activity and card-action validation, dialog state read and written through ' +
      'botbuilder-dialogs, card rendering, invoke answers of several KB, and the garbage of all ' +
      'that. A CPU profile under this load shows it spread over botbuilder, the SDK pipeline, ' +
      'TLS and GC, with no function of ours above 1 % of self time.',
    `Against real Azure the sandbox's share leaves the process; by CPU per turn the ratio would ` +
      `then be about ${ratio(withoutSandbox)}, still below the target, because the reads stay.`,
  ];
}
