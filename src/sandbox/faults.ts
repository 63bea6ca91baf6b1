import type { Reply, SandboxRequest } from './sandbox-http';
import { codeForStatus, serviceError } from './service-errors';
import type { WorldFault } from './world-schema';

function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function matches(fault: WorldFault, request: SandboxRequest): boolean {
  if (fault.method !== '*' && fault.method !== request.method) return false;

  // ARM and Power BI paths are case-insensitive; blob and file names are not.
  const fold = (text: string) => (request.service === 'dfs' ? text : text.toLowerCase());
  const pattern = segmentsOf(fault.path);
  const actual = segmentsOf(request.path);
  return (
    pattern.length === actual.length &&
    pattern.every((part, index) => part === '*' || fold(part) === fold(actual[index] ?? ''))
  );
}

/**
 * Finds the first fault that matches the request and still has uses left, and uses it up once.
 * The count lives in the world itself, so `/sandbox/state` shows what is left.
 */
export function takeFault(faults: WorldFault[], request: SandboxRequest): WorldFault | undefined {
  const fault = faults.find((candidate) => candidate.times > 0 && matches(candidate, request));
  if (fault !== undefined) fault.times -= 1;
  return fault;
}

/** The error answer of a fault with a non-zero status, in the service's error shape. */
export function faultReply(fault: WorldFault, request: SandboxRequest): Reply {
  const code = fault.code ?? codeForStatus(fault.status);
  const reply = serviceError(request, fault.status, code, `Injected fault: ${code}.`);
  if (fault.retryAfterSeconds === undefined) return reply;
  return {
    ...reply,
    headers: { ...reply.headers, 'retry-after': String(fault.retryAfterSeconds) },
  };
}
