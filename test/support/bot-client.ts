/** The bot's answer to one POST: invoke responses arrive in `body`. */
export interface BotHttpResponse {
  status: number;
  /** Parsed JSON when the bot sent JSON, the raw text otherwise, `undefined` when empty. */
  body: unknown;
  contentType?: string;
}

export interface PostOptions {
  /** Gives up on a bot that does not answer; Teams itself waits about 15 s for an invoke. */
  timeoutMs?: number;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

function messagesUrl(botUrl: string): string {
  return `${botUrl.replace(/\/+$/, '')}/api/messages`;
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** POSTs `body` as is to `${botUrl}/api/messages`; for malformed-input tests. */
export async function postRaw(
  botUrl: string,
  body: string | Uint8Array,
  contentType: string,
  options: PostOptions = {},
): Promise<BotHttpResponse> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const response = await fetch(messagesUrl(botUrl), {
    method: 'POST',
    headers: { ...options.headers, 'content-type': contentType },
    body,
    signal,
  });
  const contentTypeHeader = response.headers.get('content-type') ?? undefined;
  return {
    status: response.status,
    body: parseBody(await response.text()),
    ...(contentTypeHeader ? { contentType: contentTypeHeader } : {}),
  };
}

/** POSTs an activity as JSON to `${botUrl}/api/messages`, as the Bot Connector does (no token). */
export function postActivity(
  botUrl: string,
  activity: object,
  options: PostOptions = {},
): Promise<BotHttpResponse> {
  return postRaw(botUrl, JSON.stringify(activity), 'application/json; charset=utf-8', options);
}
