import {
  armAuthorizationFailed,
  resourceGroupNotFound,
  storageAccountNotFound,
} from './arm-errors';
import { armPage } from './arm-paging';
import { storageAccountShape } from './arm-shapes';
import { canSeeAccount, hasRoleAround } from './role-visibility';
import { jsonReply, type Reply, type RouteContext, type SandboxRequest } from './sandbox-http';
import {
  findResourceGroup,
  listAccounts,
  resourceGroupId,
  type AccountEntry,
} from './world-catalog';
import type { WorldSubscription } from './world-schema';

const READ_ACTION = 'Microsoft.Storage/storageAccounts/read';
const PROVIDER = 'providers/microsoft.storage/storageaccounts';

function visibleAccounts(entries: AccountEntry[], context: RouteContext) {
  return entries
    .filter((entry) => canSeeAccount(context.world, context.oid, entry.id))
    .map(storageAccountShape);
}

/**
 * Storage account routes inside a subscription: list by subscription, list by resource group,
 * get properties. Returns `null` when the path is none of these.
 */
export function handleStorageAccounts(
  subscription: WorldSubscription,
  segments: string[],
  request: SandboxRequest,
  context: RouteContext,
): Reply | null {
  const lower = segments.map((segment) => segment.toLowerCase());
  const inSubscription = listAccounts(context.world).filter(
    (entry) => entry.subscription === subscription,
  );

  if (segments.length === 5 && lower.slice(2).join('/') === PROVIDER) {
    return jsonReply(200, armPage(visibleAccounts(inSubscription, context), request, context));
  }
  if (lower[2] !== 'resourcegroups' || lower.slice(4, 7).join('/') !== PROVIDER) return null;

  const group = findResourceGroup(subscription, segments[3] ?? '');
  if (group === undefined) return resourceGroupNotFound(segments[3] ?? '');
  const inGroup = inSubscription.filter((entry) => entry.resourceGroup === group);

  if (segments.length === 7) {
    const groupScope = resourceGroupId(subscription, group);
    if (!hasRoleAround(context.world, context.oid, groupScope)) {
      return armAuthorizationFailed(context.oid, READ_ACTION, groupScope);
    }
    return jsonReply(200, armPage(visibleAccounts(inGroup, context), request, context));
  }
  if (segments.length !== 8) return null;

  const name = segments[7] ?? '';
  const entry = inGroup.find((item) => item.account.name === name.toLowerCase());
  if (entry === undefined) return storageAccountNotFound(name, group.name);
  if (!canSeeAccount(context.world, context.oid, entry.id)) {
    return armAuthorizationFailed(context.oid, READ_ACTION, entry.id);
  }
  return jsonReply(200, storageAccountShape(entry));
}
