import type { Fix } from '../checks/check-result';

/**
 * One entry of the problem catalogue. `title`, `message` and every `fix` text may hold
 * `{name}` placeholders, filled from the params of the failure.
 */
export interface ProblemDefinition {
  readonly code: string;
  readonly title: string;
  /** User-safe text; never carries an upstream message. */
  readonly message: string;
  readonly fix: Readonly<Fix>;
}

/** Values that fill a problem's placeholders. */
export type ProblemParams = Readonly<Record<string, string | number>>;
