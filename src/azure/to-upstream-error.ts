import { isRestError, RestError } from '@azure/core-rest-pipeline';
import { UpstreamError, type UpstreamService } from '../core/upstream-error';

/** Code used when an answer arrived but carried no recognisable error code. */
export const UNKNOWN_CODE = 'Unknown';

// Codes end up in logs and user-visible reasons; anything else an upstream sends is dropped.
const CODE_SHAPE = /^[A-Za-z][A-Za-z0-9_.-]{0,99}$/;

/** Turns whatever an SDK or the REST transport threw into the one error the core understands. */
export function toUpstreamError(service: UpstreamService, error: unknown): UpstreamError {
  if (error instanceof UpstreamError) return error;
  if (isAbortError(error)) return new UpstreamError(service, 0, 'Aborted', { cause: error });

  if (isRestError(error)) {
    const status = error.statusCode ?? error.response?.status ?? 0;
    return new UpstreamError(service, status, restErrorCode(error, status), { cause: error });
  }

  // Credential failures and the like: the class name is a stable code; the message may not be.
  const name = error instanceof Error ? safeCode(error.name) : undefined;
  return new UpstreamError(service, 0, name ?? UNKNOWN_CODE, { cause: error });
}

/** Runs one adapter call so that whatever it throws leaves as an UpstreamError. */
export async function withUpstreamErrors<T>(
  service: UpstreamService,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toUpstreamError(service, error);
  }
}

/** A 2xx answer whose body is not what the API documents. */
export function malformedResponse(
  service: UpstreamService,
  detail: string,
  status = 200,
): UpstreamError {
  return new UpstreamError(service, status, 'MalformedResponse', { cause: new Error(detail) });
}

/**
 * The service's error code in a response body: ARM and DFS send `{"error":{"code"}}`, Power BI
 * sometimes only `{"error":{"pbi.error":{"code"}}}`.
 */
export function errorCodeFromBody(bodyText: string | undefined): string | undefined {
  if (!bodyText) return undefined;

  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return undefined; // Not JSON (an HTML gateway page, XML from the blob endpoint): no code.
  }

  const inner = field(body, 'error');
  return safeCode(field(inner, 'code')) ?? safeCode(field(field(inner, 'pbi.error'), 'code'));
}

function restErrorCode(error: RestError, status: number): string {
  if (error.code === RestError.PARSE_ERROR && status >= 200 && status < 300) {
    return 'MalformedResponse';
  }
  const response = error.response;
  const fromHeader = safeCode(response?.headers.get('x-ms-error-code'));
  const fromBody = errorCodeFromBody(response?.bodyAsText ?? undefined);
  return fromHeader ?? fromBody ?? safeCode(error.code) ?? UNKNOWN_CODE;
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return (value as Record<string, unknown>)[key];
}

function safeCode(value: unknown): string | undefined {
  return typeof value === 'string' && CODE_SHAPE.test(value) ? value : undefined;
}
