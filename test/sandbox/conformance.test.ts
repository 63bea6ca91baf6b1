import { DEMO_WORLD_PATH, loadWorld, startSandbox, type Sandbox } from '../../src/sandbox';
import {
  accountId,
  accountsOf,
  ADA,
  ANALYTICS_SUB,
  BEN,
  FINANCE,
  MARKETING,
  PARTNER_SUB,
} from './support/demo-users';
import { armGet, call, powerBiCall, STORAGE_SCOPE } from './support/https-call';
import { conformanceOf, SPEC_FILES } from './support/spec-validator';

/*
 * The sandbox's answers checked against the official API descriptions (Azure REST API specs,
 * Power BI swagger) copied into test/fixtures/specs.
 */

const ALL_ACCOUNTS = [
  ['rg-lake', 'contosolake'],
  ['rg-lake', 'contosolakenew'],
  ['rg-lake', 'contosoblob'],
  ['rg-lake', 'contosofw'],
  ['rg-lake', 'contosotls'],
  ['rg-lake', 'contosoarchive'],
  ['rg-us', 'contosoeast'],
];

const { subscriptions, resources, storage, roleAssignments, powerBi } = SPEC_FILES;
const ANALYTICS = `/subscriptions/${ANALYTICS_SUB}`;
const UNKNOWN_SUB = '44444444-4444-4444-8444-444444444444';

let sandbox: Sandbox;

beforeAll(async () => {
  // A page size of one makes every list answer carry a nextLink.
  sandbox = await startSandbox(loadWorld(DEMO_WORLD_PATH), { pageSize: 1 });
});

afterAll(() => sandbox.close());

async function armBody(path: string, oid = ADA): Promise<unknown> {
  const answer = await armGet(sandbox, oid, path);
  expect(answer.status).toBe(200);
  return answer.json;
}

async function powerBiBody(path: string, oid = ADA): Promise<unknown> {
  const answer = await powerBiCall(sandbox, oid, path);
  expect(answer.status).toBe(200);
  return answer.json;
}

describe('the spec validators', () => {
  it('reject a storage account without the location a tracked resource requires', () => {
    const account = { name: 'x', kind: 'StorageV2' };
    expect(conformanceOf(storage, 'StorageAccount', account)).not.toEqual([]);
  });

  it('reject a Power BI group whose id is not a GUID', () => {
    expect(conformanceOf(powerBi, 'Group', { id: 'sales', name: 'Sales' })).not.toEqual([]);
  });
});

describe('ARM answers conform to the Azure REST API specs', () => {
  it('subscriptions: list page, get and locations', async () => {
    const list = await armBody('/subscriptions');
    expect(list).toHaveProperty('nextLink');
    expect(conformanceOf(subscriptions, 'SubscriptionListResult', list)).toEqual([]);
    expect(conformanceOf(subscriptions, 'Subscription', await armBody(ANALYTICS))).toEqual([]);

    const locations = await armBody(`${ANALYTICS}/locations`);
    expect(conformanceOf(subscriptions, 'LocationListResult', locations)).toEqual([]);
  });

  it('resource groups: list page and get', async () => {
    const list = await armBody(`${ANALYTICS}/resourcegroups`);
    const group = await armBody(`${ANALYTICS}/resourcegroups/rg-lake`);
    expect(conformanceOf(resources, 'ResourceGroupListResult', list)).toEqual([]);
    expect(conformanceOf(resources, 'ResourceGroup', group)).toEqual([]);
  });

  it('storage accounts: lists by group and by subscription', async () => {
    const byGroup = await armBody(accountsOf('rg-lake'));
    const bySubscription = await armBody(
      `/subscriptions/${PARTNER_SUB}/providers/Microsoft.Storage/storageAccounts`,
    );
    expect(conformanceOf(storage, 'StorageAccountListResult', byGroup)).toEqual([]);
    expect(conformanceOf(storage, 'StorageAccountListResult', bySubscription)).toEqual([]);
  });

  it.each(ALL_ACCOUNTS)('storage accounts: properties of %s/%s', async (group, name) => {
    const account = await armBody(accountId(group, name));
    expect(conformanceOf(storage, 'StorageAccount', account)).toEqual([]);
  });

  it('role assignments: list for a scope', async () => {
    const scope = accountId('rg-lake', 'contosolake');
    const path = `${scope}/providers/Microsoft.Authorization/roleAssignments?$filter=atScope()`;
    const list = await armBody(path);
    expect(conformanceOf(roleAssignments, 'RoleAssignmentListResult', list)).toEqual([]);
  });

  it.each([
    ['MissingApiVersionParameter', () => call(sandbox, '/arm/subscriptions')],
    ['SubscriptionNotFound', () => armGet(sandbox, ADA, `/subscriptions/${UNKNOWN_SUB}`)],
    ['AuthorizationFailed', () => armGet(sandbox, BEN, `/subscriptions/${PARTNER_SUB}`)],
  ])('errors: %s is a CloudError with a code and a message', async (_code, request) => {
    const body = (await request()).json as { error: { code: unknown; message: unknown } };
    expect(conformanceOf(subscriptions, 'CloudError', body)).toEqual([]);
    expect(conformanceOf(SPEC_FILES.commonTypesV2, 'ErrorResponse', body)).toEqual([]);
    expect([typeof body.error.code, typeof body.error.message]).toEqual(['string', 'string']);
  });
});

describe('Power BI answers conform to the Power BI swagger', () => {
  it.each([
    ['Groups', '/groups'],
    ['Group', `/groups/${MARKETING}`],
    ['GroupUsers', `/groups/${FINANCE}/users`],
    ['Dataflows', `/groups/${MARKETING}/dataflows`],
    ['DataflowStorageAccounts', '/dataflowStorageAccounts'],
    ['Capacities', '/capacities'],
  ])('%s', async (definition, path) => {
    expect(conformanceOf(powerBi, definition, await powerBiBody(path))).toEqual([]);
  });

  it('errors repeat the code in pbi.error and carry conforming details', async () => {
    // The swagger defines no top-level error body, so its shape is checked as documented.
    const body = (await powerBiCall(sandbox, BEN, `/groups/${MARKETING}`)).json as {
      error: { code: string; 'pbi.error': { code: string; details: unknown[] } };
    };
    const details = body.error['pbi.error'].details;
    expect(body.error.code).toBe(body.error['pbi.error'].code);
    expect(
      details.flatMap((item) => conformanceOf(powerBi, 'PowerBIApiErrorResponseDetail', item)),
    ).toEqual([]);
  });
});

describe('Data Lake answers conform to the DataLakeStorage spec', () => {
  it('a DFS-dialect error is a StorageError', async () => {
    const answer = await call(sandbox, '/contosofw/powerbi?resource=filesystem&recursive=true', {
      credential: sandbox.credentialFor(ADA),
      scope: STORAGE_SCOPE,
    });
    expect(answer.status).toBe(403);
    expect(conformanceOf(SPEC_FILES.dataLake, 'StorageError', answer.json)).toEqual([]);
  });
});
