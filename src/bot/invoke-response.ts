import type { InvokeResponse } from 'botbuilder';

/** Content types of an `adaptiveCard/action` invoke response body. */
export const InvokeResponseType = {
  card: 'application/vnd.microsoft.card.adaptive',
  message: 'application/vnd.microsoft.activity.message',
  error: 'application/vnd.microsoft.error',
  search: 'application/vnd.microsoft.search.searchResponse',
} as const;

export type InvokeResponseType = (typeof InvokeResponseType)[keyof typeof InvokeResponseType];

/** The body Teams reads; without `statusCode`, `type` or `value` it says "Something went wrong". */
export interface InvokeResponseBody {
  statusCode: number;
  type: InvokeResponseType;
  /** The card, the message text, `{ code, message }` for an error, `{ results }` for a search. */
  value: object | string;
}

export type CardActionInvokeResponse = InvokeResponse<InvokeResponseBody>;

/** Replaces the clicked card with `card`, an Adaptive Card as JSON (see `renderCard`). */
export function cardInvokeResponse(card: object): CardActionInvokeResponse {
  return respond({ statusCode: 200, type: InvokeResponseType.card, value: card });
}

/** Leaves the card as it is and shows `text` to the user who clicked. */
export function messageInvokeResponse(text: string): CardActionInvokeResponse {
  return respond({ statusCode: 200, type: InvokeResponseType.message, value: text });
}

/** Answers a typeahead (`application/search`) query with choices for the picker. */
export function searchInvokeResponse(
  results: ReadonlyArray<{ title: string; value: string }>,
): CardActionInvokeResponse {
  const value = { results: results.map(({ title, value: choice }) => ({ title, value: choice })) };
  return respond({ statusCode: 200, type: InvokeResponseType.search, value });
}

/**
 * Reports a failed action. `code` is a stable problem code and `message` user-safe text: Teams
 * may show it, so never an upstream message or a stack.
 */
export function errorInvokeResponse(
  statusCode: number,
  code: string,
  message: string,
): CardActionInvokeResponse {
  if (!Number.isInteger(statusCode) || statusCode < 400 || statusCode > 599) {
    throw new RangeError(`An error invoke response needs a 4xx or 5xx status, not ${statusCode}`);
  }
  return respond({ statusCode, type: InvokeResponseType.error, value: { code, message } });
}

// The outcome travels in the body; the HTTP status stays 200 so Teams reads that body (the
// Teams Toolkit's own invoke response factory does the same).
function respond(body: InvokeResponseBody): CardActionInvokeResponse {
  return { status: 200, body };
}
