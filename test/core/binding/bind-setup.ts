import { Binder } from '../../../src/core/binding/binder';
import type { BindOutcome } from '../../../src/core/binding/bind-outcome';
import type { BindOptions } from '../../../src/core/binding/perform-bind';
import type { ConnectRequest } from '../../../src/core/connect-request';
import type { CloudPorts } from '../../../src/core/ports';
import { FakeCloud } from '../fakes/fake-cloud';
import { IDS, accountRequest, readyWorld, sampleProfile } from '../fakes/sample-world';

export const BOUND_AT = new Date('2025-03-04T05:06:07Z');

export interface BindSetup {
  cloud: FakeCloud;
  ports: CloudPorts;
  binder: Binder;
}

/** A fresh binder over a ready fake world, acting as the sample actor. */
export function bindSetup(): BindSetup {
  const cloud = new FakeCloud(readyWorld());
  return { cloud, ports: cloud.portsFor(IDS.actor), binder: new Binder() };
}

/** Binds with operation id `op-1`, unconfirmed warnings and a fixed clock unless overridden. */
export function bind(
  setup: BindSetup,
  overrides: Partial<BindOptions> = {},
  request: ConnectRequest = accountRequest(),
  ports: CloudPorts = setup.ports,
): Promise<BindOutcome> {
  const options = { operationId: 'op-1', confirmWarnings: false, now: () => BOUND_AT };
  return setup.binder.bindWorkspace(ports, sampleProfile(), request, { ...options, ...overrides });
}

/** The sample workspace as the fake world holds it now. */
export function workspaceInWorld(cloud: FakeCloud) {
  const workspace = cloud.world.workspaces.find((w) => w.id === IDS.workspace);
  if (!workspace) throw new Error('sample workspace missing from the fake world');
  return workspace;
}
