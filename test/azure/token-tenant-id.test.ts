import { tenantIdFromToken } from '../../src/azure/token-tenant-id';
import { FAKE_TENANT_ID, fakeJwt } from './support/fake-credential';

describe('tenantIdFromToken', () => {
  it('reads the tid claim of a JWT payload', () => {
    expect(tenantIdFromToken(fakeJwt({ tid: FAKE_TENANT_ID, oid: 'x' }))).toBe(FAKE_TENANT_ID);
  });

  it('answers null when the token has no tid claim', () => {
    expect(tenantIdFromToken(fakeJwt({ oid: 'x' }))).toBeNull();
  });

  it('answers null when the token is not a JWT', () => {
    expect(tenantIdFromToken('opaque-token')).toBeNull();
    expect(tenantIdFromToken('a.%%%.c')).toBeNull();
  });
});
