import type { AzurePort } from '../../src/core/ports';
import { UpstreamError } from '../../src/core/upstream-error';
import {
  ADA,
  ANALYTICS,
  BEN,
  CARA,
  PARTNER,
  startDemoSandbox,
  type SandboxRun,
} from './support/sandbox-ports';

const TENANT = '11111111-1111-4111-8111-111111111111';
const PARTNER_TENANT = '99999999-9999-4999-8999-999999999999';

const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
const BLOB_DATA_OWNER = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b';
const RG_LAKE = `/subscriptions/${ANALYTICS}/resourceGroups/rg-lake`;
const CONTOSOLAKE = `${RG_LAKE}/providers/Microsoft.Storage/storageAccounts/contosolake`;

function lakeRef(name: string) {
  return { subscriptionId: ANALYTICS, resourceGroup: 'rg-lake', name };
}

describe('ARM adapter against the sandbox', () => {
  let run: SandboxRun;
  let ada: AzurePort;

  beforeAll(async () => {
    run = await startDemoSandbox();
    ada = run.portsFor(ADA).azure;
  });

  afterAll(() => run.sandbox.close());

  it('lists both of Ada’s subscriptions with their tenants', async () => {
    const subscriptions = await ada.listSubscriptions();

    expect(subscriptions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subscriptionId: ANALYTICS, tenantId: TENANT }),
        expect.objectContaining({ subscriptionId: PARTNER, tenantId: PARTNER_TENANT }),
      ]),
    );
    expect(subscriptions).toHaveLength(2);
  });

  it('lists only the subscription Ben has a role in', async () => {
    const subscriptions = await run.portsFor(BEN).azure.listSubscriptions();
    expect(subscriptions.map((s) => s.subscriptionId)).toEqual([ANALYTICS]);
  });

  it('gets one subscription by id', async () => {
    await expect(ada.getSubscription(ANALYTICS)).resolves.toEqual({
      subscriptionId: ANALYTICS,
      displayName: 'Analytics Prod',
      tenantId: TENANT,
      state: 'Enabled',
    });
  });

  it('lists the resource groups of a subscription', async () => {
    const groups = await ada.listResourceGroups(ANALYTICS);
    expect(groups).toEqual(
      expect.arrayContaining([
        { name: 'rg-lake', location: 'westeurope' },
        { name: 'rg-us', location: 'eastus' },
      ]),
    );
  });

  it('follows every page of the storage accounts of rg-lake', async () => {
    const accounts = await ada.listStorageAccounts(ANALYTICS, 'rg-lake');

    expect(accounts.map((a) => a.name).sort()).toEqual([
      'contosoarchive',
      'contosoblob',
      'contosofw',
      'contosolake',
      'contosolakenew',
      'contosotls',
    ]);
    expect(accounts.every((a) => a.resourceGroup === 'rg-lake')).toBe(true);
  });

  it('maps the properties of contosolake', async () => {
    await expect(ada.getStorageAccount(lakeRef('contosolake'))).resolves.toEqual({
      ...lakeRef('contosolake'),
      id: CONTOSOLAKE,
      location: 'westeurope',
      kind: 'StorageV2',
      isHnsEnabled: true,
      minimumTlsVersion: 'TLS1_2',
      publicNetworkAccess: 'Enabled',
      networkDefaultAction: 'Allow',
    });
  });

  it('reads TLS 1.0, a firewall and a flat namespace from the accounts with them', async () => {
    const tls = await ada.getStorageAccount(lakeRef('contosotls'));
    const firewall = await ada.getStorageAccount(lakeRef('contosofw'));
    const blob = await ada.getStorageAccount(lakeRef('contosoblob'));

    expect(tls.minimumTlsVersion).toBe('TLS1_0');
    expect(firewall.networkDefaultAction).toBe('Deny');
    expect(blob.isHnsEnabled).toBe(false);
  });

  it('lists direct and inherited role assignments of Ada on contosolake', async () => {
    const assignments = await ada.listRoleAssignments(CONTOSOLAKE, ADA);
    const summary = assignments.map((a) => {
      return [a.scope.toLowerCase(), a.roleDefinitionId.split('/').pop()];
    });

    expect(summary).toEqual(
      expect.arrayContaining([
        [CONTOSOLAKE.toLowerCase(), OWNER],
        [CONTOSOLAKE.toLowerCase(), BLOB_DATA_OWNER],
        [`/subscriptions/${ANALYTICS}`, OWNER],
      ]),
    );
    expect(assignments.every((a) => a.principalId === ADA)).toBe(true);
  });

  it('refuses Cara an account in rg-lake with 403 AuthorizationFailed', async () => {
    const cara = run.portsFor(CARA).azure;
    const error = await cara.getStorageAccount(lakeRef('contosolake')).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ service: 'arm', status: 403, code: 'AuthorizationFailed' });
  });
});
