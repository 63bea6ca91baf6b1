import { CHECK_PROBLEMS } from './check-problems';
import { CONVERSATION_PROBLEMS } from './conversation-problems';
import { OPERATION_PROBLEMS } from './operation-problems';
import type { ProblemDefinition } from './problem-definition';

/** Every user-visible failure, one entry per stable code. */
export const PROBLEMS: readonly ProblemDefinition[] = [
  ...CHECK_PROBLEMS,
  ...OPERATION_PROBLEMS,
  ...CONVERSATION_PROBLEMS,
];

/** The stable codes; they appear in cards, logs and docs/error-codes.md. */
export type ProblemCode =
  | (typeof CHECK_PROBLEMS)[number]['code']
  | (typeof OPERATION_PROBLEMS)[number]['code']
  | (typeof CONVERSATION_PROBLEMS)[number]['code'];

const byCode = new Map<string, ProblemDefinition>(PROBLEMS.map((p) => [p.code, p]));

/** The catalogue entry for `code`. */
export function problemDefinition(code: ProblemCode): ProblemDefinition {
  const definition = byCode.get(code);
  // The type of `code` comes from the same arrays, so a miss is a broken build, not input.
  if (!definition) throw new Error(`problem code missing from catalogue: ${code}`);
  return definition;
}
