import { entryAt, etagOf, LAST_MODIFIED } from './file-tree';
import type { Reply, SandboxRequest } from './sandbox-http';
import { storageError, storageUnsupported } from './service-errors';
import type { WorldStorageAccount } from './world-schema';

interface ByteRange {
  start: number;
  end: number;
}

/** `bytes=a-b` or `bytes=a-` from `x-ms-range` (preferred, as the SDK sends it) or `range`. */
function requestedRange(request: SandboxRequest, size: number): ByteRange | 'none' | 'invalid' {
  const header = request.headers['x-ms-range'] ?? request.headers.range;
  if (typeof header !== 'string') return 'none';

  const match = /^bytes=(\d+)-(\d*)$/.exec(header.trim());
  if (match === null) return 'none';
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  return start >= size || end < start ? 'invalid' : { start, end };
}

/**
 * HEAD (get properties) and GET (download, with byte ranges) of one path, in the Blob dialect
 * the storage SDK uses for `exists()`, `read()` and `readToBuffer()`.
 */
export function readPath(
  account: WorldStorageAccount,
  fileSystem: string,
  path: string,
  request: SandboxRequest,
): Reply {
  const { query, method } = request;
  if (query.has('action') || query.has('resource') || query.has('comp')) {
    return storageUnsupported(request);
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const message = "The resource doesn't support specified Http Verb.";
    return storageError(request, 405, 'UnsupportedHttpVerb', message);
  }
  const content = account.fileSystems[fileSystem];
  if (content === undefined || !Object.hasOwn(account.fileSystems, fileSystem)) {
    const message = 'The specified container does not exist.';
    return storageError(request, 404, 'ContainerNotFound', message);
  }
  const entry = entryAt(content, path);
  if (entry === undefined) {
    return storageError(request, 404, 'BlobNotFound', 'The specified blob does not exist.');
  }

  const headers: Record<string, string> = {
    etag: etagOf(entry.isDirectory ? `directory|${entry.name}` : entry.bytes),
    'last-modified': LAST_MODIFIED,
    'content-type': entry.contentType,
    'accept-ranges': 'bytes',
    'x-ms-blob-type': 'BlockBlob',
    'x-ms-creation-time': LAST_MODIFIED,
    'x-ms-lease-status': 'unlocked',
    'x-ms-lease-state': 'available',
    'x-ms-server-encrypted': 'true',
    ...(entry.isDirectory ? { 'x-ms-meta-hdi_isfolder': 'true' } : {}),
  };
  const size = entry.bytes.length;
  if (method === 'HEAD') {
    return { status: 200, headers: { ...headers, 'content-length': String(size) } };
  }

  const range = requestedRange(request, size);
  if (range === 'invalid') {
    const message = 'The range specified is invalid for the current size of the resource.';
    return storageError(request, 416, 'InvalidRange', message);
  }
  if (range === 'none') return { status: 200, headers, body: entry.bytes };
  return {
    status: 206,
    headers: { ...headers, 'content-range': `bytes ${range.start}-${range.end}/${size}` },
    body: entry.bytes.subarray(range.start, range.end + 1),
  };
}
