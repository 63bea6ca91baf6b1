import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import { createCloudPorts } from '../src/azure';
import type { CloudPorts } from '../src/core/ports';
import { benchScriptPath } from './paths';
import type { SandboxChildReady } from './sandbox-child';
import { ADA_OID, ANALYTICS_PROD_ID, SALES_ID } from './worlds';

const CONVERSATIONS = 50;
const ROUNDS = 20;

/** CPU milliseconds per sandbox read, on each side of the connection. */
export interface ReadCost {
  /** The bot's side: the adapters, the SDK pipeline, TLS. */
  caller: number;
  /** The sandbox's side; in sandbox mode the bot process pays this too. */
  sandbox: number;
}

/**
 * The reads the connect flow makes, 50 conversations at a time, against the demo sandbox in a
 * child process, with the pools warm as in a running bot.
 */
export async function cpuPerSandboxRead(): Promise<ReadCost> {
  const child = fork(benchScriptPath('sandbox-child'), [], { stdio: 'ignore' });
  try {
    const [ready] = (await once(child, 'message')) as [SandboxChildReady];
    const ports = createCloudPorts({
      armEndpoint: ready.armEndpoint,
      powerBiBaseUrl: ready.powerBiBaseUrl,
      dataLakeUrl: () => ready.url,
      ca: ready.ca,
      credentialFor: () => fixedTokens(ready.tokens),
    })(ADA_OID);
    const round = readsOf(ports);
    const conversation = async () => {
      for (let index = 0; index < ROUNDS; index += 1)
        await Promise.all(round.map((read) => read()));
    };
    await Promise.all(Array.from({ length: CONVERSATIONS }, conversation));

    const callerBefore = process.cpuUsage();
    const sandboxBefore = await cpuOf(child);
    await Promise.all(Array.from({ length: CONVERSATIONS }, conversation));
    const caller = process.cpuUsage(callerBefore);
    const sandbox = await cpuOf(child);
    const reads = CONVERSATIONS * ROUNDS * round.length;
    return {
      caller: (caller.user + caller.system) / 1000 / reads,
      sandbox: (sandbox - sandboxBefore) / 1000 / reads,
    };
  } finally {
    child.disconnect();
    await once(child, 'exit');
  }
}

function readsOf(ports: CloudPorts): Array<() => Promise<unknown>> {
  return [
    () => ports.powerBi.listWorkspaces(),
    () => ports.powerBi.listWorkspaceUsers(SALES_ID),
    () => ports.azure.listSubscriptions(),
    () => ports.azure.listResourceGroups(ANALYTICS_PROD_ID),
    () => ports.azure.listStorageAccounts(ANALYTICS_PROD_ID, 'rg-lake'),
  ];
}

function fixedTokens(tokens: Record<string, AccessToken>): TokenCredential {
  return {
    getToken: async (scopes) => {
      const scope = Array.isArray(scopes) ? scopes[0] : scopes;
      return (scope !== undefined && tokens[scope]) || null;
    },
  };
}

async function cpuOf(child: ChildProcess): Promise<number> {
  const answer = once(child, 'message') as Promise<[{ cpu: NodeJS.CpuUsage }]>;
  child.send({ type: 'measure' });
  const [{ cpu }] = await answer;
  return cpu.user + cpu.system;
}
