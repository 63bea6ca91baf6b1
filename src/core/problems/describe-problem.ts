import type { Fix } from '../checks/check-result';
import { fillTemplate } from './fill-template';
import { problemDefinition, type ProblemCode } from './problem-catalogue';
import type { ProblemParams } from './problem-definition';

/** A catalogue entry with its placeholders filled: ready to show to a user. */
export interface DescribedProblem {
  code: ProblemCode;
  title: string;
  message: string;
  fix: Fix;
}

/** Fills the title, message and fix of `code` with `params`. */
export function describeProblem(code: ProblemCode, params: ProblemParams = {}): DescribedProblem {
  const definition = problemDefinition(code);
  return {
    code,
    title: fillTemplate(definition.title, params),
    message: fillTemplate(definition.message, params),
    fix: fillFix(definition.fix, params),
  };
}

/** The fix of `code` with its placeholders filled. */
export function describeFix(code: ProblemCode, params: ProblemParams = {}): Fix {
  return fillFix(problemDefinition(code).fix, params);
}

function fillFix(fix: Readonly<Fix>, params: ProblemParams): Fix {
  const filled: Fix = {
    summary: fillTemplate(fix.summary, params),
    docsUrl: fix.docsUrl,
  };
  if (fix.cli !== undefined) filled.cli = fillTemplate(fix.cli, params);
  if (fix.portalPath !== undefined) filled.portalPath = fillTemplate(fix.portalPath, params);
  return filled;
}
