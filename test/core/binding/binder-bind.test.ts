import { ROLE_IDS } from '../../../src/core/checks/role-ids';
import { CoreError } from '../../../src/core/problems/core-error';
import { UpstreamError } from '../../../src/core/upstream-error';
import {
  ACCOUNT_ID,
  ACTOR,
  IDS,
  RESOURCE_GROUP_ID,
  accountRequest,
  roleAssignment,
  tenantDefaultRequest,
} from '../fakes/sample-world';
import { BOUND_AT, bind, bindSetup, workspaceInWorld } from './bind-setup';

const ASSIGN = 'powerBi.assignToDataflowStorage';
const INHERITED_OWNER_ONLY = [
  roleAssignment(RESOURCE_GROUP_ID, ROLE_IDS.owner),
  roleAssignment(ACCOUNT_ID, ROLE_IDS.storageBlobDataOwner),
];

describe('Binder.bindWorkspace', () => {
  it('binds a ready workspace and confirms it in Power BI and in the lake', async () => {
    const setup = bindSetup();

    const outcome = await bind(setup);

    expect(outcome.kind).toBe('bound');
    if (outcome.kind !== 'bound') return;
    expect(outcome.workspace.dataflowStorageId).toBe(IDS.dataflowStorage);
    expect(outcome.dataflowStorageAccount.id).toBe(IDS.dataflowStorage);
    expect(outcome.account?.id).toBe(ACCOUNT_ID);
    expect(outcome.subscription?.subscriptionId).toBe(IDS.subscription);
    expect(outcome.actor).toEqual(ACTOR);
    expect(outcome.at).toBe(BOUND_AT);
    expect(outcome.verifications).toEqual([
      {
        id: 'WORKSPACE_STORAGE',
        ok: true,
        expected: `storage ${IDS.dataflowStorage}`,
        actual: `storage ${IDS.dataflowStorage}`,
      },
      {
        id: 'LAKE_FILE_SYSTEM',
        ok: true,
        expected: `file system "powerbi" in ${IDS.account}`,
        actual: 'present',
      },
    ]);
    expect(workspaceInWorld(setup.cloud).dataflowStorageId).toBe(IDS.dataflowStorage);
  });

  it('refuses without calling Power BI when a check fails, warnings confirmed or not', async () => {
    const setup = bindSetup();
    const world = setup.cloud.world;
    world.accounts = world.accounts.map((a) => ({ ...a, isHnsEnabled: false }));

    const outcome = await bind(setup, { confirmWarnings: true });

    expect(outcome).toMatchObject({ kind: 'refused', problem: 'BIND_REFUSED', reason: 'blocked' });
    expect(setup.cloud.callsOf(ASSIGN)).toHaveLength(0);
    expect(workspaceInWorld(setup.cloud).dataflowStorageId).toBeNull();
  });

  it('refuses when the account still needs registering in Power BI', async () => {
    const setup = bindSetup();
    setup.cloud.world.dataflowStorageAccounts = [];

    const outcome = await bind(setup, { confirmWarnings: true });

    expect(outcome).toMatchObject({ kind: 'refused', reason: 'needs-registration' });
    expect(setup.cloud.callsOf(ASSIGN)).toHaveLength(0);
  });

  it('refuses warnings the user has not confirmed', async () => {
    const setup = bindSetup();
    setup.cloud.world.roleAssignments = INHERITED_OWNER_ONLY;

    const outcome = await bind(setup, { confirmWarnings: false });

    expect(outcome).toMatchObject({ kind: 'refused', reason: 'warnings-not-confirmed' });
    if (outcome.kind === 'refused') expect(outcome.report.verdict).toBe('needs-confirmation');
    expect(setup.cloud.callsOf(ASSIGN)).toHaveLength(0);
  });

  it('binds when the user confirmed the warnings', async () => {
    const setup = bindSetup();
    setup.cloud.world.roleAssignments = INHERITED_OWNER_ONLY;

    const outcome = await bind(setup, { confirmWarnings: true });

    expect(outcome.kind).toBe('bound');
    const assigned = setup.cloud.callsOf(ASSIGN).map((c) => c.args);
    expect(assigned).toEqual([[IDS.workspace, IDS.dataflowStorage]]);
  });

  it('reports an assignment Power BI refused as failed, with the reason only', async () => {
    const setup = bindSetup();
    setup.cloud.failOn(ASSIGN, new UpstreamError('powerbi', 400, 'InvalidRequest'));

    const outcome = await bind(setup);

    expect(outcome).toMatchObject({
      kind: 'failed',
      problem: 'BIND_CALL_FAILED',
      reason: '400 InvalidRequest',
    });
    expect(workspaceInWorld(setup.cloud).dataflowStorageId).toBeNull();
  });

  it('reads back an assignment whose answer was lost, and finds it made', async () => {
    const setup = bindSetup();
    setup.cloud.loseAnswerOf(ASSIGN, new UpstreamError('powerbi', 0, 'ECONNRESET'));

    const outcome = await bind(setup);

    expect(outcome.kind).toBe('bound');
    expect(workspaceInWorld(setup.cloud).dataflowStorageId).toBe(IDS.dataflowStorage);
  });

  it('says a dropped assignment did not change the workspace only after reading it back', async () => {
    const setup = bindSetup();
    setup.cloud.failOn(ASSIGN, new UpstreamError('powerbi', 503, 'ServiceUnavailable'));

    const outcome = await bind(setup);

    expect(outcome).toMatchObject({
      kind: 'failed',
      problem: 'BIND_CALL_FAILED',
      reason: '503 ServiceUnavailable; the workspace still shows its previous storage',
    });
  });

  it('reports unverified when the user cannot read the lake, never success', async () => {
    const setup = bindSetup();
    setup.cloud.world.roleAssignments = [roleAssignment(ACCOUNT_ID, ROLE_IDS.owner)];

    const outcome = await bind(setup, { confirmWarnings: true });

    expect(outcome).toMatchObject({ kind: 'unverified', problem: 'BIND_NOT_VERIFIED' });
    if (outcome.kind !== 'unverified') return;
    const [storage, lake] = outcome.verifications;
    expect(storage?.ok).toBe(true);
    expect(lake).toMatchObject({ id: 'LAKE_FILE_SYSTEM', ok: false });
    expect(lake?.actual).toBe(
      'assigned, but you cannot read the lake to confirm (403 AuthorizationPermissionMismatch)',
    );
    expect(workspaceInWorld(setup.cloud).dataflowStorageId).toBe(IDS.dataflowStorage);
  });

  it('reports unverified when Power BI accepts the assignment but does not apply it', async () => {
    const setup = bindSetup();
    const powerBi = { ...setup.ports.powerBi, assignToDataflowStorage: async () => undefined };

    const outcome = await bind(setup, {}, accountRequest(), { ...setup.ports, powerBi });

    expect(outcome.kind).toBe('unverified');
    if (outcome.kind !== 'unverified') return;
    expect(outcome.verifications[0]).toEqual({
      id: 'WORKSPACE_STORAGE',
      ok: false,
      expected: `storage ${IDS.dataflowStorage}`,
      actual: 'no storage assigned',
    });
  });

  it('binds to the tenant default without touching ARM or the lake', async () => {
    const setup = bindSetup();

    const outcome = await bind(setup, {}, tenantDefaultRequest());

    expect(outcome).toMatchObject({ kind: 'bound', account: null, subscription: null });
    if (outcome.kind !== 'bound') return;
    expect(outcome.verifications.map((v) => v.id)).toEqual(['WORKSPACE_STORAGE']);
    expect(workspaceInWorld(setup.cloud).dataflowStorageId).toBe(IDS.tenantDataflowStorage);
    expect(setup.cloud.calls.filter((c) => !c.method.startsWith('powerBi.'))).toEqual([]);
  });

  it('passes the abort signal to the assignment and the verification', async () => {
    const setup = bindSetup();
    const abortSignal = new AbortController().signal;

    await bind(setup, { abortSignal });

    expect(setup.cloud.callsOf(ASSIGN)[0]?.abortSignal).toBe(abortSignal);
    expect(setup.cloud.callsOf('lake.fileSystemExists')[0]?.abortSignal).toBe(abortSignal);
  });

  it('throws INVALID_REQUEST for a blank operation id', async () => {
    const pending = bind(bindSetup(), { operationId: '' });

    await expect(pending).rejects.toBeInstanceOf(CoreError);
    await expect(pending).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      params: { field: 'operationId' },
    });
  });
});
