import type {
  Capacity,
  Dataflow,
  DataflowStorageAccount,
  RoleAssignment,
  StorageAccount,
  Subscription,
  Workspace,
  WorkspaceUser,
} from '../../../src/core/model';

/** Files of one file system, path → content. */
export type FakeFileSystem = Record<string, string>;

/** Everything the fake cloud knows. Tests edit it directly to set up a situation. */
export interface FakeWorld {
  powerBiTenantId: string;
  subscriptions: Subscription[];
  accounts: StorageAccount[];
  roleAssignments: RoleAssignment[];
  workspaces: Workspace[];
  /** By workspace id. */
  workspaceUsers: Record<string, WorkspaceUser[]>;
  /** By workspace id. */
  dataflows: Record<string, Dataflow[]>;
  dataflowStorageAccounts: DataflowStorageAccount[];
  capacities: Capacity[];
  /** By account name, then file system name. */
  lake: Record<string, Record<string, FakeFileSystem>>;
}
