import {
  armAuthorizationFailed,
  armNotFound,
  resourceGroupNotFound,
  subscriptionNotFound,
} from './arm-errors';
import { armPage } from './arm-paging';
import { handleRoleAssignments } from './arm-role-assignments';
import { normalizeArmPath } from './arm-scope';
import { locationShape, resourceGroupShape, subscriptionShape } from './arm-shapes';
import { handleStorageAccounts } from './arm-storage-accounts';
import { knownRegions } from './regions';
import { canSeeResourceGroup, canSeeSubscription } from './role-visibility';
import {
  jsonReply,
  pathSegments,
  type Reply,
  type RouteContext,
  type SandboxRequest,
} from './sandbox-http';
import { armError } from './service-errors';
import {
  findResourceGroup,
  findSubscription,
  resourceGroupId,
  subscriptionId,
} from './world-catalog';
import type { WorldSubscription } from './world-schema';

const ROLE_ASSIGNMENTS_SUFFIX = ['providers', 'microsoft.authorization', 'roleassignments'];

/**
 * Azure Resource Manager under `/arm`: subscriptions, locations, resource groups, storage
 * accounts and role assignments, read-only, seen with the caller's role assignments.
 */
export function handleArm(request: SandboxRequest, context: RouteContext): Reply {
  if (!request.query.has('api-version')) {
    const message = 'The api-version query parameter (?api-version=) is required for all requests.';
    return armError(400, 'MissingApiVersionParameter', message);
  }
  const segments = pathSegments(normalizeArmPath(request.path));
  if (segments === null) return armError(400, 'InvalidRequestUri', 'The request URI is malformed.');
  if (request.method !== 'GET') {
    return armError(405, 'MethodNotAllowed', 'The sandbox answers only GET on ARM routes.');
  }

  const lower = segments.map((segment) => segment.toLowerCase());
  if (lower.slice(-3).join('/') === ROLE_ASSIGNMENTS_SUFFIX.join('/')) {
    return handleRoleAssignments(`/${segments.slice(0, -3).join('/')}`, request, context);
  }
  if (lower[0] !== 'subscriptions') return armNotFound();
  if (segments.length === 1) return listSubscriptions(request, context);

  const subscription = findSubscription(context.world, segments[1] ?? '');
  if (subscription === undefined) return subscriptionNotFound(segments[1] ?? '');
  return routeInSubscription(subscription, segments, request, context);
}

function routeInSubscription(
  subscription: WorldSubscription,
  segments: string[],
  request: SandboxRequest,
  context: RouteContext,
): Reply {
  const lower = segments.map((segment) => segment.toLowerCase());
  const scope = subscriptionId(subscription);
  if (!canSeeSubscription(context.world, context.oid, scope)) {
    return armAuthorizationFailed(context.oid, 'Microsoft.Resources/subscriptions/read', scope);
  }
  if (segments.length === 2) return jsonReply(200, subscriptionShape(subscription));
  if (segments.length === 3 && lower[2] === 'locations') {
    const value = knownRegions().map((region) => locationShape(subscription, region));
    return jsonReply(200, { value });
  }
  if (segments.length === 3 && lower[2] === 'resourcegroups') {
    const visible = subscription.resourceGroups
      .filter((group) =>
        canSeeResourceGroup(context.world, context.oid, resourceGroupId(subscription, group)),
      )
      .map((group) => resourceGroupShape(subscription, group));
    return jsonReply(200, armPage(visible, request, context));
  }
  if (lower[2] === 'resourcegroups' && segments.length === 4) {
    const group = findResourceGroup(subscription, segments[3] ?? '');
    if (group === undefined) return resourceGroupNotFound(segments[3] ?? '');
    const groupScope = resourceGroupId(subscription, group);
    if (!canSeeResourceGroup(context.world, context.oid, groupScope)) {
      const action = 'Microsoft.Resources/subscriptions/resourceGroups/read';
      return armAuthorizationFailed(context.oid, action, groupScope);
    }
    return jsonReply(200, resourceGroupShape(subscription, group));
  }
  return handleStorageAccounts(subscription, segments, request, context) ?? armNotFound();
}

function listSubscriptions(request: SandboxRequest, context: RouteContext): Reply {
  const visible = context.world.azure.subscriptions
    .filter((subscription) =>
      canSeeSubscription(context.world, context.oid, subscriptionId(subscription)),
    )
    .map(subscriptionShape);
  return jsonReply(200, armPage(visible, request, context));
}
