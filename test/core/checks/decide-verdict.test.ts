import type { CheckResult, CheckStatus } from '../../../src/core/checks/check-result';
import { decideVerdict } from '../../../src/core/checks/decide-verdict';

const result = (status: CheckStatus, problem?: string): CheckResult => ({
  id: 'TLS_VERSION',
  status,
  title: 'a check',
  expected: 'x',
  actual: 'y',
  ...(problem ? { problem } : {}),
});
const unregistered = (): CheckResult => ({
  ...result('warn', 'ACCOUNT_NOT_REGISTERED'),
  id: 'KNOWN_TO_POWER_BI',
});

describe('decideVerdict', () => {
  it('is ready when every check passes', () => {
    expect(decideVerdict([result('pass'), result('pass')])).toBe('ready');
  });

  it('needs confirmation when a check warns', () => {
    expect(decideVerdict([result('pass'), result('warn', 'DATA_ROLE_MISSING')])).toBe(
      'needs-confirmation',
    );
  });

  it('needs registration when the account is not registered, even with other warnings', () => {
    expect(decideVerdict([result('warn', 'DATA_ROLE_MISSING'), unregistered()])).toBe(
      'needs-registration',
    );
  });

  it.each<CheckStatus>(['fail', 'unknown'])('is blocked by a %s over any warning', (status) => {
    const results = [unregistered(), result(status, 'X'), result('warn', 'Y')];

    expect(decideVerdict(results)).toBe('blocked');
  });
});
