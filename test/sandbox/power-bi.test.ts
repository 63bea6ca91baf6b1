import { DEMO_WORLD_PATH, loadWorld, startSandbox, type Sandbox } from '../../src/sandbox';
import { ADA, BEN, CARA, FINANCE, MARKETING, SALES } from './support/demo-users';
import { ARM_SCOPE, call, powerBiCall } from './support/https-call';

interface List<T> {
  '@odata.context': string;
  value: T[];
}

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox(loadWorld(DEMO_WORLD_PATH));
});

afterAll(() => sandbox.close());

async function valuesOf<T>(oid: string, path: string): Promise<T[]> {
  const answer = await powerBiCall(sandbox, oid, path);
  expect(answer.status).toBe(200);
  return (answer.json as List<T>).value;
}

describe('workspaces', () => {
  it('lists only the workspaces where the user is admin or member', async () => {
    const names = async (oid: string) =>
      (await valuesOf<{ name: string }>(oid, '/groups')).map((group) => group.name);
    await expect(names(ADA)).resolves.toEqual(['Sales', 'Finance', 'Marketing']);
    await expect(names(BEN)).resolves.toEqual(['Sales', 'Finance']);
    await expect(names(CARA)).resolves.toEqual([]);
  });

  it('pages the workspace list with $skip and $top', async () => {
    const page = await valuesOf<{ name: string }>(ADA, '/groups?$skip=1&$top=1');
    expect(page.map((group) => group.name)).toEqual(['Finance']);
  });

  it('describes a dedicated, attached workspace with capacity and storage ids', async () => {
    const answer = await powerBiCall(sandbox, ADA, `/groups/${MARKETING}`);
    expect(answer.json).toEqual({
      id: MARKETING,
      name: 'Marketing',
      isReadOnly: false,
      isOnDedicatedCapacity: true,
      capacityId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      dataflowStorageId: 'dddddddd-0000-4000-8000-000000000001',
    });
  });

  it('leaves capacityId and dataflowStorageId out of a shared, unattached workspace', async () => {
    const answer = await powerBiCall(sandbox, ADA, `/groups/${SALES}`);
    expect(answer.json).toEqual({
      id: SALES,
      name: 'Sales',
      isReadOnly: false,
      isOnDedicatedCapacity: false,
    });
  });

  it('answers PowerBIEntityNotFound for a workspace the user is not in', async () => {
    const answer = await powerBiCall(sandbox, CARA, `/groups/${SALES}`);
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({
      error: {
        code: 'PowerBIEntityNotFound',
        'pbi.error': {
          code: 'PowerBIEntityNotFound',
          parameters: {},
          details: [],
          exceptionCulprit: 1,
        },
      },
    });
  });

  it('lists workspace users with their access right and Entra object id', async () => {
    const users = await valuesOf<Record<string, string>>(ADA, `/groups/${FINANCE}/users`);
    expect(users).toEqual([
      {
        identifier: 'ada@contoso.example',
        graphId: ADA,
        principalType: 'User',
        groupUserAccessRight: 'Admin',
        displayName: 'Ada Admin',
        emailAddress: 'ada@contoso.example',
      },
      expect.objectContaining({ graphId: BEN, groupUserAccessRight: 'Member' }),
    ]);
  });
});

describe('dataflows, storage accounts and capacities', () => {
  it('gives a dataflow of an attached workspace the modelUrl in its storage account', async () => {
    const dataflows = await valuesOf<Record<string, string>>(ADA, `/groups/${MARKETING}/dataflows`);
    expect(dataflows).toEqual([
      {
        objectId: 'ffffffff-0000-4000-8000-000000000003',
        name: 'Campaigns',
        modelUrl: 'https://contosolake.dfs.core.windows.net/powerbi/Marketing/Campaigns/model.json',
      },
    ]);
  });

  it('leaves modelUrl out for dataflows of a workspace without storage', async () => {
    const dataflows = await valuesOf<Record<string, string>>(BEN, `/groups/${FINANCE}/dataflows`);
    expect(dataflows.map((dataflow) => [dataflow.name, dataflow.modelUrl])).toEqual([
      ['Ledger', undefined],
      ['Budget', undefined],
    ]);
  });

  it('lists the dataflow storage accounts Power BI knows', async () => {
    const accounts = await valuesOf<Record<string, unknown>>(BEN, '/dataflowStorageAccounts');
    expect(accounts).toEqual([
      { id: 'dddddddd-0000-4000-8000-000000000001', name: 'contosolake', isEnabled: true },
      { id: 'dddddddd-0000-4000-8000-000000000002', name: 'contosoarchive', isEnabled: false },
    ]);
  });

  it("synthesises one capacity per region of the user's dedicated workspaces", async () => {
    const ada = await valuesOf<Record<string, string>>(ADA, '/capacities');
    const ben = await valuesOf<Record<string, string>>(BEN, '/capacities');
    const marketing = await powerBiCall(sandbox, ADA, `/groups/${MARKETING}`);

    expect(ada).toEqual([expect.objectContaining({ region: 'West Europe', state: 'Active' })]);
    expect(ada[0]?.id).toBe((marketing.json as { capacityId: string }).capacityId);
    expect(ben).toEqual([]);
  });
});

describe('Power BI refusals', () => {
  it('refuses a token meant for ARM with a 401 in the Power BI shape', async () => {
    const answer = await call(sandbox, '/powerbi/v1.0/myorg/groups', {
      credential: sandbox.credentialFor(ADA),
      scope: ARM_SCOPE,
    });
    expect(answer.status).toBe(401);
    expect(answer.json).toMatchObject({ error: { 'pbi.error': { exceptionCulprit: 1 } } });
  });

  it('answers an unknown route with 404 in the Power BI shape', async () => {
    const answer = await powerBiCall(sandbox, ADA, '/reports/unknown/pages');
    expect(answer.status).toBe(404);
    expect(answer.json).toMatchObject({ error: { code: 'NotFound' } });
  });
});
