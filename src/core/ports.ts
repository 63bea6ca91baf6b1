import type {
  Capacity,
  Dataflow,
  DataflowStorageAccount,
  ResourceGroup,
  RoleAssignment,
  StorageAccount,
  StorageAccountRef,
  Subscription,
  Workspace,
  WorkspaceUser,
} from './model';

/** Options bag every I/O call takes last. */
export interface CallOptions {
  abortSignal?: AbortSignal;
}

/** What the core needs from Azure Resource Manager, seen with one user's access. */
export interface AzurePort {
  listSubscriptions(options?: CallOptions): Promise<Subscription[]>;
  getSubscription(subscriptionId: string, options?: CallOptions): Promise<Subscription>;
  listResourceGroups(subscriptionId: string, options?: CallOptions): Promise<ResourceGroup[]>;
  listStorageAccounts(
    subscriptionId: string,
    resourceGroup: string,
    options?: CallOptions,
  ): Promise<StorageAccount[]>;
  getStorageAccount(ref: StorageAccountRef, options?: CallOptions): Promise<StorageAccount>;
  /**
   * Role assignments that apply to `principalId` at `scope` (made at the scope or above it),
   * i.e. `$filter=atScope() and assignedTo('<principalId>')`.
   */
  listRoleAssignments(
    scope: string,
    principalId: string,
    options?: CallOptions,
  ): Promise<RoleAssignment[]>;
}

/** What the core needs from the Power BI REST API, seen with one user's access. */
export interface PowerBiPort {
  /** Entra tenant id of the Power BI tenant (the `tid` claim of the user's Power BI token). */
  getTenantId(options?: CallOptions): Promise<string>;
  listWorkspaces(options?: CallOptions): Promise<Workspace[]>;
  getWorkspace(workspaceId: string, options?: CallOptions): Promise<Workspace>;
  listWorkspaceUsers(workspaceId: string, options?: CallOptions): Promise<WorkspaceUser[]>;
  listDataflows(workspaceId: string, options?: CallOptions): Promise<Dataflow[]>;
  listDataflowStorageAccounts(options?: CallOptions): Promise<DataflowStorageAccount[]>;
  listCapacities(options?: CallOptions): Promise<Capacity[]>;
  /** POST AssignToDataflowStorage; the empty GUID detaches. */
  assignToDataflowStorage(
    workspaceId: string,
    dataflowStorageId: string,
    options?: CallOptions,
  ): Promise<void>;
}

/** What the core needs from the Data Lake (DFS) endpoint of one account. */
export interface LakePort {
  fileSystemExists(
    accountName: string,
    fileSystem: string,
    options?: CallOptions,
  ): Promise<boolean>;
  /** Paths (files only) under `directory` in `fileSystem`, recursively. */
  listFiles(
    accountName: string,
    fileSystem: string,
    directory: string,
    options?: CallOptions,
  ): Promise<string[]>;
  readFile(
    accountName: string,
    fileSystem: string,
    path: string,
    options?: CallOptions,
  ): Promise<Buffer>;
}

/** The three ports, bound to one user's identity. */
export interface CloudPorts {
  azure: AzurePort;
  powerBi: PowerBiPort;
  lake: LakePort;
}

/** Builds the ports for the user with this Entra object id. */
export type CloudPortsFactory = (oid: string) => CloudPorts;
