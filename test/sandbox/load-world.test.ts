import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEMO_WORLD_PATH,
  loadWorld,
  parseWorld,
  tenantProfileOf,
  WorldError,
} from '../../src/sandbox';
import { demoJson, type WorldJson } from './support/demo-json';
import { ADA } from './support/demo-users';

const TENANT = '11111111-1111-4111-8111-111111111111';

/** The WorldError parseWorld throws for a demo world changed by `edit`. */
function refusalOf(edit: (json: WorldJson) => void): WorldError {
  const json = demoJson();
  edit(json);
  try {
    parseWorld(json);
  } catch (error) {
    if (error instanceof WorldError) return error;
    throw error;
  }
  throw new Error('the world was accepted');
}

function lakeGroup(json: WorldJson) {
  const group = json.azure.subscriptions[0]?.resourceGroups[0];
  if (group === undefined) throw new Error('demo world changed: no rg-lake');
  return group;
}

describe('loading worlds', () => {
  it('loads the demo world from an absolute path inside the project', () => {
    const world = loadWorld(DEMO_WORLD_PATH);
    expect(DEMO_WORLD_PATH).toMatch(/[\\/]worlds[\\/]demo\.json$/);
    const names = world.users.map((user) => user.name);
    expect(names).toEqual(['Ada Admin', 'Ben Builder', 'Cara Viewer']);
    expect(world.users[0]?.oid).toBe(ADA);
  });

  it('applies the defaults of every optional field', () => {
    const world = parseWorld({
      powerBi: {
        tenantId: TENANT,
        workspaces: [{ id: 'eeeeeeee-0000-4000-8000-0000000000aa', name: 'W' }],
      },
      users: [{ oid: 'aaaaaaaa-0000-4000-8000-0000000000aa' }],
      azure: {
        subscriptions: [
          {
            subscriptionId: '22222222-2222-4222-8222-2222222222aa',
            resourceGroups: [
              { name: 'rg', location: 'eastus', storageAccounts: [{ name: 'plain' }] },
            ],
          },
        ],
      },
      faults: [{ path: '/subscriptions', status: 503 }],
    });

    expect(world.powerBi).toMatchObject({
      homeRegion: 'westeurope',
      workspaceStorageAllowed: false,
      tenantStorageAccount: null,
      dataflowStorageAccounts: [],
    });
    expect(world.powerBi.workspaces[0]).toMatchObject({
      admins: [],
      members: [],
      capacityRegion: null,
      dataflowStorageId: null,
      dataflows: [],
    });
    const user = world.users[0];
    expect(user).toMatchObject({ powerBiAdmin: false, upn: expect.stringContaining('@') });
    expect(world.azure.subscriptions[0]).toMatchObject({ tenantId: TENANT, state: 'Enabled' });
    expect(world.azure.subscriptions[0]?.resourceGroups[0]?.storageAccounts[0]).toEqual({
      name: 'plain',
      location: 'eastus',
      kind: 'StorageV2',
      sku: 'Standard_LRS',
      fileSystems: {},
    });
    expect(world.azure.roleAssignments).toEqual([]);
    expect([world.latencyMs, world.faults[0]?.method, world.faults[0]?.times]).toEqual([0, '*', 1]);
  });

  it('ignores fields it does not know', () => {
    const json = demoJson();
    json.comment = 'written by hand';
    const accounts = lakeGroup(json).storageAccounts;
    accounts[0] = { ...accounts[0], tags: { env: 'prod' } };
    const world = parseWorld(json);
    expect(world).not.toHaveProperty('comment');
    const account = world.azure.subscriptions[0]?.resourceGroups[0]?.storageAccounts[0];
    expect(account).not.toHaveProperty('tags');
  });

  it('gives the tenant profile from the Power BI settings', () => {
    expect(tenantProfileOf(loadWorld(DEMO_WORLD_PATH))).toEqual({
      homeRegion: 'westeurope',
      workspaceStorageAllowed: true,
      tenantStorageAccountName: 'contosolake',
    });
  });

  it('refuses a file that is not JSON, naming the file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'world-'));
    const file = join(folder, 'broken.json');
    writeFileSync(file, '{ "powerBi": ');
    try {
      expect(() => loadWorld(file)).toThrow(WorldError);
      expect(() => loadWorld(file)).toThrow(/broken\.json is not valid JSON/);
    } finally {
      rmSync(folder, { recursive: true });
    }
  });
});

describe('refusing broken worlds', () => {
  it('refuses a role assignment to an unknown scope', () => {
    const error = refusalOf((json) => {
      const scope = `/subscriptions/22222222-2222-4222-8222-222222222222/resourceGroups/rg-none`;
      json.azure.roleAssignments.push({ principalId: ADA, role: 'Reader', scope });
    });
    expect(error.fieldPath).toBe('azure.roleAssignments[8].scope');
  });

  it('refuses two workspaces with one id', () => {
    const error = refusalOf((json) => {
      json.powerBi.workspaces.push({ ...json.powerBi.workspaces[0], name: 'Copy' });
    });
    expect(error.fieldPath).toBe('powerBi.workspaces[3].id');
  });

  it('refuses a user without an oid', () => {
    const error = refusalOf((json) => {
      json.users.push({ name: 'Nobody' });
    });
    expect(error.fieldPath).toBe('users[3].oid');
    expect(error.message).toBe('World field users[3].oid: is required');
  });

  it('refuses two storage accounts with one name, even in different subscriptions', () => {
    const error = refusalOf((json) => {
      const partner = json.azure.subscriptions[1]?.resourceGroups[0];
      partner?.storageAccounts.push({ name: 'contosolake' });
    });
    const path = 'azure.subscriptions[1].resourceGroups[0].storageAccounts[1].name';
    expect(error.fieldPath).toBe(path);
  });

  it('refuses a role that is not a built-in role name', () => {
    const error = refusalOf((json) => {
      json.azure.roleAssignments[0] = { ...json.azure.roleAssignments[0], role: 'Storage Owner' };
    });
    expect(error.fieldPath).toBe('azure.roleAssignments[0].role');
  });

  it.each(['admins', 'members'])('refuses a workspace %s entry that is not a user', (role) => {
    const error = refusalOf((json) => {
      const stranger = 'dddddddd-9999-4999-8999-999999999999';
      json.powerBi.workspaces[1] = { ...json.powerBi.workspaces[1], [role]: [stranger] };
    });
    expect(error.fieldPath).toBe(`powerBi.workspaces[1].${role}[0]`);
  });

  it('refuses two dataflow storage accounts with one id', () => {
    const error = refusalOf((json) => {
      const accounts = json.powerBi.dataflowStorageAccounts;
      accounts.push({ ...accounts[0], name: 'other' });
    });
    expect(error.fieldPath).toBe('powerBi.dataflowStorageAccounts[2].id');
  });

  it('refuses a tenant storage account that is not in azure', () => {
    const error = refusalOf((json) => {
      json.powerBi.tenantStorageAccount = 'nosuchaccount';
    });
    expect(error.fieldPath).toBe('powerBi.tenantStorageAccount');
  });

  const reserved = ['arm', 'powerbi', 'sandbox'];
  it.each(reserved)('refuses the storage account name %s, kept for routing', (name) => {
    const error = refusalOf((json) => {
      lakeGroup(json).storageAccounts.push({ name });
    });
    const path = 'azure.subscriptions[0].resourceGroups[0].storageAccounts[6].name';
    expect(error.fieldPath).toBe(path);
    expect(error.message).toContain('reserved');
  });

  it('refuses two users with one oid', () => {
    const error = refusalOf((json) => {
      json.users.push({ ...json.users[0], name: 'Ada Again' });
    });
    expect(error.fieldPath).toBe('users[3].oid');
  });

  it('refuses a workspace attached to a storage id Power BI does not know', () => {
    const error = refusalOf((json) => {
      json.powerBi.workspaces[0] = {
        ...json.powerBi.workspaces[0],
        dataflowStorageId: 'dddddddd-0000-4000-8000-0000000000ff',
      };
    });
    expect(error.fieldPath).toBe('powerBi.workspaces[0].dataflowStorageId');
  });

  it('refuses an id that is not a GUID', () => {
    const error = refusalOf((json) => {
      const analytics = json.azure.subscriptions[0];
      if (analytics !== undefined) analytics.subscriptionId = 'analytics';
    });
    expect(error.fieldPath).toBe('azure.subscriptions[0].subscriptionId');
  });
});
