import { describeFix } from '../problems/describe-problem';
import type { ProblemCode } from '../problems/problem-catalogue';
import type { ProblemParams } from '../problems/problem-definition';
import type { CheckId, CheckResult, CheckStatus } from './check-result';

/** What every result of one check shares. */
export interface CheckHeading {
  id: CheckId;
  title: string;
  expected: string;
}

/** A passed check. */
export function passResult(heading: CheckHeading, actual: string): CheckResult {
  return { ...heading, status: 'pass', actual };
}

/** A check that warns or fails, with the problem code and its filled fix. */
export function problemResult(
  heading: CheckHeading,
  status: Exclude<CheckStatus, 'pass'>,
  actual: string,
  problem: ProblemCode,
  params: ProblemParams = {},
): CheckResult {
  return { ...heading, status, actual, problem, fix: describeFix(problem, params) };
}

/** A check that could not run because a port call failed; it blocks like a failure. */
export function unknownResult(heading: CheckHeading, reason: string): CheckResult {
  return problemResult(heading, 'unknown', `could not be read (${reason})`, 'CHECK_CALL_FAILED', {
    reason,
  });
}
