import { randomUUID } from 'node:crypto';
import { handleFileSystem } from './dfs-file-system';
import { readPath } from './dfs-read-path';
import { dataAccessAt } from './role-visibility';
import { pathSegments, type Reply, type RouteContext, type SandboxRequest } from './sandbox-http';
import { storageError, storageUnsupported } from './service-errors';
import { findAccount, type AccountEntry } from './world-catalog';

function isBehindFirewall(entry: AccountEntry): boolean {
  const { account } = entry;
  return (
    account.networkAcls?.defaultAction === 'Deny' ||
    account.publicNetworkAccess === 'Disabled' ||
    account.publicNetworkAccess === 'SecuredByPerimeter'
  );
}

function isWrite(request: SandboxRequest): boolean {
  return request.method !== 'GET' && request.method !== 'HEAD';
}

/**
 * Firewall first, then the caller's Storage Blob Data role, as the real service checks.
 * Limitation: POSIX ACLs are not modelled, so only RBAC data roles grant access, and an account
 * without hierarchical namespace answers the DFS calls like one with it.
 */
function refuseAccess(entry: AccountEntry, request: SandboxRequest, context: RouteContext) {
  if (isBehindFirewall(entry)) {
    const message = 'This request is not authorized to perform this operation.';
    return storageError(request, 403, 'AuthorizationFailure', message);
  }

  const access = dataAccessAt(context.world, context.oid, entry.id);
  if (access === 'none' || (access === 'read' && isWrite(request))) {
    const message =
      'This request is not authorized to perform this operation using this permission.';
    return storageError(request, 403, 'AuthorizationPermissionMismatch', message);
  }
  return null;
}

function withStorageHeaders(reply: Reply, request: SandboxRequest): Reply {
  const version = request.headers['x-ms-version'];
  const clientRequestId = request.headers['x-ms-client-request-id'];
  return {
    ...reply,
    headers: {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': typeof version === 'string' ? version : '2023-05-03',
      ...(typeof clientRequestId === 'string' ? { 'x-ms-client-request-id': clientRequestId } : {}),
      ...reply.headers,
    },
  };
}

function route(request: SandboxRequest, context: RouteContext): Reply {
  const segments = pathSegments(request.path);
  if (segments === null) {
    return storageError(request, 400, 'InvalidUri', 'The request URI is invalid.');
  }

  const [accountName, fileSystem, ...path] = segments;
  const entry = accountName === undefined ? undefined : findAccount(context.world, accountName);
  // Limitation: a real unknown account fails at DNS; path-style routing can only answer 404.
  if (entry === undefined) {
    return storageError(request, 404, 'ResourceNotFound', 'The specified resource does not exist.');
  }

  const refusal = refuseAccess(entry, request, context);
  if (refusal !== null) return refusal;
  if (fileSystem === undefined) return storageUnsupported(request);
  if (path.length === 0) return handleFileSystem(entry.account, fileSystem, request);
  return readPath(entry.account, fileSystem, path.join('/'), request);
}

/**
 * The Data Lake endpoint, path-style: `/{account}/{filesystem}/{path}`. Answers the Blob calls
 * and the DFS calls the storage SDK mixes on one host.
 */
export function handleDfs(request: SandboxRequest, context: RouteContext): Reply {
  return withStorageHeaders(route(request, context), request);
}
