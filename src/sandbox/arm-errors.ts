import type { Reply } from './sandbox-http';
import { armError } from './service-errors';

/** ARM's 403 for a caller without the needed action, worded like the real one. */
export function armAuthorizationFailed(oid: string, action: string, scope: string): Reply {
  const message = `The client '${oid}' with object id '${oid}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`;
  return armError(403, 'AuthorizationFailed', message);
}

export function armNotFound(): Reply {
  return armError(404, 'NotFound', 'The sandbox does not model this Azure Resource Manager route.');
}

export function subscriptionNotFound(id: string): Reply {
  return armError(404, 'SubscriptionNotFound', `The subscription '${id}' could not be found.`);
}

export function resourceGroupNotFound(name: string): Reply {
  return armError(404, 'ResourceGroupNotFound', `Resource group '${name}' could not be found.`);
}

export function storageAccountNotFound(name: string, group: string): Reply {
  const message = `The Resource 'Microsoft.Storage/storageAccounts/${name}' under resource group '${group}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`;
  return armError(404, 'ResourceNotFound', message);
}
