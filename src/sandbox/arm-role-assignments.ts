import {
  armAuthorizationFailed,
  armNotFound,
  resourceGroupNotFound,
  storageAccountNotFound,
  subscriptionNotFound,
} from './arm-errors';
import { armPage } from './arm-paging';
import { parseArmScope, scopeContains } from './arm-scope';
import { roleAssignmentShape } from './arm-shapes';
import { hasRoleAtOrAbove, placedAssignments } from './role-visibility';
import { jsonReply, type Reply, type RouteContext, type SandboxRequest } from './sandbox-http';
import { armError } from './service-errors';
import { findResourceGroup, findSubscription, resolveScope } from './world-catalog';

interface AssignmentFilter {
  atScope: boolean;
  principalId: string | null;
}

/** Parses `atScope()`, `assignedTo('<oid>')` and `principalId eq '<oid>'` joined by `and`. */
function parseFilter(filter: string | null): AssignmentFilter | null {
  const result: AssignmentFilter = { atScope: false, principalId: null };
  if (filter === null || filter.trim() === '') return result;

  for (const term of filter.trim().split(/\s+and\s+/i)) {
    const principal = /^(?:assignedTo\('([^']*)'\)|principalId\s+eq\s+'([^']*)')$/i.exec(term);
    if (/^atScope\(\)$/i.test(term)) {
      result.atScope = true;
    } else if (principal !== null) {
      result.principalId = (principal[1] ?? principal[2] ?? '').toLowerCase();
    } else {
      return null;
    }
  }
  return result;
}

/** The 404 ARM gives for the first part of a scope the world does not have. */
function scopeNotFound(context: RouteContext, scope: string): Reply {
  const parts = parseArmScope(scope);
  if (parts === null) return armNotFound();

  const subscription = findSubscription(context.world, parts.subscriptionId);
  if (subscription === undefined) return subscriptionNotFound(parts.subscriptionId);
  const group = findResourceGroup(subscription, parts.resourceGroup ?? '');
  if (group === undefined) return resourceGroupNotFound(parts.resourceGroup ?? '');
  return storageAccountNotFound(parts.accountName ?? '', group.name);
}

/**
 * `GET {scope}/providers/Microsoft.Authorization/roleAssignments`: assignments at or above the
 * scope, plus those below it unless the filter says `atScope()`. Anyone holding a role at or
 * above the scope may read them.
 */
export function handleRoleAssignments(
  scopePath: string,
  request: SandboxRequest,
  context: RouteContext,
): Reply {
  const scope = resolveScope(context.world, scopePath);
  // Limitation: only subscription, resource group and storage account scopes are modelled.
  if (scope === null) return scopeNotFound(context, scopePath);

  if (!hasRoleAtOrAbove(context.world, context.oid, scope.id)) {
    const action = 'Microsoft.Authorization/roleAssignments/read';
    return armAuthorizationFailed(context.oid, action, scope.id);
  }

  const filter = parseFilter(request.query.get('$filter'));
  if (filter === null) {
    // Limitation: the real code for an unsupported filter is not documented.
    const message =
      "The sandbox understands $filter terms atScope(), assignedTo('<id>') and principalId eq '<id>', joined by 'and'.";
    return armError(400, 'UnsupportedFilter', message);
  }

  const matching = placedAssignments(context.world)
    .filter(
      (placed) =>
        scopeContains(placed.scope.id, scope.id) ||
        (!filter.atScope && scopeContains(scope.id, placed.scope.id)),
    )
    .filter(
      (placed) =>
        filter.principalId === null || placed.assignment.principalId === filter.principalId,
    )
    .map(roleAssignmentShape);
  return jsonReply(200, armPage(matching, request, context));
}
