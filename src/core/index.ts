/** The public face of the domain core, for the bot and the benchmark. */
export * from './model';
export type * from './ports';
export { UpstreamError, type UpstreamService } from './upstream-error';
export type * from './connect-request';
export { storageAccountId } from './storage-account-id';
export { failureReason } from './failure-reason';

export type * from './checks/check-result';
export type { CheckReport, Verdict } from './checks/check-report';
export { runChecks, type RunChecksOptions } from './checks/run-checks';

export type * from './binding/bind-outcome';
export type * from './binding/detach-outcome';
export type * from './binding/verification';
export { Binder, type BinderOptions } from './binding/binder';
export type { BindOptions } from './binding/perform-bind';
export type { DetachOptions } from './binding/perform-detach';
export { REFUSAL_TEXT, type RefusalReason } from './binding/refusal-reason';

export { PROBLEMS, type ProblemCode } from './problems/problem-catalogue';
export type { ProblemDefinition, ProblemParams } from './problems/problem-definition';
export { describeProblem, type DescribedProblem } from './problems/describe-problem';
export { CoreError } from './problems/core-error';
