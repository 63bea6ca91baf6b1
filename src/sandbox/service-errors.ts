import type { Reply, SandboxRequest } from './sandbox-http';

/** ARM (and the sandbox's own control routes): `{"error":{"code","message"}}`. */
export function armError(status: number, code: string, message: string): Reply {
  return { status, body: { error: { code, message } } };
}

/** Power BI: the code twice, once at the top and once inside `pbi.error`. */
export function powerBiError(status: number, code: string): Reply {
  const pbiError = { code, parameters: {}, details: [], exceptionCulprit: 1 };
  return { status, body: { error: { code, 'pbi.error': pbiError } } };
}

/**
 * The storage client talks two dialects to one host: Blob calls (`restype=container`, plain
 * blob paths) expect XML errors, Data Lake calls (`resource=`, `action=`) expect JSON ones.
 */
export function storageDialect(query: URLSearchParams): 'blob' | 'dfs' {
  return query.has('resource') || query.has('action') ? 'dfs' : 'blob';
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function storageError(
  request: SandboxRequest,
  status: number,
  code: string,
  message: string,
): Reply {
  const headers: Record<string, string> = { 'x-ms-error-code': code };
  if (request.method === 'HEAD') return { status, headers };

  if (storageDialect(request.query) === 'dfs') {
    return { status, headers, body: { error: { code, message } } };
  }
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error>`,
  ].join('');
  return { status, headers: { ...headers, 'content-type': 'application/xml' }, body: xml };
}

/** An error in the shape of the service the request went to. */
export function serviceError(
  request: SandboxRequest,
  status: number,
  code: string,
  message: string,
): Reply {
  switch (request.service) {
    case 'powerbi':
      return powerBiError(status, code);
    case 'dfs':
      return storageError(request, status, code, message);
    default:
      return armError(status, code, message);
  }
}

const STATUS_CODES: Readonly<Record<number, string>> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  408: 'RequestTimeout',
  409: 'Conflict',
  429: 'TooManyRequests',
  500: 'InternalServerError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

/** The error code an injected fault answers with when the world names none. */
export function codeForStatus(status: number): string {
  return STATUS_CODES[status] ?? `Status${status}`;
}

/** Storage's answer to an operation the sandbox does not model. */
export function storageUnsupported(request: SandboxRequest): Reply {
  // Limitation: only the calls the project's lake adapter makes are modelled.
  const message = 'The sandbox does not support this storage operation.';
  return storageError(request, 400, 'UnsupportedQueryParameter', message);
}
