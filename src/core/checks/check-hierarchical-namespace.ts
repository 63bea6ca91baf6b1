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
  id: 'HIERARCHICAL_NAMESPACE',
  title: 'Hierarchical namespace (ADLS Gen2)',
  expected: 'on',
};

/** Passes when the account has hierarchical namespace; an absent flag counts as off. */
export function checkHierarchicalNamespace(facts: { account: Fact<StorageAccount> }): CheckResult {
  if (!facts.account.ok) return unknownResult(HEADING, facts.account.reason);

  const account = facts.account.value;
  if (account.isHnsEnabled === true) return passResult(HEADING, 'on');

  const actual = account.isHnsEnabled === null ? 'off (not set)' : 'off';
  return problemResult(HEADING, 'fail', actual, 'HNS_DISABLED', {
    account: account.name,
    resourceGroup: account.resourceGroup,
    subscriptionId: account.subscriptionId,
  });
}
