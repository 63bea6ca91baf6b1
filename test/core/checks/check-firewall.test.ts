import { checkFirewall } from '../../../src/core/checks/check-firewall';
import { known, unreadable } from '../../../src/core/checks/fact';
import type { StorageAccount } from '../../../src/core/model';
import { sampleAccount } from '../fakes/sample-world';

const withNetwork = (network: Partial<StorageAccount>) =>
  checkFirewall({ account: known(sampleAccount(network)) });

const EXPECTED = 'public access enabled, default action Allow';

describe('checkFirewall', () => {
  it('passes when public access is enabled and the default action is Allow', () => {
    const result = withNetwork({ publicNetworkAccess: 'Enabled', networkDefaultAction: 'Allow' });

    expect(result).toMatchObject({ id: 'FIREWALL', status: 'pass', expected: EXPECTED });
    expect(result.actual).toBe('public access Enabled, default action Allow');
  });

  it('passes when both settings are absent, taking Azure defaults', () => {
    const result = withNetwork({ publicNetworkAccess: null, networkDefaultAction: null });

    expect(result.status).toBe('pass');
    expect(result.actual).toBe('public access Enabled, default action Allow');
  });

  it.each([
    [{ networkDefaultAction: 'Deny' }, 'public access Enabled, default action Deny'],
    [{ publicNetworkAccess: 'Disabled' }, 'public access Disabled, default action Allow'],
    [
      { publicNetworkAccess: 'SecuredByPerimeter' },
      'public access SecuredByPerimeter, default action Allow',
    ],
  ])('fails with FIREWALL_ENABLED for %j', (network, actual) => {
    const result = withNetwork(network);

    expect(result).toMatchObject({ status: 'fail', problem: 'FIREWALL_ENABLED', actual });
    expect(result.expected).toBe(EXPECTED);
    expect(result.fix?.cli).toContain('--public-network-access Enabled --default-action Allow');
  });

  it('is unknown when the account cannot be read', () => {
    const result = checkFirewall({ account: unreadable('403 AuthorizationFailed') });

    expect(result).toMatchObject({ status: 'unknown', expected: EXPECTED });
    expect(result.actual).toBe('could not be read (403 AuthorizationFailed)');
  });
});
