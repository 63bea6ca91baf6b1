import type { z } from 'zod';
import { malformedResponse } from './to-upstream-error';

/**
 * Validates a Power BI body against a schema. The failure names the field (never its value),
 * so a log shows what was wrong without echoing what the service sent.
 */
export function parsePowerBi<S extends z.ZodTypeAny>(
  schema: S,
  body: unknown,
  where: string,
  status = 200,
): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;

  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
  throw malformedResponse('powerbi', `${where}: ${path} ${issue?.code ?? 'invalid'}`, status);
}
