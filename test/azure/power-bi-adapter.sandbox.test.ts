import { EMPTY_GUID } from '../../src/core/model';
import type { PowerBiPort } from '../../src/core/ports';
import { ADA, BEN, CARA, startDemoSandbox, type SandboxRun } from './support/sandbox-ports';

const SALES = 'eeeeeeee-0000-4000-8000-000000000001';
const FINANCE = 'eeeeeeee-0000-4000-8000-000000000002';
const MARKETING = 'eeeeeeee-0000-4000-8000-000000000003';
const CONTOSOLAKE_STORAGE = 'dddddddd-0000-4000-8000-000000000001';

describe('Power BI adapter against the sandbox', () => {
  let run: SandboxRun;
  let ada: PowerBiPort;

  beforeAll(async () => {
    run = await startDemoSandbox();
    ada = run.portsFor(ADA).powerBi;
  });

  afterAll(() => run.sandbox.close());

  it('reads the Power BI tenant from the token', async () => {
    await expect(ada.getTenantId()).resolves.toBe('11111111-1111-4111-8111-111111111111');
  });

  it('lists Ada’s workspaces with storage and capacity mapped', async () => {
    const workspaces = await ada.listWorkspaces();
    const byId = new Map(workspaces.map((w) => [w.id, w]));

    expect([...byId.keys()].sort()).toEqual([SALES, FINANCE, MARKETING]);
    expect(byId.get(SALES)).toEqual({
      id: SALES,
      name: 'Sales',
      isOnDedicatedCapacity: false,
      capacityId: null,
      dataflowStorageId: null,
    });
    expect(byId.get(MARKETING)).toMatchObject({
      isOnDedicatedCapacity: true,
      dataflowStorageId: CONTOSOLAKE_STORAGE,
    });
    expect(byId.get(MARKETING)?.capacityId).toEqual(expect.any(String));
  });

  it('lists the users of a workspace with their access rights and object ids', async () => {
    const users = await ada.listWorkspaceUsers(FINANCE);

    expect(users).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ graphId: ADA, accessRight: 'Admin' }),
        expect.objectContaining({ graphId: BEN, accessRight: 'Member' }),
      ]),
    );
    expect(users).toHaveLength(2);
  });

  it('lists dataflows, with a model URL only where storage is attached', async () => {
    const finance = await ada.listDataflows(FINANCE);
    const marketing = await ada.listDataflows(MARKETING);

    expect(finance.map((d) => d.name).sort()).toEqual(['Budget', 'Ledger']);
    expect(finance.every((d) => d.modelUrl === null)).toBe(true);
    expect(marketing).toEqual([
      {
        objectId: 'ffffffff-0000-4000-8000-000000000003',
        name: 'Campaigns',
        modelUrl: 'https://contosolake.dfs.core.windows.net/powerbi/Marketing/Campaigns/model.json',
      },
    ]);
  });

  it('lists the dataflow storage accounts Power BI knows', async () => {
    await expect(ada.listDataflowStorageAccounts()).resolves.toEqual([
      { id: CONTOSOLAKE_STORAGE, name: 'contosolake', isEnabled: true },
      { id: 'dddddddd-0000-4000-8000-000000000002', name: 'contosoarchive', isEnabled: false },
    ]);
  });

  it('lists capacities with their region display name', async () => {
    const capacities = await ada.listCapacities();

    expect(capacities).toHaveLength(1);
    expect(capacities[0]?.region).toBe('West Europe');
  });

  it('assigns a workspace to dataflow storage, then detaches it with the empty GUID', async () => {
    await ada.assignToDataflowStorage(SALES, CONTOSOLAKE_STORAGE);
    await expect(ada.getWorkspace(SALES)).resolves.toMatchObject({
      dataflowStorageId: CONTOSOLAKE_STORAGE,
    });

    await ada.assignToDataflowStorage(SALES, EMPTY_GUID);
    await expect(ada.getWorkspace(SALES)).resolves.toMatchObject({ dataflowStorageId: null });
  });

  it('reports a workspace the user cannot see as 404 PowerBIEntityNotFound', async () => {
    await expect(run.portsFor(CARA).powerBi.getWorkspace(SALES)).rejects.toMatchObject({
      service: 'powerbi',
      status: 404,
      code: 'PowerBIEntityNotFound',
    });
  });
});
