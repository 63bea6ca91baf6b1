import { checkKnownToPowerBi } from '../../../src/core/checks/check-known-to-power-bi';
import { known, unreadable } from '../../../src/core/checks/fact';
import type { DataflowStorageAccount } from '../../../src/core/model';
import { IDS } from '../fakes/sample-world';

const listed = (name: string, isEnabled: boolean): DataflowStorageAccount => ({
  id: IDS.dataflowStorage,
  name,
  isEnabled,
});

const EXPECTED = 'listed by Power BI and enabled';

describe('checkKnownToPowerBi', () => {
  it('passes when Power BI lists the account, matching the name without case', () => {
    const result = checkKnownToPowerBi({
      targetKind: 'account',
      accountName: IDS.account,
      dataflowStorageAccounts: known([listed(IDS.account.toUpperCase(), true)]),
    });

    expect(result).toMatchObject({ id: 'KNOWN_TO_POWER_BI', status: 'pass' });
    expect(result.expected).toBe(EXPECTED);
    expect(result.actual).toBe('listed and enabled');
  });

  it('fails with ACCOUNT_DISABLED when the listed account is disabled', () => {
    const result = checkKnownToPowerBi({
      targetKind: 'account',
      accountName: IDS.account,
      dataflowStorageAccounts: known([listed(IDS.account, false)]),
    });

    expect(result).toMatchObject({ status: 'fail', problem: 'ACCOUNT_DISABLED' });
    expect(result.actual).toBe('listed but disabled');
  });

  it('warns with ACCOUNT_NOT_REGISTERED and points to the one Power BI settings step', () => {
    const result = checkKnownToPowerBi({
      targetKind: 'account',
      accountName: IDS.account,
      dataflowStorageAccounts: known([listed('someotherlake', true)]),
    });

    expect(result).toMatchObject({ status: 'warn', problem: 'ACCOUNT_NOT_REGISTERED' });
    expect(result.expected).toBe(EXPECTED);
    expect(result.actual).toBe('not listed');
    expect(result.fix?.portalPath).toBe(
      'Workspace settings → Azure connections → Storage → Connect to Azure',
    );
  });

  it('fails with TENANT_STORAGE_NOT_FOUND when the tenant-level account is not listed', () => {
    const result = checkKnownToPowerBi({
      targetKind: 'tenant-default',
      accountName: IDS.tenantAccount,
      dataflowStorageAccounts: known([]),
    });

    expect(result).toMatchObject({ status: 'fail', problem: 'TENANT_STORAGE_NOT_FOUND' });
  });

  it('fails with TENANT_STORAGE_NOT_CONFIGURED when the tenant has no tenant-level account', () => {
    const result = checkKnownToPowerBi({
      targetKind: 'tenant-default',
      accountName: null,
      dataflowStorageAccounts: known([listed(IDS.account, true)]),
    });

    expect(result).toMatchObject({ status: 'fail', problem: 'TENANT_STORAGE_NOT_CONFIGURED' });
    expect(result.actual).toBe('none configured');
  });

  it('is unknown when Power BI cannot list its storage accounts', () => {
    const result = checkKnownToPowerBi({
      targetKind: 'account',
      accountName: IDS.account,
      dataflowStorageAccounts: unreadable('401 Unauthorized'),
    });

    expect(result).toMatchObject({ status: 'unknown', expected: EXPECTED });
    expect(result.actual).toBe('could not be read (401 Unauthorized)');
  });
});
