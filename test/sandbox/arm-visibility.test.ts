import { DEMO_WORLD_PATH, loadWorld, startSandbox, type Sandbox } from '../../src/sandbox';
import {
  accountId,
  accountsOf,
  ADA,
  ANALYTICS_SUB,
  BEN,
  CARA,
  groupId,
  PARTNER_SUB,
} from './support/demo-users';
import { armGet } from './support/https-call';
import {
  all,
  authorizationClient,
  resourceClient,
  storageClient,
  subscriptionClient,
} from './support/sdk-clients';

const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
const BLOB_DATA_OWNER = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b';
const RG_LAKE_ACCOUNTS = [
  'contosoarchive',
  'contosoblob',
  'contosofw',
  'contosolake',
  'contosolakenew',
  'contosotls',
];

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox(loadWorld(DEMO_WORLD_PATH), { pageSize: 2 });
});

afterAll(() => sandbox.close());

describe('subscriptions through SubscriptionClient', () => {
  it('lists every subscription where Ada holds a role, with its tenant', async () => {
    const subs = await all(subscriptionClient(sandbox, ADA).subscriptions.list());
    expect(subs.map((sub) => [sub.subscriptionId, sub.tenantId])).toEqual([
      [ANALYTICS_SUB, '11111111-1111-4111-8111-111111111111'],
      [PARTNER_SUB, '99999999-9999-4999-8999-999999999999'],
    ]);
  });

  it('lists a subscription for Cara because her role sits below it', async () => {
    const subs = await all(subscriptionClient(sandbox, CARA).subscriptions.list());
    expect(subs.map((sub) => sub.displayName)).toEqual(['Analytics Prod']);
  });

  it('refuses Ben the partner subscription with AuthorizationFailed', async () => {
    const getting = subscriptionClient(sandbox, BEN).subscriptions.get(PARTNER_SUB);
    await expect(getting).rejects.toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' });
  });

  it('lists the known regions of a visible subscription with display names', async () => {
    const client = subscriptionClient(sandbox, ADA);
    const locations = await all(client.subscriptions.listLocations(ANALYTICS_SUB));
    const westEurope = locations.find((location) => location.name === 'westeurope');
    expect(westEurope?.displayName).toBe('West Europe');
  });
});

describe('resource groups through ResourceManagementClient', () => {
  it('shows Ada every group of a subscription she owns', async () => {
    const groups = await all(resourceClient(sandbox, ADA, ANALYTICS_SUB).resourceGroups.list());
    expect(groups.map((group) => [group.name, group.location])).toEqual([
      ['rg-lake', 'westeurope'],
      ['rg-us', 'eastus'],
    ]);
  });

  it('shows Ben and Cara only the group they hold a role on', async () => {
    const ben = await all(resourceClient(sandbox, BEN, ANALYTICS_SUB).resourceGroups.list());
    const cara = await all(resourceClient(sandbox, CARA, ANALYTICS_SUB).resourceGroups.list());
    expect(ben.map((group) => group.name)).toEqual(['rg-lake']);
    expect(cara.map((group) => group.name)).toEqual(['rg-us']);
  });
});

describe('storage accounts through StorageManagementClient', () => {
  it('follows nextLink across pages of two to list all six rg-lake accounts', async () => {
    const client = storageClient(sandbox, ADA, ANALYTICS_SUB);
    const accounts = await all(client.storageAccounts.listByResourceGroup('rg-lake'));
    expect(accounts.map((account) => account.name).sort()).toEqual(RG_LAKE_ACCOUNTS);
  });

  it('answers a first page with two accounts and an absolute nextLink under /arm', async () => {
    const page = await armGet(sandbox, ADA, accountsOf('rg-lake'));
    const body = page.json as { value: unknown[]; nextLink: string };
    expect(body.value).toHaveLength(2);
    expect(body.nextLink.startsWith(`${sandbox.armEndpoint}/subscriptions/`)).toBe(true);
  });

  it('reads the properties the checks need, mapped by the SDK', async () => {
    const client = storageClient(sandbox, ADA, ANALYTICS_SUB);
    const lake = await client.storageAccounts.getProperties('rg-lake', 'contosofw');
    expect(lake).toMatchObject({
      id: accountId('rg-lake', 'contosofw'),
      location: 'westeurope',
      kind: 'StorageV2',
      isHnsEnabled: true,
      minimumTlsVersion: 'TLS1_2',
      publicNetworkAccess: 'Enabled',
      networkRuleSet: { defaultAction: 'Deny' },
      primaryEndpoints: { dfs: 'https://contosofw.dfs.core.windows.net/' },
    });
  });

  it('lists by subscription only the accounts Cara can see', async () => {
    const client = storageClient(sandbox, CARA, ANALYTICS_SUB);
    const accounts = await all(client.storageAccounts.list());
    expect(accounts.map((account) => account.name)).toEqual(['contosoeast']);
  });

  it('refuses Cara an account in a group where she holds no role', async () => {
    const client = storageClient(sandbox, CARA, ANALYTICS_SUB);
    const getting = client.storageAccounts.getProperties('rg-lake', 'contosolake');
    await expect(getting).rejects.toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' });
  });
});

describe('role assignments through AuthorizationManagementClient', () => {
  it('returns the assignments at and above an account for atScope() and assignedTo()', async () => {
    const client = authorizationClient(sandbox, ADA, ANALYTICS_SUB);
    const scope = accountId('rg-lake', 'contosolake');
    const filter = `atScope() and assignedTo('${ADA}')`;
    const found = await all(client.roleAssignments.listForScope(scope, { filter }));
    const summary = found.map((item) => [item.scope, item.roleDefinitionId?.split('/').pop()]);
    expect(summary).toEqual([
      [`/subscriptions/${ANALYTICS_SUB}`, OWNER],
      [scope, OWNER],
      [scope, BLOB_DATA_OWNER],
    ]);
    expect(found[0]?.roleDefinitionId).toBe(
      `/subscriptions/${ANALYTICS_SUB}/providers/Microsoft.Authorization/roleDefinitions/${OWNER}`,
    );
  });

  it("shows Ben's inherited Owner at the resource group, not at the account", async () => {
    const client = authorizationClient(sandbox, BEN, ANALYTICS_SUB);
    const scope = accountId('rg-lake', 'contosolake');
    const filter = `atScope() and assignedTo('${BEN}')`;
    const found = await all(client.roleAssignments.listForScope(scope, { filter }));
    expect(found.map((item) => item.scope)).toEqual([groupId('rg-lake')]);
  });

  it('includes assignments below the scope when atScope() is absent', async () => {
    const client = authorizationClient(sandbox, ADA, ANALYTICS_SUB);
    const filter = `principalId eq '${ADA}'`;
    const scope = `/subscriptions/${ANALYTICS_SUB}`;
    const found = await all(client.roleAssignments.listForScope(scope, { filter }));
    expect(found).toHaveLength(5);
  });

  it('refuses Cara the assignments of an account outside her group', async () => {
    const client = authorizationClient(sandbox, CARA, ANALYTICS_SUB);
    const listing = all(client.roleAssignments.listForScope(accountId('rg-lake', 'contosolake')));
    await expect(listing).rejects.toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' });
  });
});
