import type { DetachOutcome } from '../../../src/core/binding/detach-outcome';
import type { DetachOptions } from '../../../src/core/binding/perform-detach';
import { EMPTY_GUID } from '../../../src/core/model';
import type { CloudPorts } from '../../../src/core/ports';
import { UpstreamError } from '../../../src/core/upstream-error';
import { settleMicrotasks } from '../fakes/call-gate';
import { ACTOR, IDS } from '../fakes/sample-world';
import { BOUND_AT, bind, bindSetup, workspaceInWorld, type BindSetup } from './bind-setup';

const ASSIGN = 'powerBi.assignToDataflowStorage';

/** A setup whose sample workspace is already attached to the sample account. */
function boundSetup(): BindSetup {
  const setup = bindSetup();
  workspaceInWorld(setup.cloud).dataflowStorageId = IDS.dataflowStorage;
  return setup;
}

function detach(
  setup: BindSetup,
  overrides: Partial<DetachOptions> = {},
  ports: CloudPorts = setup.ports,
  actor = ACTOR,
): Promise<DetachOutcome> {
  const options = { operationId: 'detach-1', now: () => BOUND_AT, ...overrides };
  return setup.binder.detachWorkspace(ports, { actor, workspaceId: IDS.workspace }, options);
}

describe('Binder.detachWorkspace', () => {
  it('detaches with the empty GUID and confirms the workspace has no storage', async () => {
    const setup = boundSetup();

    const outcome = await detach(setup);

    expect(outcome).toMatchObject({
      kind: 'detached',
      previousDataflowStorageId: IDS.dataflowStorage,
      actor: ACTOR,
      at: BOUND_AT,
    });
    if (outcome.kind !== 'detached') return;
    expect(outcome.workspace.dataflowStorageId).toBeNull();
    expect(outcome.verifications).toEqual([
      {
        id: 'WORKSPACE_STORAGE',
        ok: true,
        expected: 'no storage assigned',
        actual: 'no storage assigned',
      },
    ]);
    expect(setup.cloud.callsOf(ASSIGN).map((c) => c.args)).toEqual([[IDS.workspace, EMPTY_GUID]]);
    expect(workspaceInWorld(setup.cloud).dataflowStorageId).toBeNull();
  });

  it('refuses without calling Power BI while the workspace has dataflows', async () => {
    const setup = boundSetup();
    setup.cloud.world.dataflows[IDS.workspace] = [
      { objectId: 'df-1', name: 'Orders', modelUrl: null },
    ];

    const outcome = await detach(setup);

    expect(outcome).toMatchObject({ kind: 'refused', problem: 'DETACH_REFUSED' });
    if (outcome.kind !== 'refused') return;
    expect(outcome.results.find((r) => r.status === 'fail')?.actual).toBe('1 dataflow: Orders');
    expect(setup.cloud.callsOf(ASSIGN)).toHaveLength(0);
    expect(workspaceInWorld(setup.cloud).dataflowStorageId).toBe(IDS.dataflowStorage);
  });

  it('refuses a member who is not workspace admin', async () => {
    const setup = boundSetup();
    const colleague = { oid: IDS.colleague, displayName: 'Bob' };

    const outcome = await detach(setup, {}, setup.cloud.portsFor(IDS.colleague), colleague);

    expect(outcome.kind).toBe('refused');
    if (outcome.kind !== 'refused') return;
    const admin = outcome.results.find((r) => r.id === 'WORKSPACE_ADMIN');
    expect(admin).toMatchObject({ status: 'fail', actual: 'Member' });
    expect(admin?.problem).toBe('NOT_WORKSPACE_ADMIN');
    expect(setup.cloud.callsOf(ASSIGN)).toHaveLength(0);
  });

  it('reports a detach Power BI refused as failed, with the reason only', async () => {
    const setup = boundSetup();
    setup.cloud.failOn(ASSIGN, new UpstreamError('powerbi', 429, 'TooManyRequests'));

    const outcome = await detach(setup);

    expect(outcome).toMatchObject({
      kind: 'failed',
      problem: 'DETACH_CALL_FAILED',
      reason: '429 TooManyRequests',
    });
  });

  it('reports unverified when Power BI accepts the detach but does not apply it', async () => {
    const setup = boundSetup();
    const powerBi = { ...setup.ports.powerBi, assignToDataflowStorage: async () => undefined };

    const outcome = await detach(setup, {}, { ...setup.ports, powerBi });

    expect(outcome).toMatchObject({ kind: 'unverified', problem: 'DETACH_NOT_VERIFIED' });
    if (outcome.kind !== 'unverified') return;
    expect(outcome.verifications[0]).toMatchObject({
      ok: false,
      actual: `storage ${IDS.dataflowStorage}`,
    });
  });

  it('answers busy while a bind holds the same workspace', async () => {
    const setup = bindSetup();
    const gate = setup.cloud.hold();

    const binding = bind(setup);
    await settleMicrotasks();
    const outcome = await detach(setup);
    gate.releaseAll();
    await binding;

    expect(outcome).toMatchObject({ kind: 'busy', problem: 'WORKSPACE_BUSY' });
  });

  it('returns the first outcome to a repeated operation id and detaches once', async () => {
    const setup = boundSetup();

    const first = await detach(setup);
    const repeat = await detach(setup);

    expect(repeat).toBe(first);
    expect(setup.cloud.callsOf(ASSIGN)).toHaveLength(1);
  });

  it('does not mistake a bind and a detach that share an operation id', async () => {
    const setup = bindSetup();

    const bound = await bind(setup, { operationId: 'shared' });
    const detached = await detach(setup, { operationId: 'shared' });

    expect(bound.kind).toBe('bound');
    expect(detached.kind).toBe('detached');
  });
});
