import type { IncomingHttpHeaders } from 'node:http';
import type { World } from './world-schema';

/** The services the sandbox answers for on its one port. */
export type SandboxService = 'arm' | 'powerbi' | 'dfs' | 'control';

/** One request, already split into the service and the path relative to that service. */
export interface SandboxRequest {
  service: SandboxService;
  method: string;
  /** Path relative to the service, still percent-encoded, e.g. `/subscriptions/…`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** What a route answers; the server turns it into the HTTP response. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** A Buffer or string is sent as is; anything else as JSON. */
  body?: unknown;
}

export function jsonReply(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return { status, body, ...(headers === undefined ? {} : { headers }) };
}

/** Splits a service-relative path into decoded segments; `null` when an escape is malformed. */
export function pathSegments(path: string): string[] | null {
  try {
    return path
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    // decodeURIComponent throws URIError on a malformed escape; callers answer 400.
    return null;
  }
}

export type JsonBody = { ok: true; value: unknown } | { ok: false };

/** Parses a request body as JSON; an empty body parses as `undefined`. */
export function parseJsonBody(body: Buffer): JsonBody {
  if (body.length === 0) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(body.toString('utf8')) as unknown };
  } catch {
    // Malformed JSON is the caller's mistake; routes answer 400 in their own error shape.
    return { ok: false };
  }
}

/** What every route needs besides the request: the live world and who is calling. */
export interface RouteContext {
  world: World;
  /** Object id of the caller, from a verified token; always a user of the world. */
  oid: string;
  /** `https://127.0.0.1:<port>`, for links the answer carries (nextLink, @odata.context). */
  baseUrl: string;
  /** Page size of paged ARM lists. */
  pageSize: number;
}
