import { regionDisplayName } from './regions';
import { stableGuid } from './stable-guid';
import type { World, WorldDataflow, WorldUser, WorldWorkspace } from './world-schema';

/*
 * JSON bodies as the Power BI REST API sends them (definitions Group, GroupUser, Dataflow,
 * DataflowStorageAccount and Capacity of the Power BI swagger).
 */

/** The id of the synthetic dedicated capacity of a region, the same across starts. */
export function capacityIdOf(region: string): string {
  return stableGuid(`capacity|${region.toLowerCase()}`);
}

/** A list answer: `{ "@odata.context", value }`. */
export function odataList(baseUrl: string, entitySet: string, value: unknown[]) {
  return { '@odata.context': `${baseUrl}/powerbi/v1.0/myorg/$metadata#${entitySet}`, value };
}

export function groupShape(workspace: WorldWorkspace) {
  const region = workspace.capacityRegion;
  return {
    id: workspace.id,
    name: workspace.name,
    isReadOnly: false,
    isOnDedicatedCapacity: region !== null,
    ...(region === null ? {} : { capacityId: capacityIdOf(region) }),
    ...(workspace.dataflowStorageId === null
      ? {}
      : { dataflowStorageId: workspace.dataflowStorageId }),
  };
}

export function groupUserShape(user: WorldUser, accessRight: 'Admin' | 'Member') {
  return {
    identifier: user.upn,
    graphId: user.oid,
    principalType: 'User',
    groupUserAccessRight: accessRight,
    displayName: user.name,
    emailAddress: user.upn,
  };
}

function modelUrlOf(world: World, workspace: WorldWorkspace, dataflow: WorldDataflow) {
  const storage = world.powerBi.dataflowStorageAccounts.find(
    (account) => account.id === workspace.dataflowStorageId,
  );
  if (storage === undefined || dataflow.modelPath === undefined) return undefined;

  const path = dataflow.modelPath
    .split('/')
    .filter((segment) => segment !== '')
    .map(encodeURIComponent)
    .join('/');
  return `https://${storage.name}.dfs.core.windows.net/powerbi/${path}`;
}

export function dataflowShape(world: World, workspace: WorldWorkspace, dataflow: WorldDataflow) {
  const modelUrl = modelUrlOf(world, workspace, dataflow);
  return {
    objectId: dataflow.objectId,
    name: dataflow.name,
    ...(dataflow.description === undefined ? {} : { description: dataflow.description }),
    ...(modelUrl === undefined ? {} : { modelUrl }),
    ...(dataflow.configuredBy === undefined ? {} : { configuredBy: dataflow.configuredBy }),
  };
}

export function capacityShape(region: string, user: WorldUser) {
  const displayName = regionDisplayName(region);
  return {
    id: capacityIdOf(region),
    displayName: `Sandbox capacity (${displayName})`,
    admins: user.powerBiAdmin ? [user.upn] : [],
    sku: 'P1',
    state: 'Active',
    capacityUserAccessRight: user.powerBiAdmin ? 'Admin' : 'Assign',
    region: displayName,
  };
}
