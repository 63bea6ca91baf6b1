import type { AccessToken } from '@azure/core-auth';
import { ARM_SCOPE } from '../src/azure/arm-clients';
import { POWER_BI_SCOPE } from '../src/azure/power-bi-http';
import { startSandbox } from '../src/sandbox';
import { ADA_OID, demoWorld } from './worlds';

/** What the sandbox child tells its parent once it listens. */
export interface SandboxChildReady {
  type: 'ready';
  url: string;
  armEndpoint: string;
  powerBiBaseUrl: string;
  ca: string;
  /** Ada's tokens by scope; the signing secret stays in this process. */
  tokens: Record<string, AccessToken>;
}

/*
 * The demo sandbox in a process of its own, so a benchmark can tell the CPU time of the calling
 * side from that of the answering side. Reports its CPU time when asked; ends with its parent.
 */
async function main(): Promise<void> {
  const sandbox = await startSandbox(demoWorld());
  const credential = sandbox.credentialFor(ADA_OID);
  const tokens: Record<string, AccessToken> = {};
  for (const scope of [ARM_SCOPE, POWER_BI_SCOPE]) {
    const token = await credential.getToken(scope);
    if (token) tokens[scope] = token;
  }
  const { url, armEndpoint, powerBiBaseUrl, ca } = sandbox;
  const ready: SandboxChildReady = { type: 'ready', url, armEndpoint, powerBiBaseUrl, ca, tokens };
  process.send?.(ready);
  process.on('message', (message: { type?: unknown } | null) => {
    if (message?.type === 'measure') process.send?.({ type: 'measured', cpu: process.cpuUsage() });
  });
  process.once('disconnect', () => {
    void sandbox.close().then(() => process.exit(0));
  });
}

void main();
