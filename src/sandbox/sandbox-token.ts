import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AccessToken, TokenCredential } from '@azure/core-auth';

const TOKEN_LIFETIME_SECONDS = 3600;

/** Why a bearer token was refused. */
export type TokenProblem = 'missing' | 'malformed' | 'signature' | 'expired' | 'audience';

export type TokenCheck = { ok: true; oid: string } | { ok: false; problem: TokenProblem };

interface TokenClaims {
  oid: string;
  tid: string;
  aud: string;
  iat: number;
  exp: number;
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

/**
 * `https://storage.azure.com/.default` → `https://storage.azure.com`; a delegated scope
 * (`…/user_impersonation`) loses its last segment.
 */
export function audienceOfScope(scope: string): string {
  if (scope.endsWith('/.default')) return scope.slice(0, -'/.default'.length);
  const slash = scope.lastIndexOf('/');
  return slash > 'https://'.length ? scope.slice(0, slash) : scope;
}

function sameAudience(a: string, b: string): boolean {
  const trim = (value: string) => value.replace(/\/+$/, '').toLowerCase();
  return trim(a) === trim(b);
}

function isClaims(value: unknown): value is TokenClaims {
  if (typeof value !== 'object' || value === null) return false;
  const claims = value as Record<string, unknown>;
  return (
    typeof claims.oid === 'string' &&
    typeof claims.aud === 'string' &&
    typeof claims.exp === 'number'
  );
}

/**
 * Issues and checks the sandbox's bearer tokens: HS256 JWTs signed with a secret made per start,
 * shaped like Entra tokens so adapters can read the `tid` claim.
 */
export class SandboxTokens {
  private readonly secret: Buffer;
  private readonly tenantId: string;
  private readonly now: () => number;

  constructor(tenantId: string, options: { now?: () => number } = {}) {
    this.tenantId = tenantId;
    this.secret = randomBytes(32);
    this.now = options.now ?? Date.now;
  }

  /** A credential that hands out tokens for this user; the sandbox checks the oid on use. */
  credentialFor(oid: string): TokenCredential {
    return {
      getToken: async (scopes: string | string[]): Promise<AccessToken> => {
        const scope = (Array.isArray(scopes) ? scopes[0] : scopes) ?? '';
        return this.issue(oid, audienceOfScope(scope));
      },
    };
  }

  issue(oid: string, audience: string): AccessToken {
    const iat = Math.floor(this.now() / 1000);
    const exp = iat + TOKEN_LIFETIME_SECONDS;
    const claims: TokenClaims = { oid, tid: this.tenantId, aud: audience, iat, exp };
    const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const unsigned = `${header}.${base64url(JSON.stringify(claims))}`;
    return {
      token: `${unsigned}.${this.sign(unsigned)}`,
      expiresOnTimestamp: exp * 1000,
      tokenType: 'Bearer',
    };
  }

  /** Checks an `Authorization` header value against one of the audiences a service accepts. */
  verify(authorization: string | undefined, audiences: readonly string[]): TokenCheck {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (match?.[1] === undefined) return { ok: false, problem: 'missing' };

    const parts = match[1].split('.');
    const [header, payload, signature] = parts;
    if (parts.length !== 3 || header === undefined || payload === undefined) {
      return { ok: false, problem: 'malformed' };
    }
    if (!this.hasValidSignature(`${header}.${payload}`, signature ?? '')) {
      return { ok: false, problem: 'signature' };
    }

    const claims = this.decode(payload);
    if (claims === null) return { ok: false, problem: 'malformed' };
    if (claims.exp * 1000 <= this.now()) return { ok: false, problem: 'expired' };
    if (!audiences.some((audience) => sameAudience(audience, claims.aud))) {
      return { ok: false, problem: 'audience' };
    }
    return { ok: true, oid: claims.oid.toLowerCase() };
  }

  private sign(unsigned: string): string {
    return createHmac('sha256', this.secret).update(unsigned).digest('base64url');
  }

  private hasValidSignature(unsigned: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(unsigned));
    const actual = Buffer.from(signature);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }

  private decode(payload: string): TokenClaims | null {
    try {
      const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      return isClaims(claims) ? claims : null;
    } catch {
      // A signed token with an unreadable payload is treated like any other malformed token.
      return null;
    }
  }
}
