import type { Reply, SandboxRequest } from './sandbox-http';
import type { SandboxTokens, TokenProblem } from './sandbox-token';
import { armError, powerBiError, storageError } from './service-errors';
import type { World } from './world-schema';

type AuthenticatedService = 'arm' | 'powerbi' | 'dfs';
type Problem = TokenProblem | 'unknown-user';
type Refusal = readonly [code: string, message: string];

/** The token audiences each service accepts, as the real ones do. */
const AUDIENCES: Readonly<Record<AuthenticatedService, readonly string[]>> = {
  arm: ['https://management.azure.com', 'https://management.core.windows.net'],
  powerbi: ['https://analysis.windows.net/powerbi/api'],
  dfs: ['https://storage.azure.com'],
};

const INVALID_ARM_TOKEN: Refusal = ['InvalidAuthenticationToken', 'The access token is invalid.'];

const ARM_REFUSALS: Readonly<Record<Problem, Refusal>> = {
  missing: [
    'AuthenticationFailed',
    "Authentication failed. The 'Authorization' header is missing.",
  ],
  expired: [
    'ExpiredAuthenticationToken',
    'The access token expiry UTC time is earlier than current UTC time.',
  ],
  audience: [
    'InvalidAuthenticationTokenAudience',
    "The access token has been obtained for wrong audience or resource. It should exactly match with one of the allowed audiences 'https://management.core.windows.net/','https://management.azure.com/'.",
  ],
  malformed: INVALID_ARM_TOKEN,
  signature: INVALID_ARM_TOKEN,
  'unknown-user': INVALID_ARM_TOKEN,
};

const INVALID_STORAGE_TOKEN: Refusal = [
  'InvalidAuthenticationInfo',
  'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.',
];

const STORAGE_REFUSALS: Readonly<Record<Problem, Refusal>> = {
  missing: [
    'NoAuthenticationInformation',
    'Server failed to authenticate the request. Please refer to the information in the www-authenticate header.',
  ],
  expired: [
    'InvalidAuthenticationInfo',
    'Server failed to authenticate the request. Lifetime validation failed. The token is expired.',
  ],
  audience: [
    'InvalidAuthenticationInfo',
    'Server failed to authenticate the request. Audience validation failed. Audience did not match.',
  ],
  malformed: INVALID_STORAGE_TOKEN,
  signature: INVALID_STORAGE_TOKEN,
  'unknown-user': INVALID_STORAGE_TOKEN,
};

function refusal(request: SandboxRequest, service: AuthenticatedService, problem: Problem): Reply {
  if (service === 'arm') return armError(401, ...ARM_REFUSALS[problem]);
  if (service === 'dfs') return storageError(request, 401, ...STORAGE_REFUSALS[problem]);
  // Limitation: Power BI's 401 bodies are undocumented; TokenExpired is the one its docs show.
  const code = problem === 'expired' ? 'TokenExpired' : 'PowerBINotAuthorizedException';
  return powerBiError(401, code);
}

/**
 * Checks the bearer token of a request for one service: signature, expiry, audience, and that
 * the oid is a user of the world. Answers the caller's oid or the service's 401.
 */
export function authenticate(
  request: SandboxRequest,
  service: AuthenticatedService,
  tokens: SandboxTokens,
  world: World,
): { oid: string } | Reply {
  const check = tokens.verify(request.headers.authorization, AUDIENCES[service]);
  if (!check.ok) return refusal(request, service, check.problem);
  if (!world.users.some((user) => user.oid === check.oid)) {
    return refusal(request, service, 'unknown-user');
  }
  return { oid: check.oid };
}
