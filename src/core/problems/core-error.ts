import { fillTemplate } from './fill-template';
import { problemDefinition, type ProblemCode } from './problem-catalogue';
import type { ProblemParams } from './problem-definition';

/**
 * A failure thrown by a core operation. Its message is the catalogue text, so it is safe to
 * show; the upstream error, if any, stays in `cause` for logs only.
 */
export class CoreError extends Error {
  override readonly name = 'CoreError';
  readonly code: ProblemCode;
  readonly params: ProblemParams;

  constructor(code: ProblemCode, params: ProblemParams = {}, options?: { cause?: unknown }) {
    super(fillTemplate(problemDefinition(code).message, params), options);
    this.code = code;
    this.params = { ...params };
  }
}
