import { CREATION_TICKS, etagOf, LAST_MODIFIED, listUnder, type TreeEntry } from './file-tree';
import { jsonReply, type Reply, type SandboxRequest } from './sandbox-http';
import { storageError, storageUnsupported } from './service-errors';
import type { WorldStorageAccount } from './world-schema';

const DEFAULT_MAX_RESULTS = 5000;
const FILE_SYSTEM_NAME = /^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

type Dialect = 'container' | 'filesystem';

function notFound(request: SandboxRequest, dialect: Dialect): Reply {
  return dialect === 'container'
    ? storageError(request, 404, 'ContainerNotFound', 'The specified container does not exist.')
    : storageError(request, 404, 'FilesystemNotFound', 'The specified filesystem does not exist.');
}

function properties(account: WorldStorageAccount, name: string, status: number): Reply {
  return {
    status,
    headers: {
      etag: etagOf(`filesystem|${account.name}|${name}`),
      'last-modified': LAST_MODIFIED,
      'x-ms-lease-status': 'unlocked',
      'x-ms-lease-state': 'available',
      'x-ms-has-immutability-policy': 'false',
      'x-ms-has-legal-hold': 'false',
      'x-ms-namespace-enabled': String(account.isHnsEnabled === true),
    },
  };
}

const ALREADY_EXISTS: Readonly<Record<Dialect, readonly [string, string]>> = {
  container: ['ContainerAlreadyExists', 'The specified container already exists.'],
  filesystem: ['FilesystemAlreadyExists', 'The specified filesystem already exists.'],
};

function create(
  account: WorldStorageAccount,
  name: string,
  request: SandboxRequest,
  dialect: Dialect,
): Reply {
  if (!FILE_SYSTEM_NAME.test(name)) {
    const message = 'The specified resource name contains invalid characters.';
    return storageError(request, 400, 'InvalidResourceName', message);
  }
  if (Object.hasOwn(account.fileSystems, name)) {
    return storageError(request, 409, ...ALREADY_EXISTS[dialect]);
  }
  account.fileSystems[name] = {};
  return properties(account, name, 201);
}

/** A List Paths entry as the service sends it: all values strings, isDirectory only on folders. */
function pathShape(entry: TreeEntry) {
  return {
    name: entry.name,
    ...(entry.isDirectory ? { isDirectory: 'true' } : {}),
    contentLength: String(entry.bytes.length),
    lastModified: LAST_MODIFIED,
    etag: etagOf(entry.isDirectory ? `directory|${entry.name}` : entry.bytes),
    owner: '$superuser',
    group: '$superuser',
    permissions: entry.isDirectory ? 'rwxr-x---' : 'rw-r-----',
    creationTime: CREATION_TICKS,
    expiryTime: '0',
  };
}

function readContinuation(token: string | null): number | null {
  if (token === null || token === '') return 0;
  const offset = Number.parseInt(Buffer.from(token, 'base64url').toString('utf8'), 10);
  return Number.isInteger(offset) && offset >= 0 ? offset : null;
}

function listPaths(account: WorldStorageAccount, name: string, request: SandboxRequest): Reply {
  const content = account.fileSystems[name] ?? {};
  const directory = request.query.get('directory') ?? '';
  const entries = listUnder(content, directory, request.query.get('recursive') === 'true');
  if (entries === null) {
    return storageError(request, 404, 'PathNotFound', 'The specified path does not exist.');
  }

  const start = readContinuation(request.query.get('continuation'));
  const maxResults = Number.parseInt(request.query.get('maxResults') ?? '', 10);
  const pageSize = maxResults > 0 ? Math.min(maxResults, DEFAULT_MAX_RESULTS) : DEFAULT_MAX_RESULTS;
  if (start === null) {
    const message =
      'The value for one of the query parameters specified in the request URI is invalid.';
    return storageError(request, 400, 'InvalidQueryParameterValue', message);
  }

  const end = start + pageSize;
  const paths = entries.slice(start, end).map(pathShape);
  const more = end < entries.length;
  const continuation = Buffer.from(String(end)).toString('base64url');
  const headers = more ? { 'x-ms-continuation': continuation } : undefined;
  return jsonReply(200, { paths }, headers);
}

function dialectOf(query: URLSearchParams): Dialect | null {
  if (query.get('restype') === 'container') return 'container';
  if (query.get('resource') === 'filesystem') return 'filesystem';
  return null;
}

/**
 * Calls on a whole file system, in both dialects: Blob (`?restype=container`: get properties,
 * create) and DFS (`?resource=filesystem`: get properties, create, list paths).
 */
export function handleFileSystem(
  account: WorldStorageAccount,
  name: string,
  request: SandboxRequest,
): Reply {
  const { query, method } = request;
  const dialect = dialectOf(query);
  if (dialect === null || query.has('comp') || query.has('action')) {
    return storageUnsupported(request);
  }

  if (method === 'PUT') return create(account, name, request, dialect);
  if (method !== 'GET' && method !== 'HEAD') {
    const message = "The resource doesn't support specified Http Verb.";
    return storageError(request, 405, 'UnsupportedHttpVerb', message);
  }
  if (!Object.hasOwn(account.fileSystems, name)) return notFound(request, dialect);
  if (method === 'GET' && dialect === 'filesystem') return listPaths(account, name, request);
  return properties(account, name, 200);
}
