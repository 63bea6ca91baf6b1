import { runChecks, type CloudPorts, type ConnectRequest } from '../src/core';
import { startSandbox, tenantProfileOf } from '../src/sandbox';
import type { BenchResult } from './bench-result';
import { sandboxPorts } from './sandbox-ports';
import { median, ms, ratio, sum, timed } from './stats';
import { ADA_OID, ANALYTICS_PROD_ID, demoWorld, SALES_ID } from './worlds';

const LATENCY_MS = 150;
const REPEATS = 5;
const TARGET_RATIO = 1.25;

const REQUEST: ConnectRequest = {
  actor: { oid: ADA_OID, displayName: 'Ada Admin' },
  workspaceId: SALES_ID,
  target: {
    kind: 'account',
    account: { subscriptionId: ANALYTICS_PROD_ID, resourceGroup: 'rg-lake', name: 'contosolake' },
  },
};

/** Every port call runChecks makes for an account target, each on its own. */
function singleCalls(ports: CloudPorts): Record<string, () => Promise<unknown>> {
  const account = {
    subscriptionId: ANALYTICS_PROD_ID,
    resourceGroup: 'rg-lake',
    name: 'contosolake',
  };
  const accountId =
    `/subscriptions/${ANALYTICS_PROD_ID}/resourceGroups/rg-lake` +
    '/providers/Microsoft.Storage/storageAccounts/contosolake';
  return {
    'powerBi.getWorkspace': () => ports.powerBi.getWorkspace(SALES_ID),
    'powerBi.listWorkspaceUsers': () => ports.powerBi.listWorkspaceUsers(SALES_ID),
    'powerBi.listDataflows': () => ports.powerBi.listDataflows(SALES_ID),
    'powerBi.listDataflowStorageAccounts': () => ports.powerBi.listDataflowStorageAccounts(),
    'powerBi.getTenantId': () => ports.powerBi.getTenantId(),
    'powerBi.listCapacities': () => ports.powerBi.listCapacities(),
    'azure.getSubscription': () => ports.azure.getSubscription(ANALYTICS_PROD_ID),
    'azure.getStorageAccount': () => ports.azure.getStorageAccount(account),
    'azure.listRoleAssignments': () => ports.azure.listRoleAssignments(accountId, ADA_OID),
  };
}

interface Round {
  wallMs: number;
  singles: Record<string, number>;
}

/** runChecks for Ada, Sales and contosolake with every sandbox answer 150 ms late. */
export async function benchValidation(): Promise<BenchResult> {
  const world = demoWorld(LATENCY_MS);
  const sandbox = await startSandbox(world);
  try {
    const ports = sandboxPorts(sandbox)(ADA_OID);
    const profile = tenantProfileOf(world);
    const calls = singleCalls(ports);
    // The first round opens the connections and builds the clients, as a running bot has done;
    // it is reported on its own.
    const cold = await timed(() => runChecks(ports, profile, REQUEST));
    const rounds: Round[] = [];
    for (let round = 0; round < REPEATS; round += 1) {
      const singles: Record<string, number> = {};
      for (const [name, call] of Object.entries(calls)) singles[name] = (await timed(call)).ms;
      const report = await timed(() => runChecks(ports, profile, REQUEST));
      if (report.value.results.some((result) => result.status === 'unknown')) {
        throw new Error('a check could not read its facts; the benchmark would time a failure');
      }
      rounds.push({ wallMs: report.ms, singles });
    }
    return describe(rounds, Object.keys(calls), cold.ms);
  } finally {
    await sandbox.close();
  }
}

function describe(rounds: Round[], names: string[], coldMs: number): BenchResult {
  const wall = median(rounds.map((round) => round.wallMs));
  const slowest = median(rounds.map((round) => Math.max(...Object.values(round.singles))));
  const oneByOne = median(rounds.map((round) => sum(Object.values(round.singles))));
  const ratios = rounds.map((round) => round.wallMs / Math.max(...Object.values(round.singles)));
  const typicalRatio = median(ratios);
  const perCall = names.map((name): [string, string] => [
    `alone: ${name}`,
    ms(median(rounds.map((round) => round.singles[name] ?? 0))),
  ]);
  return {
    title: 'Validation is one round trip',
    method:
      '`runChecks` (Ada, Sales, contosolake) against the sandbox with ' +
      `\`latencyMs: ${LATENCY_MS}\`, through the real adapters; each of its ${names.length} ` +
      'port calls also timed alone. ' +
      `Median of ${REPEATS} rounds after one warm-up round.`,
    rows: [
      ['runChecks wall time', ms(wall)],
      ['slowest single call', ms(slowest)],
      ['wall / slowest', ratio(typicalRatio)],
      ['sum of all calls (one by one)', ms(oneByOne)],
      ['first runChecks of the process (cold: clients and TLS connections built)', ms(coldMs)],
      ...perCall,
    ],
    targets: [
      {
        name: 'wall / slowest single call',
        target: `≤ ${TARGET_RATIO}`,
        actual: ratio(typicalRatio),
        met: typicalRatio <= TARGET_RATIO,
      },
    ],
    notes: [
      '`powerBi.getTenantId` reads the `tid` claim of the Power BI token and makes no request.',
    ],
  };
}
