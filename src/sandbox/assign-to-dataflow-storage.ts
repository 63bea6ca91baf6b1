import { EMPTY_GUID } from '../core/model';
import { parseJsonBody, type Reply, type RouteContext, type SandboxRequest } from './sandbox-http';
import { powerBiError } from './service-errors';
import { findAccount } from './world-catalog';
import type { World, WorldWorkspace } from './world-schema';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The dataflowStorageId of the body, or `null` when the body is not the documented shape. */
function requestedStorageId(body: Buffer): string | null {
  const parsed = parseJsonBody(body);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return null;

  const id: unknown = (parsed.value as Record<string, unknown>).dataflowStorageId;
  return typeof id === 'string' && GUID.test(id) ? id.toLowerCase() : null;
}

/** Power BI creates the `powerbi` file system when it attaches a workspace to an account. */
function ensurePowerBiFileSystem(world: World, accountName: string): void {
  // Limitation: an account Power BI knows but the world's Azure lacks gets no file system.
  const entry = findAccount(world, accountName);
  if (entry !== undefined && entry.account.fileSystems.powerbi === undefined) {
    entry.account.fileSystems.powerbi = {};
  }
}

/**
 * `POST groups/{id}/AssignToDataflowStorage`. The caller is already known to be an admin or a
 * member of the workspace. Success answers 200 with an empty body and changes the world.
 */
export function assignToDataflowStorage(
  workspace: WorldWorkspace,
  request: SandboxRequest,
  context: RouteContext,
): Reply {
  const storageId = requestedStorageId(request.body);
  // Limitation: real code undocumented (Power BI's model validation failure).
  if (storageId === null) return powerBiError(400, 'InvalidRequest');
  // Limitation: real code undocumented; the docs only say the caller must be a workspace admin.
  if (!workspace.admins.includes(context.oid)) return powerBiError(401, 'Unauthorized');

  const powerBi = context.world.powerBi;
  if (storageId === EMPTY_GUID) {
    // Limitation: real code undocumented (detach while the workspace holds dataflows).
    if (workspace.dataflows.length > 0) return powerBiError(400, 'WorkspaceHasDataflows');
    workspace.dataflowStorageId = null;
    return { status: 200 };
  }

  const account = powerBi.dataflowStorageAccounts.find((item) => item.id === storageId);
  // Limitation: real code undocumented (an id Power BI does not know).
  if (account === undefined) return powerBiError(400, 'DataflowStorageAccountNotFound');
  // Limitation: real code undocumented (an account admins may not assign workspaces to).
  if (!account.isEnabled) return powerBiError(400, 'DataflowStorageAccountNotEnabled');

  const tenantAccount = powerBi.tenantStorageAccount?.toLowerCase();
  const isTenantAccount = tenantAccount === account.name.toLowerCase();
  if (!powerBi.workspaceStorageAllowed && !isTenantAccount) {
    // Limitation: real code undocumented (workspace-level storage switched off by the admin).
    return powerBiError(403, 'WorkspaceLevelStorageNotAllowed');
  }
  // Limitation: real code undocumented (attach while the workspace holds dataflows).
  if (workspace.dataflows.length > 0) return powerBiError(400, 'WorkspaceHasDataflows');

  workspace.dataflowStorageId = account.id;
  ensurePowerBiFileSystem(context.world, account.name);
  return { status: 200 };
}
