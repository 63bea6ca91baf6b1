import { roleDefinitionId } from './built-in-roles';
import type { AzureRegion } from './regions';
import type { PlacedAssignment } from './role-visibility';
import { stableGuid } from './stable-guid';
import { resourceGroupId, subscriptionId, type AccountEntry } from './world-catalog';
import type { WorldResourceGroup, WorldSubscription } from './world-schema';

/*
 * JSON bodies as ARM sends them (specs: subscriptions 2022-12-01, resources 2024-03-01,
 * storage 2023-05-01, authorization 2022-04-01). Fields the world does not describe take the
 * values a fresh real resource shows.
 */

// A fixed instant keeps answers identical across runs.
const CREATED_AT = '2024-01-15T08:00:00.0000000Z';

export function subscriptionShape(subscription: WorldSubscription) {
  return {
    id: subscriptionId(subscription),
    authorizationSource: 'RoleBased',
    managedByTenants: [],
    subscriptionId: subscription.subscriptionId,
    tenantId: subscription.tenantId,
    displayName: subscription.displayName,
    state: subscription.state,
    subscriptionPolicies: {
      locationPlacementId: 'Public_2014-09-01',
      quotaId: 'PayAsYouGo_2014-09-01',
      spendingLimit: 'Off',
    },
  };
}

export function resourceGroupShape(subscription: WorldSubscription, group: WorldResourceGroup) {
  return {
    id: resourceGroupId(subscription, group),
    name: group.name,
    type: 'Microsoft.Resources/resourceGroups',
    location: group.location,
    properties: { provisioningState: 'Succeeded' },
  };
}

function endpoints(name: string) {
  return {
    dfs: `https://${name}.dfs.core.windows.net/`,
    web: `https://${name}.z6.web.core.windows.net/`,
    blob: `https://${name}.blob.core.windows.net/`,
    queue: `https://${name}.queue.core.windows.net/`,
    table: `https://${name}.table.core.windows.net/`,
    file: `https://${name}.file.core.windows.net/`,
  };
}

export function storageAccountShape(entry: AccountEntry) {
  const { account } = entry;
  const optional = {
    ...(account.isHnsEnabled === undefined ? {} : { isHnsEnabled: account.isHnsEnabled }),
    ...(account.minimumTlsVersion === undefined
      ? {}
      : { minimumTlsVersion: account.minimumTlsVersion }),
    ...(account.publicNetworkAccess === undefined
      ? {}
      : { publicNetworkAccess: account.publicNetworkAccess }),
    ...(account.networkAcls === undefined
      ? {}
      : {
          networkAcls: {
            bypass: account.networkAcls.bypass,
            virtualNetworkRules: account.networkAcls.virtualNetworkRules,
            ipRules: account.networkAcls.ipRules,
            defaultAction: account.networkAcls.defaultAction,
          },
        }),
  };
  return {
    id: entry.id,
    name: account.name,
    type: 'Microsoft.Storage/storageAccounts',
    location: account.location,
    tags: {},
    kind: account.kind,
    sku: { name: account.sku, tier: account.sku.startsWith('Premium') ? 'Premium' : 'Standard' },
    properties: {
      provisioningState: 'Succeeded',
      creationTime: CREATED_AT,
      primaryEndpoints: endpoints(account.name),
      primaryLocation: account.location,
      statusOfPrimary: 'available',
      supportsHttpsTrafficOnly: true,
      accessTier: 'Hot',
      ...optional,
    },
  };
}

export function roleAssignmentShape(placed: PlacedAssignment) {
  const { assignment, scope } = placed;
  const name = stableGuid(`${assignment.principalId}|${assignment.role}|${scope.id.toLowerCase()}`);
  return {
    id: `${scope.id}/providers/Microsoft.Authorization/roleAssignments/${name}`,
    name,
    type: 'Microsoft.Authorization/roleAssignments',
    properties: {
      roleDefinitionId: roleDefinitionId(scope.subscription.subscriptionId, assignment.role),
      principalId: assignment.principalId,
      principalType: assignment.principalType,
      scope: scope.id,
      createdOn: CREATED_AT.replace('.0000000Z', 'Z'),
      updatedOn: CREATED_AT.replace('.0000000Z', 'Z'),
    },
  };
}

export function locationShape(subscription: WorldSubscription, region: AzureRegion) {
  return {
    id: `${subscriptionId(subscription)}/locations/${region.name}`,
    name: region.name,
    type: 'Region',
    displayName: region.displayName,
    regionalDisplayName: `(${region.geographyGroup}) ${region.displayName}`,
    metadata: {
      regionType: 'Physical',
      regionCategory: 'Recommended',
      geographyGroup: region.geographyGroup,
    },
  };
}
