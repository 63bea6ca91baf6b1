import type { Subscription } from '../model';
import { sameId } from '../same-id';
import type { CheckResult } from './check-result';
import {
  passResult,
  problemResult,
  unknownResult,
  type CheckHeading,
} from './check-result-builders';
import type { Fact } from './fact';

export interface SameTenantFacts {
  subscription: Fact<Subscription>;
  /** Tenant of the user's Power BI token. */
  powerBiTenantId: Fact<string>;
}

/** Passes when the account's subscription lives in the Power BI tenant. */
export function checkSameTenant(facts: SameTenantFacts): CheckResult {
  const heading: CheckHeading = {
    id: 'SAME_TENANT',
    title: 'Same Entra tenant',
    expected: facts.powerBiTenantId.ok
      ? `Power BI tenant ${facts.powerBiTenantId.value}`
      : 'the Power BI tenant',
  };
  if (!facts.powerBiTenantId.ok) return unknownResult(heading, facts.powerBiTenantId.reason);
  if (!facts.subscription.ok) return unknownResult(heading, facts.subscription.reason);

  const accountTenantId = facts.subscription.value.tenantId;
  const actual = `tenant ${accountTenantId}`;
  if (sameId(accountTenantId, facts.powerBiTenantId.value)) return passResult(heading, actual);

  return problemResult(heading, 'fail', actual, 'TENANT_MISMATCH', {
    accountTenantId,
    powerBiTenantId: facts.powerBiTenantId.value,
  });
}
