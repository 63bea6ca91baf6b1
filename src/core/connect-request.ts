import type { Actor, StorageAccountRef } from './model';

/** Where a workspace's dataflow storage should point. */
export type ConnectTarget =
  | { kind: 'account'; account: StorageAccountRef }
  /** The tenant-level account Power BI already knows (TenantProfile.tenantStorageAccountName). */
  | { kind: 'tenant-default' };

/** One user's wish to attach a workspace to dataflow storage. */
export interface ConnectRequest {
  actor: Actor;
  workspaceId: string;
  target: ConnectTarget;
}

/** One user's wish to detach a workspace from its dataflow storage. */
export interface DetachRequest {
  actor: Actor;
  workspaceId: string;
}
