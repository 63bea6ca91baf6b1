import { assignToDataflowStorage } from './assign-to-dataflow-storage';
import {
  capacityShape,
  dataflowShape,
  groupShape,
  groupUserShape,
  odataList,
} from './power-bi-shapes';
import {
  jsonReply,
  pathSegments,
  type Reply,
  type RouteContext,
  type SandboxRequest,
} from './sandbox-http';
import { powerBiError } from './service-errors';
import type { World, WorldUser, WorldWorkspace } from './world-schema';

/** Workspaces where the user is an admin or a member, in world order. */
export function workspacesOf(world: World, oid: string): WorldWorkspace[] {
  return world.powerBi.workspaces.filter(
    (workspace) => workspace.admins.includes(oid) || workspace.members.includes(oid),
  );
}

function paramInt(query: URLSearchParams, name: string): number | undefined {
  const value = Number.parseInt(query.get(name) ?? '', 10);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

function listGroups(request: SandboxRequest, context: RouteContext): Reply {
  // Limitation: $filter is ignored; callers filter on their side.
  const skip = paramInt(request.query, '$skip') ?? 0;
  const top = paramInt(request.query, '$top');
  const visible = workspacesOf(context.world, context.oid).map(groupShape);
  const page = visible.slice(skip, top === undefined ? undefined : skip + top);
  return jsonReply(200, odataList(context.baseUrl, 'groups', page));
}

function listGroupUsers(world: World, workspace: WorldWorkspace, context: RouteContext): Reply {
  const userOf = (oid: string) => world.users.find((user) => user.oid === oid);
  const admins = workspace.admins.flatMap((oid) => userOf(oid) ?? []);
  const members = workspace.members
    .filter((oid) => !workspace.admins.includes(oid))
    .flatMap((oid) => userOf(oid) ?? []);
  const value = [
    ...admins.map((user) => groupUserShape(user, 'Admin')),
    ...members.map((user) => groupUserShape(user, 'Member')),
  ];
  return jsonReply(200, odataList(context.baseUrl, 'groups/users', value));
}

function listCapacities(user: WorldUser, context: RouteContext): Reply {
  const regions = workspacesOf(context.world, context.oid).flatMap(
    (workspace) => workspace.capacityRegion ?? [],
  );
  const distinct = [...new Set(regions.map((region) => region.toLowerCase()))];
  const value = distinct.map((region) => capacityShape(region, user));
  return jsonReply(200, odataList(context.baseUrl, 'capacities', value));
}

function routeGroup(rest: string[], request: SandboxRequest, context: RouteContext): Reply {
  const { world, oid } = context;
  const workspace = workspacesOf(world, oid).find((item) => item.id === rest[1]?.toLowerCase());
  if (workspace === undefined) return powerBiError(404, 'PowerBIEntityNotFound');

  const action = rest[2]?.toLowerCase();
  if (rest.length === 2 && request.method === 'GET') return jsonReply(200, groupShape(workspace));
  if (rest.length !== 3) return powerBiError(404, 'NotFound');
  if (action === 'assigntodataflowstorage' && request.method === 'POST') {
    return assignToDataflowStorage(workspace, request, context);
  }
  if (request.method !== 'GET') return powerBiError(405, 'MethodNotAllowed');
  if (action === 'users') return listGroupUsers(world, workspace, context);
  if (action === 'dataflows') {
    const value = workspace.dataflows.map((dataflow) => dataflowShape(world, workspace, dataflow));
    return jsonReply(200, odataList(context.baseUrl, 'dataflows', value));
  }
  return powerBiError(404, 'NotFound');
}

/**
 * The Power BI REST API under `/powerbi/v1.0/myorg`, seen with the caller's workspace rights.
 * Limitation: the admin API (`/admin/...`) is not modelled, so `powerBiAdmin` only shows in
 * capacity rights.
 */
export function handlePowerBi(request: SandboxRequest, context: RouteContext): Reply {
  const segments = pathSegments(request.path);
  if (segments === null) return powerBiError(400, 'InvalidRequest');
  const prefix = segments.slice(0, 2).join('/').toLowerCase();
  if (prefix !== 'v1.0/myorg' || segments.length < 3) return powerBiError(404, 'NotFound');

  const rest = segments.slice(2);
  const resource = rest[0]?.toLowerCase();
  if (resource === 'groups' && rest.length > 1) return routeGroup(rest, request, context);
  if (rest.length !== 1) return powerBiError(404, 'NotFound');
  if (request.method !== 'GET') return powerBiError(405, 'MethodNotAllowed');

  const user = context.world.users.find((item) => item.oid === context.oid);
  if (resource === 'groups') return listGroups(request, context);
  if (resource === 'capacities' && user !== undefined) return listCapacities(user, context);
  if (resource === 'dataflowstorageaccounts') {
    // Limitation: every account Power BI knows is listed; per-user access is not modelled.
    const value = context.world.powerBi.dataflowStorageAccounts.map(({ id, name, isEnabled }) => ({
      id,
      name,
      isEnabled,
    }));
    return jsonReply(200, odataList(context.baseUrl, 'dataflowStorageAccounts', value));
  }
  return powerBiError(404, 'NotFound');
}
