/** Helpers to look inside rendered cards without knowing their layout. */

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object in `node`, depth first, the node itself included. */
export function objectsIn(node: unknown): JsonObject[] {
  if (Array.isArray(node)) return node.flatMap(objectsIn);
  if (!isObject(node)) return [];
  return [node, ...Object.values(node).flatMap(objectsIn)];
}

export function elementsOfType(card: object, type: string): JsonObject[] {
  return objectsIn(card).filter((o) => o.type === type);
}

/** Every string value anywhere in the card. */
export function stringsIn(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(stringsIn);
  if (isObject(node)) return Object.values(node).flatMap(stringsIn);
  return [];
}

/** All the card's visible text in one string, for `toContain` checks. */
export function visibleText(card: object): string {
  return objectsIn(card)
    .flatMap((o) => [o.text, o.title, o.value, o.label, o.placeholder])
    .filter((v): v is string => typeof v === 'string')
    .join('\n');
}

export interface ExecuteButton {
  title: string;
  verb: unknown;
  data: JsonObject;
  associatedInputs: unknown;
}

/** The card's Action.Execute buttons, in order. */
export function executeButtons(card: object): ExecuteButton[] {
  return elementsOfType(card, 'Action.Execute').map((a) => ({
    title: String(a.title),
    verb: a.verb,
    data: isObject(a.data) ? a.data : {},
    associatedInputs: a.associatedInputs,
  }));
}

export function buttonTitles(card: object): string[] {
  return executeButtons(card).map((b) => b.title);
}

export function verbsOf(card: object): unknown[] {
  return executeButtons(card).map((b) => b.verb);
}
