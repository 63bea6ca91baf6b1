import { parseWorld, startSandbox, type Sandbox, type World } from '../../src/sandbox';
import { demoJson } from './support/demo-json';
import {
  ADA,
  BEN,
  CARA,
  CONTOSOARCHIVE_STORAGE_ID,
  CONTOSOLAKE_STORAGE_ID,
  FINANCE,
  MARKETING,
  SALES,
} from './support/demo-users';
import { call, powerBiCall, type CallResult } from './support/https-call';

const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';
const LAKENEW_STORAGE_ID = 'dddddddd-0000-4000-8000-000000000003';

/** The demo world with contosolakenew also known to Power BI, and the admin switch as given. */
function worldWith(workspaceStorageAllowed: boolean): World {
  const json = demoJson();
  json.powerBi.workspaceStorageAllowed = workspaceStorageAllowed;
  json.powerBi.dataflowStorageAccounts.push({
    id: LAKENEW_STORAGE_ID,
    name: 'contosolakenew',
    isEnabled: true,
  });
  return parseWorld(json);
}

function assign(sandbox: Sandbox, oid: string, workspace: string, body: string) {
  const path = `/groups/${workspace}/AssignToDataflowStorage`;
  return powerBiCall(sandbox, oid, path, { method: 'POST', body });
}

function storageBody(id: string): string {
  return JSON.stringify({ dataflowStorageId: id });
}

function pbiCode(answer: CallResult): [number, unknown] {
  const body = answer.json as { error?: { code?: string } } | undefined;
  return [answer.status, body?.error?.code];
}

function workspaceIn(sandbox: Sandbox, id: string) {
  return sandbox.state().powerBi.workspaces.find((workspace) => workspace.id === id);
}

describe('AssignToDataflowStorage when workspace-level storage is allowed', () => {
  let sandbox: Sandbox;

  beforeEach(async () => {
    sandbox = await startSandbox(worldWith(true));
  });

  afterEach(() => sandbox.close());

  it('attaches an empty workspace, answering 200 with an empty body', async () => {
    const answer = await assign(sandbox, ADA, SALES, storageBody(CONTOSOLAKE_STORAGE_ID));
    expect([answer.status, answer.text]).toEqual([200, '']);

    const state = (await call(sandbox, '/sandbox/state')).json as World;
    const sales = state.powerBi.workspaces.find((workspace) => workspace.id === SALES);
    expect(sales?.dataflowStorageId).toBe(CONTOSOLAKE_STORAGE_ID);
  });

  it('creates the powerbi file system in an account that lacks it', async () => {
    const account = () => {
      const group = sandbox.state().azure.subscriptions[0]?.resourceGroups[0];
      return group?.storageAccounts.find((item) => item.name === 'contosolakenew');
    };
    expect(account()?.fileSystems).toEqual({});

    await assign(sandbox, BEN, SALES, storageBody(LAKENEW_STORAGE_ID));
    expect(account()?.fileSystems).toEqual({ powerbi: {} });
  });

  it('detaches with the empty GUID, and the group then has no dataflowStorageId', async () => {
    await assign(sandbox, ADA, SALES, storageBody(CONTOSOLAKE_STORAGE_ID));
    const answer = await assign(sandbox, ADA, SALES, storageBody(EMPTY_GUID));
    const group = await powerBiCall(sandbox, ADA, `/groups/${SALES}`);

    expect(answer.status).toBe(200);
    expect(group.json).not.toHaveProperty('dataflowStorageId');
  });

  it('refuses a caller who is not in the workspace with PowerBIEntityNotFound', async () => {
    const answer = await assign(sandbox, CARA, SALES, storageBody(CONTOSOLAKE_STORAGE_ID));
    expect(pbiCode(answer)).toEqual([404, 'PowerBIEntityNotFound']);
  });

  it('refuses a workspace member who is not an admin with 401', async () => {
    const answer = await assign(sandbox, BEN, FINANCE, storageBody(CONTOSOLAKE_STORAGE_ID));
    expect(pbiCode(answer)).toEqual([401, 'Unauthorized']);
  });

  it.each([
    ['malformed JSON', '{"dataflowStorageId": '],
    ['no dataflowStorageId', '{}'],
    ['a dataflowStorageId that is not a GUID', '{"dataflowStorageId":"contosolake"}'],
  ])('refuses a body with %s with 400', async (_case, body) => {
    const answer = await assign(sandbox, ADA, SALES, body);
    expect(pbiCode(answer)).toEqual([400, 'InvalidRequest']);
  });

  it('refuses a storage id Power BI does not know', async () => {
    const unknown = 'dddddddd-0000-4000-8000-0000000000ff';
    const answer = await assign(sandbox, ADA, SALES, storageBody(unknown));
    expect(pbiCode(answer)).toEqual([400, 'DataflowStorageAccountNotFound']);
  });

  it('refuses a storage account that is not enabled', async () => {
    const answer = await assign(sandbox, ADA, SALES, storageBody(CONTOSOARCHIVE_STORAGE_ID));
    expect(pbiCode(answer)).toEqual([400, 'DataflowStorageAccountNotEnabled']);
  });

  it('refuses to attach a workspace that holds dataflows', async () => {
    const answer = await assign(sandbox, ADA, FINANCE, storageBody(CONTOSOLAKE_STORAGE_ID));
    expect(pbiCode(answer)).toEqual([400, 'WorkspaceHasDataflows']);
    expect(workspaceIn(sandbox, FINANCE)?.dataflowStorageId).toBeNull();
  });

  it('refuses to detach a workspace that holds dataflows', async () => {
    const answer = await assign(sandbox, ADA, MARKETING, storageBody(EMPTY_GUID));
    expect(pbiCode(answer)).toEqual([400, 'WorkspaceHasDataflows']);
    expect(workspaceIn(sandbox, MARKETING)?.dataflowStorageId).toBe(CONTOSOLAKE_STORAGE_ID);
  });
});

describe('AssignToDataflowStorage when workspace-level storage is switched off', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await startSandbox(worldWith(false));
  });

  afterAll(() => sandbox.close());

  it("refuses an account that is not the tenant's with 403", async () => {
    const answer = await assign(sandbox, ADA, SALES, storageBody(LAKENEW_STORAGE_ID));
    expect(pbiCode(answer)).toEqual([403, 'WorkspaceLevelStorageNotAllowed']);
  });

  it('still attaches to the tenant-level storage account', async () => {
    const answer = await assign(sandbox, ADA, SALES, storageBody(CONTOSOLAKE_STORAGE_ID));
    expect(answer.status).toBe(200);
  });
});
