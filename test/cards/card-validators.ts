import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import { AdaptiveCard, SerializationContext } from 'adaptivecards';

const SCHEMA_FILE = join(__dirname, '../fixtures/adaptive-cards/adaptive-card-1.5.0.schema.json');

function compileSchema() {
  const { id, ...schema } = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { id: string };
  // The published schema still names itself with the pre-draft-06 `id`; ajv 8 only reads `$id`.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addMetaSchema(draft06);
  return ajv.compile({ ...schema, $id: id });
}

const validate = compileSchema();

/**
 * Schema errors of `card`, after dropping what Teams adds to Adaptive Cards 1.5: the `msteams`
 * property and, on Input.ChoiceSet, `choices.data` (dynamic typeahead, which Teams documents for
 * cards of any version; it entered the card schema only in 1.6). A `choices.data` that is not a
 * Data.Query with a dataset is reported, not dropped.
 */
export function schemaErrors(card: object): string[] {
  const { msteams: _teamsOnly, ...rest } = card as Record<string, unknown>;
  const typeaheadErrors: string[] = [];
  const portable = withoutTypeahead(rest, typeaheadErrors) as Record<string, unknown>;
  if (typeaheadErrors.length > 0) return typeaheadErrors;
  if (validate(portable)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** What the adaptivecards renderer library reports when it parses and validates `card`. */
export function rendererProblems(card: object): string[] {
  const parsed = new AdaptiveCard();
  const context = new SerializationContext();
  parsed.parse(card, context);

  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of parsed.validateProperties().validationEvents) problems.push(event.message);
  return problems;
}

function withoutTypeahead(node: unknown, errors: string[]): unknown {
  if (Array.isArray(node)) return node.map((item) => withoutTypeahead(item, errors));
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'choices.data') {
      const query = value as { type?: unknown; dataset?: unknown };
      const isQuery = query?.type === 'Data.Query' && typeof query.dataset === 'string';
      if (!isQuery) errors.push('choices.data must be a Data.Query with a dataset');
      continue;
    }
    copy[key] = withoutTypeahead(value, errors);
  }
  return copy;
}
