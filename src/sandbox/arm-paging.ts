import { normalizeArmPath } from './arm-scope';
import type { RouteContext, SandboxRequest } from './sandbox-http';

/** One page of an ARM list: `{ value, nextLink? }`, with `$skiptoken` carrying the offset. */
export function armPage<T>(items: readonly T[], request: SandboxRequest, context: RouteContext) {
  const skip = Number.parseInt(request.query.get('$skiptoken') ?? '0', 10);
  const start = Number.isFinite(skip) && skip > 0 ? skip : 0;
  const end = start + context.pageSize;
  const value = items.slice(start, end);
  if (end >= items.length) return { value };

  const query = new URLSearchParams(request.query);
  query.set('$skiptoken', String(end));
  const nextLink = `${context.baseUrl}/arm${normalizeArmPath(request.path)}?${query.toString()}`;
  return { value, nextLink };
}
