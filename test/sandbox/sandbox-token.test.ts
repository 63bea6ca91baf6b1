import { audienceOfScope, SandboxTokens } from '../../src/sandbox/sandbox-token';

const TENANT = '11111111-1111-4111-8111-111111111111';
const OID = 'aaaaaaaa-0000-4000-8000-000000000001';
const ARM = ['https://management.azure.com'];

function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('sandbox tokens', () => {
  it('issues a JWT whose claims carry oid, tenant and the audience of the scope', async () => {
    const tokens = new SandboxTokens(TENANT, { now: () => 1_700_000_000_000 });
    const scope = 'https://analysis.windows.net/powerbi/api/.default';
    const token = await tokens.credentialFor(OID).getToken(scope);

    expect(claimsOf(token?.token ?? '')).toEqual({
      oid: OID,
      tid: TENANT,
      aud: 'https://analysis.windows.net/powerbi/api',
      iat: 1_700_000_000,
      exp: 1_700_003_600,
    });
    expect(token?.expiresOnTimestamp).toBe(1_700_003_600_000);
  });

  it('derives the audience from a delegated scope too', () => {
    const audience = audienceOfScope('https://storage.azure.com/user_impersonation');
    expect(audience).toBe('https://storage.azure.com');
  });

  it('accepts its own token for the audience, with or without a trailing slash', () => {
    const tokens = new SandboxTokens(TENANT);
    const { token } = tokens.issue(OID, 'https://management.azure.com/');
    expect(tokens.verify(`Bearer ${token}`, ARM)).toEqual({ ok: true, oid: OID });
  });

  it('refuses a token once its expiry has passed', () => {
    let now = 1_700_000_000_000;
    const tokens = new SandboxTokens(TENANT, { now: () => now });
    const { token } = tokens.issue(OID, ARM[0] ?? '');
    now += 3_600_000;
    expect(tokens.verify(`Bearer ${token}`, ARM)).toEqual({ ok: false, problem: 'expired' });
  });

  it('refuses a token whose payload was changed after signing', () => {
    const tokens = new SandboxTokens(TENANT);
    const [header, , signature] = tokens.issue(OID, ARM[0] ?? '').token.split('.');
    const claims = JSON.stringify({ oid: 'x', aud: ARM[0], exp: 9e9 });
    const forged = `${header}.${Buffer.from(claims).toString('base64url')}.${signature}`;
    expect(tokens.verify(`Bearer ${forged}`, ARM)).toEqual({ ok: false, problem: 'signature' });
  });

  it('refuses a missing header, a malformed token and a wrong audience', () => {
    const tokens = new SandboxTokens(TENANT);
    const { token } = tokens.issue(OID, 'https://storage.azure.com');
    expect([
      tokens.verify(undefined, ARM),
      tokens.verify('Bearer not-a-jwt', ARM),
      tokens.verify(`Bearer ${token}`, ARM),
    ]).toEqual([
      { ok: false, problem: 'missing' },
      { ok: false, problem: 'malformed' },
      { ok: false, problem: 'audience' },
    ]);
  });
});
