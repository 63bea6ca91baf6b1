import type { AccessToken, TokenCredential } from '@azure/core-auth';

/** The one place test tokens are made. They are unsigned and worthless outside tests. */
export const FAKE_TENANT_ID = '11111111-1111-4111-8111-111111111111';

export function fakeJwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
}

/** A credential that hands out an unsigned JWT and records the scopes it was asked for. */
export class FakeCredential implements TokenCredential {
  readonly scopesAsked: string[] = [];

  constructor(private readonly claims: Record<string, unknown> = { tid: FAKE_TENANT_ID }) {}

  async getToken(scopes: string | string[]): Promise<AccessToken> {
    this.scopesAsked.push(...(Array.isArray(scopes) ? scopes : [scopes]));
    return { token: fakeJwt(this.claims), expiresOnTimestamp: Date.now() + 3_600_000 };
  }
}
