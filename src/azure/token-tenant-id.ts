/**
 * Reads the `tid` claim from a JWT access token. The signature is not checked: the token came
 * straight from our own credential, and only the tenant it names is needed. The token itself is
 * never logged or kept.
 *
 * @returns the tenant id, or `null` when the token is not a JWT carrying a `tid`.
 */
export function tenantIdFromToken(token: string): string | null {
  const payload = token.split('.')[1];
  if (!payload) return null;

  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null; // Not base64url JSON: the caller reports a malformed token.
  }

  if (typeof claims !== 'object' || claims === null) return null;
  const tid = (claims as Record<string, unknown>).tid;
  return typeof tid === 'string' && tid !== '' ? tid : null;
}
