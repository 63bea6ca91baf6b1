/**
 * The domain words of the product, independent of any SDK or of the bot.
 * Adapters in `src/azure` translate SDK and REST shapes into these.
 */

export interface Subscription {
  subscriptionId: string;
  displayName: string;
  tenantId: string;
  state: string;
}

export interface ResourceGroup {
  name: string;
  location: string;
}

/** Identifies a storage account the way ARM addresses it. */
export interface StorageAccountRef {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
}

export interface StorageAccount extends StorageAccountRef {
  /** Full ARM resource id, `/subscriptions/…/storageAccounts/<name>`. */
  id: string;
  location: string;
  kind: string;
  /** `null` when ARM did not send the property (treated as "off"). */
  isHnsEnabled: boolean | null;
  /** `TLS1_0` … `TLS1_3`; `null` when absent, which Azure treats as TLS 1.0. */
  minimumTlsVersion: string | null;
  /** `Enabled`, `Disabled`, `SecuredByPerimeter`; `null` when absent (Azure's default: Enabled). */
  publicNetworkAccess: string | null;
  /** `networkAcls.defaultAction`: `Allow` or `Deny`; `null` when absent (Allow). */
  networkDefaultAction: string | null;
}

export interface RoleAssignment {
  id: string;
  /** The scope the assignment is made at (not the scope it was listed for). */
  scope: string;
  /** Full role definition id; its last segment is the built-in role GUID. */
  roleDefinitionId: string;
  principalId: string;
}

/** A Power BI workspace ("group" in the REST API). */
export interface Workspace {
  id: string;
  name: string;
  isOnDedicatedCapacity: boolean;
  capacityId: string | null;
  /** Power BI dataflow storage account id, `null` when none is assigned. */
  dataflowStorageId: string | null;
}

export type WorkspaceAccessRight = 'Admin' | 'Member' | 'Contributor' | 'Viewer' | 'None';

export interface WorkspaceUser {
  /** Entra object id of the user, when Power BI reports it. */
  graphId: string | null;
  identifier: string;
  accessRight: WorkspaceAccessRight;
}

export interface Dataflow {
  objectId: string;
  name: string;
  modelUrl: string | null;
}

/** An account Power BI knows, from GET /dataflowStorageAccounts. */
export interface DataflowStorageAccount {
  id: string;
  name: string;
  isEnabled: boolean;
}

export interface Capacity {
  id: string;
  displayName: string;
  /** Display name as Power BI sends it, e.g. "West Europe". */
  region: string;
}

/**
 * Facts about the Power BI tenant that no public API returns; they come from configuration
 * (in sandbox mode, from the world file).
 */
export interface TenantProfile {
  /** ARM location name of the Power BI home region, e.g. `westeurope`. */
  homeRegion: string;
  /** Admin switch "allow workspace admins to connect their own storage"; `null`: not configured. */
  workspaceStorageAllowed: boolean | null;
  /** Name of the tenant-level storage account, `null` when the tenant has none. */
  tenantStorageAccountName: string | null;
}

/** Who is asking. Only the object id is ever used for decisions; the name is for cards. */
export interface Actor {
  oid: string;
  displayName: string;
}

/** The empty GUID detaches a workspace (AssignToDataflowStorage). */
export const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';
