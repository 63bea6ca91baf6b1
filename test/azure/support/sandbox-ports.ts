import { readFileSync } from 'node:fs';
import { createCloudPorts } from '../../../src/azure';
import type { CloudPorts } from '../../../src/core/ports';
import {
  DEMO_WORLD_PATH,
  loadWorld,
  parseWorld,
  startSandbox,
  type Sandbox,
  type World,
} from '../../../src/sandbox';

/** The people of the demo world (a copy of shared/worlds/example.json). */
export const ADA = 'aaaaaaaa-0000-4000-8000-000000000001';
export const BEN = 'bbbbbbbb-0000-4000-8000-000000000002';
export const CARA = 'cccccccc-0000-4000-8000-000000000003';
export const ANALYTICS = '22222222-2222-4222-8222-222222222222';
export const PARTNER = '33333333-3333-4333-8333-333333333333';

export interface SandboxRun {
  sandbox: Sandbox;
  portsFor(oid: string): CloudPorts;
}

/** Starts the sandbox with ARM pages of two items and builds the real adapters against it. */
export async function startDemoSandbox(
  world: World = loadWorld(DEMO_WORLD_PATH),
): Promise<SandboxRun> {
  const sandbox = await startSandbox(world, { pageSize: 2 });
  const portsFor = createCloudPorts({
    armEndpoint: sandbox.armEndpoint,
    powerBiBaseUrl: sandbox.powerBiBaseUrl,
    dataLakeUrl: (account) => sandbox.dataLakeUrl(account),
    ca: sandbox.ca,
    credentialFor: (oid) => sandbox.credentialFor(oid),
  });
  return { sandbox, portsFor };
}

/** The demo world with these faults injected. */
export function demoWorldWithFaults(faults: unknown[]): World {
  const json = JSON.parse(readFileSync(DEMO_WORLD_PATH, 'utf8')) as Record<string, unknown>;
  return parseWorld({ ...json, faults });
}
