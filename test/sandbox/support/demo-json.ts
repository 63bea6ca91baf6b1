import { readFileSync } from 'node:fs';
import { DEMO_WORLD_PATH } from '../../../src/sandbox';

/** A loose view of a world document, for tests that edit a copy of the demo world. */
export interface WorldJson {
  powerBi: Record<string, unknown> & {
    dataflowStorageAccounts: Record<string, unknown>[];
    workspaces: Record<string, unknown>[];
  };
  users: Record<string, unknown>[];
  azure: {
    subscriptions: (Record<string, unknown> & {
      resourceGroups: (Record<string, unknown> & { storageAccounts: Record<string, unknown>[] })[];
    })[];
    roleAssignments: Record<string, unknown>[];
  };
  [key: string]: unknown;
}

/** A fresh, editable copy of worlds/demo.json as plain JSON. */
export function demoJson(): WorldJson {
  return JSON.parse(readFileSync(DEMO_WORLD_PATH, 'utf8')) as WorldJson;
}
