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

/** Schema errors of `card`, after dropping the Teams-only `msteams` property. */
export function schemaErrors(card: object): string[] {
  const { msteams: _teamsOnly, ...portable } = card as Record<string, unknown>;
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
