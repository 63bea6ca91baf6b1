import type {
  Capacity,
  Dataflow,
  DataflowStorageAccount,
  Workspace,
  WorkspaceUser,
} from '../core/model';
import type { CallOptions, PowerBiPort } from '../core/ports';
import { UpstreamError } from '../core/upstream-error';
import { POWER_BI_SCOPE, type PowerBiHttp } from './power-bi-http';
import {
  capacitySchema,
  dataflowSchema,
  dataflowStorageAccountSchema,
  groupSchema,
  groupUserSchema,
} from './power-bi-schemas';
import { tenantIdFromToken } from './token-tenant-id';
import { withUpstreamErrors } from './to-upstream-error';

/** The Power BI REST API as one user sees it. */
export class PowerBiAdapter implements PowerBiPort {
  constructor(private readonly http: () => PowerBiHttp) {}

  getTenantId(options: CallOptions = {}): Promise<string> {
    return guarded(async () => {
      const abortSignal = options.abortSignal;
      const token = await this.http().credential.getToken(POWER_BI_SCOPE, { abortSignal });
      if (!token) throw new UpstreamError('powerbi', 0, 'NoToken');

      const tenantId = tenantIdFromToken(token.token);
      if (!tenantId) throw new UpstreamError('powerbi', 0, 'MalformedToken');
      return tenantId;
    });
  }

  listWorkspaces(options: CallOptions = {}): Promise<Workspace[]> {
    return guarded(() => this.http().getCollection('groups', groupSchema, options));
  }

  getWorkspace(workspaceId: string, options: CallOptions = {}): Promise<Workspace> {
    return guarded(() => this.http().getJson(group(workspaceId), groupSchema, options));
  }

  listWorkspaceUsers(workspaceId: string, options: CallOptions = {}): Promise<WorkspaceUser[]> {
    const path = `${group(workspaceId)}/users`;
    return guarded(() => this.http().getCollection(path, groupUserSchema, options));
  }

  listDataflows(workspaceId: string, options: CallOptions = {}): Promise<Dataflow[]> {
    const path = `${group(workspaceId)}/dataflows`;
    return guarded(() => this.http().getCollection(path, dataflowSchema, options));
  }

  listDataflowStorageAccounts(options: CallOptions = {}): Promise<DataflowStorageAccount[]> {
    const path = 'dataflowStorageAccounts';
    return guarded(() => this.http().getCollection(path, dataflowStorageAccountSchema, options));
  }

  listCapacities(options: CallOptions = {}): Promise<Capacity[]> {
    return guarded(() => this.http().getCollection('capacities', capacitySchema, options));
  }

  assignToDataflowStorage(
    workspaceId: string,
    dataflowStorageId: string,
    options: CallOptions = {},
  ): Promise<void> {
    const path = `${group(workspaceId)}/AssignToDataflowStorage`;
    return guarded(() => this.http().post(path, { dataflowStorageId }, options));
  }
}

function group(workspaceId: string): string {
  return `groups/${encodeURIComponent(workspaceId)}`;
}

function guarded<T>(call: () => Promise<T>): Promise<T> {
  return withUpstreamErrors('powerbi', call);
}
