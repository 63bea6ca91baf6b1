import { UpstreamError } from './upstream-error';

/**
 * A short, user-safe reason for a failed port call: the status and service code of an
 * UpstreamError, e.g. "403 AuthorizationFailed"; "cancelled" for an aborted call; anything
 * else is "unexpected error", because its message may hold internals that must never reach
 * a chat.
 */
export function failureReason(error: unknown): string {
  if (error instanceof UpstreamError) return error.reason;
  if (isAbort(error)) return 'cancelled';
  return 'unexpected error';
}

// By name, not class: aborts arrive as DOMException, or as the Azure SDK's own AbortError.
function isAbort(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('name' in error)) return false;
  return error.name === 'AbortError';
}
