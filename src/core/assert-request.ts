import type { ConnectRequest, DetachRequest } from './connect-request';
import { CoreError } from './problems/core-error';

/**
 * Throws a CoreError naming the first empty field of a request. The bot validates payloads
 * at its boundary; this only stops a blank id from reaching Power BI or ARM.
 */
export function assertRequest(request: ConnectRequest | DetachRequest): void {
  requireText(request.actor.oid, 'actor.oid');
  requireText(request.workspaceId, 'workspaceId');
  if (!('target' in request) || request.target.kind !== 'account') return;

  const account = request.target.account;
  requireText(account.subscriptionId, 'target.account.subscriptionId');
  requireText(account.resourceGroup, 'target.account.resourceGroup');
  requireText(account.name, 'target.account.name');
}

/** Throws a CoreError INVALID_REQUEST naming `field` when `value` is blank. */
export function requireText(value: string, field: string): void {
  if (value.trim().length === 0) throw new CoreError('INVALID_REQUEST', { field });
}
