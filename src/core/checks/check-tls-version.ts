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
  id: 'TLS_VERSION',
  title: 'Minimum TLS version',
  expected: 'TLS 1.2 or higher',
};

/** Passes when the account refuses anything below TLS 1.2; an absent setting means TLS 1.0. */
export function checkTlsVersion(facts: { account: Fact<StorageAccount> }): CheckResult {
  if (!facts.account.ok) return unknownResult(HEADING, facts.account.reason);

  const account = facts.account.value;
  const version = parseTlsVersion(account.minimumTlsVersion);
  const actual = describeTls(account.minimumTlsVersion, version);
  if (version !== null && version >= 1.2) return passResult(HEADING, actual);

  return problemResult(HEADING, 'fail', actual, 'TLS_TOO_OLD', {
    account: account.name,
    resourceGroup: account.resourceGroup,
    subscriptionId: account.subscriptionId,
    actualTls: actual,
  });
}

function parseTlsVersion(setting: string | null): number | null {
  if (setting === null) return 1.0;
  const match = /^TLS(\d)_(\d)$/i.exec(setting.trim());
  return match ? Number(`${match[1]}.${match[2]}`) : null;
}

function describeTls(setting: string | null, version: number | null): string {
  if (setting === null) return 'TLS 1.0 (not set)';
  if (version === null) return `${setting} (not recognised)`;
  return `TLS ${version.toFixed(1)}`;
}
