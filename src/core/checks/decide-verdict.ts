import type { CheckResult } from './check-result';
import type { Verdict } from './check-report';

/** The verdict the results allow; see {@link Verdict} for the precedence. */
export function decideVerdict(results: readonly CheckResult[]): Verdict {
  if (results.some((r) => r.status === 'fail' || r.status === 'unknown')) return 'blocked';
  if (results.some(isUnregisteredAccount)) return 'needs-registration';
  if (results.some((r) => r.status === 'warn')) return 'needs-confirmation';
  return 'ready';
}

function isUnregisteredAccount(result: CheckResult): boolean {
  return result.status === 'warn' && result.problem === 'ACCOUNT_NOT_REGISTERED';
}
