import { EMPTY_GUID, type Workspace, type WorkspaceAccessRight } from '../../../src/core/model';
import type { PowerBiPort } from '../../../src/core/ports';
import { UpstreamError } from '../../../src/core/upstream-error';
import type { FakeCloud } from './fake-cloud';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * The Power BI REST API over the fake world, as user `oid` sees it: workspaces are visible
 * to their members only, and an assignment follows the documented preconditions (workspace
 * admin, enabled account, no dataflows). Power BI documents no error codes for these, so
 * the codes thrown here are stand-ins.
 */
export function fakePowerBiPort(cloud: FakeCloud, oid: string): PowerBiPort {
  const world = cloud.world;

  const rightOf = (workspaceId: string): WorkspaceAccessRight => {
    const users = world.workspaceUsers[workspaceId] ?? [];
    const user = users.find((u) => u.graphId !== null && same(u.graphId, oid));
    return user?.accessRight ?? 'None';
  };

  const visibleWorkspace = (workspaceId: string): Workspace => {
    const found = world.workspaces.find((w) => same(w.id, workspaceId));
    if (!found || rightOf(found.id) === 'None') {
      throw new UpstreamError('powerbi', 404, 'PowerBIEntityNotFound');
    }
    return found;
  };

  const assign = (workspaceId: string, dataflowStorageId: string): void => {
    const workspace = visibleWorkspace(workspaceId);
    if (rightOf(workspace.id) !== 'Admin') {
      throw new UpstreamError('powerbi', 401, 'PowerBINotAuthorizedException');
    }
    if ((world.dataflows[workspace.id] ?? []).length > 0) {
      throw new UpstreamError('powerbi', 400, 'WorkspaceHasDataflows');
    }
    if (dataflowStorageId === EMPTY_GUID) {
      workspace.dataflowStorageId = null;
      return;
    }

    const storage = world.dataflowStorageAccounts.find((s) => same(s.id, dataflowStorageId));
    if (!storage) throw new UpstreamError('powerbi', 404, 'PowerBIEntityNotFound');
    if (!storage.isEnabled) throw new UpstreamError('powerbi', 400, 'DataflowStorageDisabled');

    workspace.dataflowStorageId = storage.id;
    // Power BI sets up its own file system in the account when a workspace is attached.
    const fileSystems = (world.lake[storage.name] ??= {});
    fileSystems['powerbi'] ??= {};
  };

  return {
    getTenantId: (options) =>
      cloud.track(oid, 'powerBi.getTenantId', [], options, () => world.powerBiTenantId),

    listWorkspaces: (options) =>
      cloud.track(oid, 'powerBi.listWorkspaces', [], options, () =>
        world.workspaces.filter((w) => rightOf(w.id) !== 'None'),
      ),

    getWorkspace: (workspaceId, options) =>
      cloud.track(oid, 'powerBi.getWorkspace', [workspaceId], options, () =>
        visibleWorkspace(workspaceId),
      ),

    listWorkspaceUsers: (workspaceId, options) =>
      cloud.track(oid, 'powerBi.listWorkspaceUsers', [workspaceId], options, () => {
        const workspace = visibleWorkspace(workspaceId);
        return world.workspaceUsers[workspace.id] ?? [];
      }),

    listDataflows: (workspaceId, options) =>
      cloud.track(oid, 'powerBi.listDataflows', [workspaceId], options, () => {
        const workspace = visibleWorkspace(workspaceId);
        return world.dataflows[workspace.id] ?? [];
      }),

    listDataflowStorageAccounts: (options) =>
      cloud.track(
        oid,
        'powerBi.listDataflowStorageAccounts',
        [],
        options,
        () => world.dataflowStorageAccounts,
      ),

    listCapacities: (options) =>
      cloud.track(oid, 'powerBi.listCapacities', [], options, () => world.capacities),

    assignToDataflowStorage: (workspaceId, dataflowStorageId, options) => {
      const args = [workspaceId, dataflowStorageId];
      return cloud.track(oid, 'powerBi.assignToDataflowStorage', args, options, () =>
        assign(workspaceId, dataflowStorageId),
      );
    },
  };
}
