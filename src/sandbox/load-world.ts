import { readFileSync } from 'node:fs';
import type { ZodIssue } from 'zod';
import { formatFieldPath, WorldError } from './world-error';
import { checkWorldRules } from './world-rules';
import { worldSchema, type World } from './world-schema';

function describeIssue(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return 'is required';
  return issue.message;
}

/**
 * Validates a parsed world document and applies its defaults.
 * Throws a WorldError naming the first field that breaks the format or a world rule.
 */
export function parseWorld(json: unknown): World {
  const result = worldSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    if (issue === undefined) throw new WorldError('', 'The world is not valid');
    const fieldPath = formatFieldPath(issue.path);
    throw new WorldError(fieldPath, describeIssue(issue), { cause: result.error });
  }

  checkWorldRules(result.data);
  return result.data;
}

/** Reads, parses and validates a world file. Every failure is a WorldError. */
export function loadWorld(filePath: string): World {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    throw new WorldError('', `Cannot read the world file ${filePath}`, { cause: error });
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new WorldError('', `The world file ${filePath} is not valid JSON: ${detail}`, {
      cause: error,
    });
  }
  return parseWorld(json);
}
