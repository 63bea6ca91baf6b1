import type { DataflowStorageAccount } from '../model';
import type { CheckResult } from './check-result';
import {
  passResult,
  problemResult,
  unknownResult,
  type CheckHeading,
} from './check-result-builders';
import type { Fact } from './fact';
import { findDataflowStorageAccount } from './find-dataflow-storage-account';

const HEADING: CheckHeading = {
  id: 'KNOWN_TO_POWER_BI',
  title: 'Registered in Power BI',
  expected: 'listed by Power BI and enabled',
};

export interface KnownToPowerBiFacts {
  targetKind: 'account' | 'tenant-default';
  /** ARM name of the account to look for; `null` when no tenant-level account is configured. */
  accountName: string | null;
  dataflowStorageAccounts: Fact<DataflowStorageAccount[]>;
}

/**
 * Passes when Power BI lists the account as an enabled dataflow storage account. A target
 * account Power BI has never seen only warns: the user can register it in one UI step, and
 * the report then reads `needs-registration`. A missing tenant-level account fails.
 */
export function checkKnownToPowerBi(facts: KnownToPowerBiFacts): CheckResult {
  if (facts.accountName === null) {
    return problemResult(HEADING, 'fail', 'none configured', 'TENANT_STORAGE_NOT_CONFIGURED');
  }
  if (!facts.dataflowStorageAccounts.ok) {
    return unknownResult(HEADING, facts.dataflowStorageAccounts.reason);
  }

  const account = facts.accountName;
  const found = findDataflowStorageAccount(facts.dataflowStorageAccounts.value, account);
  if (found === null && facts.targetKind === 'tenant-default') {
    return problemResult(HEADING, 'fail', 'not listed', 'TENANT_STORAGE_NOT_FOUND', { account });
  }
  if (found === null) {
    return problemResult(HEADING, 'warn', 'not listed', 'ACCOUNT_NOT_REGISTERED', { account });
  }
  if (!found.isEnabled) {
    return problemResult(HEADING, 'fail', 'listed but disabled', 'ACCOUNT_DISABLED', { account });
  }
  return passResult(HEADING, 'listed and enabled');
}
