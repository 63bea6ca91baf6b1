import { checkTlsVersion } from '../../../src/core/checks/check-tls-version';
import { known, unreadable } from '../../../src/core/checks/fact';
import { IDS, sampleAccount } from '../fakes/sample-world';

const withTls = (minimumTlsVersion: string | null) =>
  checkTlsVersion({ account: known(sampleAccount({ minimumTlsVersion })) });

describe('checkTlsVersion', () => {
  it.each([
    ['TLS1_2', 'TLS 1.2'],
    ['TLS1_3', 'TLS 1.3'],
  ])('passes for %s', (setting, actual) => {
    const result = withTls(setting);

    expect(result).toMatchObject({ id: 'TLS_VERSION', status: 'pass', actual });
    expect(result.expected).toBe('TLS 1.2 or higher');
  });

  it.each([
    ['TLS1_0', 'TLS 1.0'],
    ['TLS1_1', 'TLS 1.1'],
  ])('fails with TLS_TOO_OLD for %s', (setting, actual) => {
    const result = withTls(setting);

    expect(result).toMatchObject({ status: 'fail', problem: 'TLS_TOO_OLD', actual });
    expect(result.expected).toBe('TLS 1.2 or higher');
  });

  it('treats an absent setting as TLS 1.0 and gives the CLI fix for this account', () => {
    const result = withTls(null);

    expect(result).toMatchObject({ status: 'fail', problem: 'TLS_TOO_OLD' });
    expect(result.actual).toBe('TLS 1.0 (not set)');
    expect(result.fix?.cli).toBe(
      `az storage account update --name ${IDS.account} --resource-group ${IDS.resourceGroup} ` +
        `--subscription ${IDS.subscription} --min-tls-version TLS1_2`,
    );
  });

  it('fails on a value it does not recognise rather than guessing', () => {
    const result = withTls('SSL3');

    expect(result.status).toBe('fail');
    expect(result.actual).toBe('SSL3 (not recognised)');
  });

  it('is unknown when the account cannot be read', () => {
    const result = checkTlsVersion({ account: unreadable('403 AuthorizationFailed') });

    expect(result.status).toBe('unknown');
    expect(result.expected).toBe('TLS 1.2 or higher');
    expect(result.actual).toBe('could not be read (403 AuthorizationFailed)');
  });
});
