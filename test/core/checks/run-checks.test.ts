import { runChecks } from '../../../src/core/checks/run-checks';
import { CoreError } from '../../../src/core/problems/core-error';
import { UpstreamError } from '../../../src/core/upstream-error';
import { ROLE_IDS } from '../../../src/core/checks/role-ids';
import { settleMicrotasks } from '../fakes/call-gate';
import { FakeCloud } from '../fakes/fake-cloud';
import {
  ACCOUNT_ID,
  IDS,
  RESOURCE_GROUP_ID,
  accountRequest,
  readyWorld,
  roleAssignment,
  sampleProfile,
  tenantDefaultRequest,
} from '../fakes/sample-world';

const ACCOUNT_CHECKS = [
  'SAME_TENANT',
  'HIERARCHICAL_NAMESPACE',
  'REGION',
  'TLS_VERSION',
  'FIREWALL',
  'OWNER_ROLE',
  'DATA_ROLE',
];
const POWER_BI_CHECKS = [
  'WORKSPACE_EMPTY',
  'WORKSPACE_ADMIN',
  'WORKSPACE_STORAGE_ALLOWED',
  'KNOWN_TO_POWER_BI',
];

function setup() {
  const cloud = new FakeCloud(readyWorld());
  return { cloud, ports: cloud.portsFor(IDS.actor) };
}

describe('runChecks', () => {
  it('starts every port call before any of them answers', async () => {
    const { cloud, ports } = setup();
    const gate = cloud.hold();

    const pending = runChecks(ports, sampleProfile(), accountRequest());
    await settleMicrotasks();
    const startedWhileHeld = gate.waiting;
    gate.releaseAll();
    await pending;

    expect(startedWhileHeld).toBe(9);
    const lastStart = cloud.events.map((e) => e.startsWith('start')).lastIndexOf(true);
    const firstEnd = cloud.events.findIndex((e) => e.startsWith('end'));
    expect(lastStart).toBeLessThan(firstEnd);
    expect(cloud.calls.map((c) => c.method).sort()).toEqual([
      'azure.getStorageAccount',
      'azure.getSubscription',
      'azure.listRoleAssignments',
      'powerBi.getTenantId',
      'powerBi.getWorkspace',
      'powerBi.listCapacities',
      'powerBi.listDataflowStorageAccounts',
      'powerBi.listDataflows',
      'powerBi.listWorkspaceUsers',
    ]);
  });

  it('is ready, with every check in fixed order and the facts read, when all pass', async () => {
    const { ports } = setup();
    const checkedAt = new Date('2025-01-02T03:04:05Z');

    const report = await runChecks(ports, sampleProfile(), accountRequest(), {
      now: () => checkedAt,
    });

    expect(report.results.map((r) => r.id)).toEqual([...ACCOUNT_CHECKS, ...POWER_BI_CHECKS]);
    expect(report.results.every((r) => r.status === 'pass')).toBe(true);
    expect(report.verdict).toBe('ready');
    expect(report.dataflowStorageAccount?.id).toBe(IDS.dataflowStorage);
    expect(report.workspace?.id).toBe(IDS.workspace);
    expect(report.account?.id).toBe(ACCOUNT_ID);
    expect(report.subscription?.tenantId).toBe(IDS.tenant);
    expect(report.checkedAt).toBe(checkedAt);
  });

  it('asks ARM for the role assignments of the actor at the computed account id', async () => {
    const { cloud, ports } = setup();

    await runChecks(ports, sampleProfile(), accountRequest());

    expect(cloud.callsOf('azure.listRoleAssignments')[0]?.args).toEqual([ACCOUNT_ID, IDS.actor]);
  });

  it('turns an ARM 403 into unknown checks that block, with the reason only', async () => {
    const { cloud, ports } = setup();
    cloud.failOn('azure.getStorageAccount', new UpstreamError('arm', 403, 'AuthorizationFailed'));

    const report = await runChecks(ports, sampleProfile(), accountRequest());

    const unknown = report.results.filter((r) => r.status === 'unknown');
    const reading = 'could not be read (403 AuthorizationFailed)';
    expect(unknown.map((r) => r.id)).toEqual([
      'HIERARCHICAL_NAMESPACE',
      'REGION',
      'TLS_VERSION',
      'FIREWALL',
    ]);
    expect(unknown.map((r) => r.actual)).toEqual([reading, reading, reading, reading]);
    expect(report.verdict).toBe('blocked');
    expect(report.account).toBeNull();
  });

  it('never lets the message of an unexpected error into the report', async () => {
    const { cloud, ports } = setup();
    cloud.failOn('powerBi.listDataflows', new Error('socket hang up at 10.0.0.7 token=abc'));

    const report = await runChecks(ports, sampleProfile(), accountRequest());

    const empty = report.results.find((r) => r.id === 'WORKSPACE_EMPTY');
    expect(empty?.status).toBe('unknown');
    expect(empty?.actual).toBe('could not be read (unexpected error)');
    expect(JSON.stringify(report)).not.toContain('token=abc');
  });

  it('needs confirmation when Owner is only inherited from the resource group', async () => {
    const { cloud, ports } = setup();
    cloud.world.roleAssignments = [
      roleAssignment(RESOURCE_GROUP_ID, ROLE_IDS.owner),
      roleAssignment(ACCOUNT_ID, ROLE_IDS.storageBlobDataOwner),
    ];

    const report = await runChecks(ports, sampleProfile(), accountRequest());

    expect(report.verdict).toBe('needs-confirmation');
    expect(report.results.find((r) => r.status !== 'pass')?.problem).toBe('OWNER_ROLE_INHERITED');
  });

  it('needs registration when Power BI does not list the account', async () => {
    const { cloud, ports } = setup();
    cloud.world.dataflowStorageAccounts = [];

    const report = await runChecks(ports, sampleProfile(), accountRequest());

    expect(report.verdict).toBe('needs-registration');
    expect(report.dataflowStorageAccount).toBeNull();
  });

  it('is blocked rather than needing registration when another check fails', async () => {
    const { cloud, ports } = setup();
    cloud.world.dataflowStorageAccounts = [];
    cloud.world.accounts = cloud.world.accounts.map((a) => ({ ...a, minimumTlsVersion: null }));

    const report = await runChecks(ports, sampleProfile(), accountRequest());

    expect(report.verdict).toBe('blocked');
  });

  it('runs only the Power BI checks for the tenant default and makes no ARM call', async () => {
    const { cloud, ports } = setup();
    const profile = sampleProfile({ workspaceStorageAllowed: false });

    const report = await runChecks(ports, profile, tenantDefaultRequest());

    expect(report.results.map((r) => r.id)).toEqual(POWER_BI_CHECKS);
    expect(report.verdict).toBe('ready');
    expect(report.dataflowStorageAccount?.id).toBe(IDS.tenantDataflowStorage);
    expect(report.account).toBeNull();
    expect(report.subscription).toBeNull();
    const methods = cloud.calls.map((c) => c.method);
    expect(methods.filter((m) => m.startsWith('azure.'))).toEqual([]);
    expect(methods).not.toContain('powerBi.getTenantId');
  });

  it('passes the abort signal to every port call', async () => {
    const { cloud, ports } = setup();
    const controller = new AbortController();

    await runChecks(ports, sampleProfile(), accountRequest(), { abortSignal: controller.signal });

    expect(cloud.calls).toHaveLength(9);
    expect(cloud.calls.every((c) => c.abortSignal === controller.signal)).toBe(true);
  });

  it('rejects with the abort reason when aborted while calls are in flight', async () => {
    const { cloud, ports } = setup();
    const gate = cloud.hold();
    const controller = new AbortController();

    const pending = runChecks(ports, sampleProfile(), accountRequest(), {
      abortSignal: controller.signal,
    });
    await settleMicrotasks();
    controller.abort();
    gate.releaseAll();

    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('leaves the caller request untouched and keeps its own copy', async () => {
    const { ports } = setup();
    const request = accountRequest();
    const before = structuredClone(request);

    const report = await runChecks(ports, sampleProfile(), request);

    expect(request).toEqual(before);
    expect(report.request).toEqual(before);
    expect(report.request).not.toBe(request);
  });

  it('throws INVALID_REQUEST for a blank workspace id without calling any port', async () => {
    const { cloud, ports } = setup();

    const pending = runChecks(ports, sampleProfile(), { ...accountRequest(), workspaceId: ' ' });

    await expect(pending).rejects.toBeInstanceOf(CoreError);
    await expect(pending).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    expect(cloud.calls).toEqual([]);
  });
});
