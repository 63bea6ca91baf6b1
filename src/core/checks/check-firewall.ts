import type { StorageAccount } from '../model';
import type { CheckResult } from './check-result';
import {
  passResult,
  problemResult,
  unknownResult,
  type CheckHeading,
} from './check-result-builders';
import type { Fact } from './fact';

const HEADING: CheckHeading = {
  id: 'FIREWALL',
  title: 'Network access',
  expected: 'public access enabled, default action Allow',
};

/**
 * Passes when the account accepts traffic from all networks. Absent settings take Azure's
 * defaults: public access Enabled, default action Allow.
 */
export function checkFirewall(facts: { account: Fact<StorageAccount> }): CheckResult {
  if (!facts.account.ok) return unknownResult(HEADING, facts.account.reason);

  const account = facts.account.value;
  const publicAccess = account.publicNetworkAccess ?? 'Enabled';
  const defaultAction = account.networkDefaultAction ?? 'Allow';
  const actual = `public access ${publicAccess}, default action ${defaultAction}`;
  const open = sameWord(publicAccess, 'Enabled') && sameWord(defaultAction, 'Allow');
  if (open) return passResult(HEADING, actual);

  return problemResult(HEADING, 'fail', actual, 'FIREWALL_ENABLED', {
    account: account.name,
    resourceGroup: account.resourceGroup,
    subscriptionId: account.subscriptionId,
  });
}

function sameWord(value: string, expected: string): boolean {
  return value.toLowerCase() === expected.toLowerCase();
}
