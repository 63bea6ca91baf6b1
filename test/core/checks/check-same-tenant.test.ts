import { checkSameTenant } from '../../../src/core/checks/check-same-tenant';
import { known, unreadable } from '../../../src/core/checks/fact';
import type { Subscription } from '../../../src/core/model';
import { IDS } from '../fakes/sample-world';

const subscription = (tenantId: string): Subscription => ({
  subscriptionId: IDS.subscription,
  displayName: 'Contoso Data',
  tenantId,
  state: 'Enabled',
});

describe('checkSameTenant', () => {
  it('passes when the subscription tenant is the Power BI tenant, ignoring case', () => {
    const result = checkSameTenant({
      subscription: known(subscription(IDS.tenant.toUpperCase())),
      powerBiTenantId: known(IDS.tenant),
    });

    expect(result).toMatchObject({ id: 'SAME_TENANT', status: 'pass' });
    expect(result.expected).toBe(`Power BI tenant ${IDS.tenant}`);
    expect(result.actual).toBe(`tenant ${IDS.tenant.toUpperCase()}`);
    expect(result.problem).toBeUndefined();
    expect(result.fix).toBeUndefined();
  });

  it('fails with TENANT_MISMATCH when the subscription is in another tenant', () => {
    const result = checkSameTenant({
      subscription: known(subscription(IDS.otherTenant)),
      powerBiTenantId: known(IDS.tenant),
    });

    expect(result).toMatchObject({ status: 'fail', problem: 'TENANT_MISMATCH' });
    expect(result.expected).toBe(`Power BI tenant ${IDS.tenant}`);
    expect(result.actual).toBe(`tenant ${IDS.otherTenant}`);
    expect(result.fix?.summary).toContain(IDS.tenant);
  });

  it('is unknown with the reason when the subscription cannot be read', () => {
    const result = checkSameTenant({
      subscription: unreadable('403 AuthorizationFailed'),
      powerBiTenantId: known(IDS.tenant),
    });

    expect(result).toMatchObject({ status: 'unknown', problem: 'CHECK_CALL_FAILED' });
    expect(result.expected).toBe(`Power BI tenant ${IDS.tenant}`);
    expect(result.actual).toBe('could not be read (403 AuthorizationFailed)');
    expect(result.fix?.summary).toBeTruthy();
  });

  it('is unknown when the Power BI tenant cannot be read', () => {
    const result = checkSameTenant({
      subscription: known(subscription(IDS.tenant)),
      powerBiTenantId: unreadable('401 TokenExpired'),
    });

    expect(result.status).toBe('unknown');
    expect(result.expected).toBe('the Power BI tenant');
    expect(result.actual).toBe('could not be read (401 TokenExpired)');
  });
});
