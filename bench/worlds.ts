import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_WORLD_PATH, loadWorld, parseWorld, type World } from '../src/sandbox';

export const ADA_OID = 'aaaaaaaa-0000-4000-8000-000000000001';
export const SALES_ID = 'eeeeeeee-0000-4000-8000-000000000001';
export const ANALYTICS_PROD_ID = '22222222-2222-4222-8222-222222222222';

/** The demo world with every sandbox answer delayed by `latencyMs`. */
export function demoWorld(latencyMs = 0): World {
  return parseWorld({ ...loadWorld(DEMO_WORLD_PATH), latencyMs });
}

export interface LongListShape {
  /** Resource groups, each holding `perGroup` accounts. */
  groups: number;
  perGroup: number;
  /** One more group with this many accounts, for the typeahead worst case. */
  bigGroup?: number;
}

export function groupName(index: number): string {
  return `rg-${String(index).padStart(2, '0')}`;
}

export const BIG_GROUP = 'rg-big';

/** Account names are unique across a world and 3–24 lowercase letters and digits. */
export function accountName(group: string, index: number): string {
  return `lake${group.replace(/\W/g, '')}${String(index).padStart(4, '0')}`;
}

/**
 * The demo's Power BI side with one generated subscription of many storage accounts, on which
 * Ada is Owner (so she sees every group and account).
 */
export function longListWorld(shape: LongListShape): World {
  const demo = loadWorld(DEMO_WORLD_PATH);
  const names = Array.from({ length: shape.groups }, (_, index) => groupName(index));
  const groups = names.map((name) => group(name, shape.perGroup));
  if (shape.bigGroup) groups.push(group(BIG_GROUP, shape.bigGroup));

  const subscription = demo.azure.subscriptions.find(
    (candidate) => candidate.subscriptionId === ANALYTICS_PROD_ID,
  );
  return parseWorld({
    ...demo,
    powerBi: { ...demo.powerBi, tenantStorageAccount: null },
    azure: {
      subscriptions: [{ ...subscription, resourceGroups: groups }],
      roleAssignments: [
        { principalId: ADA_OID, role: 'Owner', scope: `/subscriptions/${ANALYTICS_PROD_ID}` },
      ],
    },
  });
}

function group(name: string, accounts: number) {
  return {
    name,
    location: 'westeurope',
    storageAccounts: Array.from({ length: accounts }, (_, index) => ({
      name: accountName(name, index),
      location: 'westeurope',
      kind: 'StorageV2',
      sku: 'Standard_LRS',
      isHnsEnabled: true,
      minimumTlsVersion: 'TLS1_2',
      publicNetworkAccess: 'Enabled',
      networkAcls: { defaultAction: 'Allow' },
    })),
  };
}

/** Writes `world` to a temporary file for SANDBOX_WORLD; `remove` deletes it again. */
export function worldFile(world: World): { path: string; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'lakelink-bench-'));
  const path = join(folder, 'world.json');
  writeFileSync(path, JSON.stringify(world));
  return { path, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
