import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TeamsChannelAccount } from 'botbuilder';
import { ConnectorResponder, activityInRequest, connectorError } from './connector-responder';
import type { ConnectorReply, StandInTeam, StoredActivity } from './connector-responder';
import { matchConnectorRoute } from './connector-route';
import { RequestLog, type RecordedRequest, type RequestPredicate } from './request-log';
import { fakeTeams, teamsMember } from './fake-teams-identities';

export type { RecordedRequest, RequestPredicate } from './request-log';
export type { StandInTeam, StoredActivity } from './connector-responder';

export interface ConnectorStandInOptions {
  /** Path the service URL ends with, as Teams' `https://smba.trafficmanager.net/amer/`. */
  pathPrefix?: string;
  /** Who `GET …/members` lists; defaults to the sample user. */
  members?: TeamsChannelAccount[];
  team?: StandInTeam;
  /** Answer 404 to an update or delete of an activity the stand-in never saw (as Teams does). */
  strictActivityIds?: boolean;
}

/** A local Bot Connector: put `url` on activities as `serviceUrl` and read what the bot sent. */
export interface ConnectorStandIn {
  /** The service URL, with its trailing slash. */
  readonly url: string;
  readonly requests: readonly RecordedRequest[];
  /** The conversation as a user would see it: latest content per activity id, deletes removed. */
  activitiesFor(conversationId: string): StoredActivity[];
  waitFor(predicate: RequestPredicate, timeoutMs?: number): Promise<RecordedRequest>;
  /**
   * Makes the next request with this method whose decoded relative path matches (a string must be
   * equal) fail with `status` and `body`, by default an `ErrorResponse` with code `StandInFailure`.
   */
  failNext(method: string, pathPattern: string | RegExp, status: number, body?: unknown): void;
  close(): Promise<void>;
}

interface Failure {
  method: string;
  pathPattern: string | RegExp;
  reply: ConnectorReply;
}

const defaultTeam: StandInTeam = {
  ...fakeTeams.team,
  // In Teams the General channel shares the team's id and has no name.
  channels: [{ id: fakeTeams.team.id }, { ...fakeTeams.channel }],
};

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function send(response: ServerResponse, reply: ConnectorReply): void {
  if (reply.body === undefined) {
    // Not chained: restify, once loaded anywhere in the process, replaces the shared
    // ServerResponse.prototype.writeHead with one that returns nothing (a retried-DELETE flake).
    response.writeHead(reply.status);
    response.end();
    return;
  }
  response.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(reply.body));
}

function takeFailure(
  failures: Failure[],
  method: string,
  path: string,
): ConnectorReply | undefined {
  const index = failures.findIndex((failure) => {
    if (failure.method.toUpperCase() !== method) return false;
    const { pathPattern } = failure;
    return typeof pathPattern === 'string' ? pathPattern === path : pathPattern.test(path);
  });
  return index === -1 ? undefined : failures.splice(index, 1)[0]?.reply;
}

function relativePathOf(pathname: string, prefix: string): string | undefined {
  return pathname.startsWith(prefix) ? pathname.slice(prefix.length - 1) : undefined;
}

function decodeForDisplay(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Starts a Bot Connector v3 stand-in on 127.0.0.1 at a free port. */
export async function startConnectorStandIn(
  options: ConnectorStandInOptions = {},
): Promise<ConnectorStandIn> {
  const trimmedPrefix = (options.pathPrefix ?? 'amer').replace(/^\/+|\/+$/g, '');
  const prefix = trimmedPrefix === '' ? '/' : `/${trimmedPrefix}/`;
  const members = options.members ?? [teamsMember(fakeTeams.user)];
  const strict = options.strictActivityIds ?? true;
  const responder = new ConnectorResponder(members, options.team ?? defaultTeam, strict);
  const log = new RequestLog();
  const failures: Failure[] = [];

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = (request.method ?? 'GET').toUpperCase();
    const rawPath = request.url ?? '/';
    const pathname = new URL(rawPath, 'http://stand-in').pathname;
    const relative = relativePathOf(pathname, prefix);
    const route =
      relative === undefined
        ? { operation: 'unknown' as const }
        : matchConnectorRoute(method, relative);
    const path = decodeForDisplay(relative ?? pathname);

    const parsed = parseJson(await readBody(request));
    const body = parsed.ok ? parsed.value : undefined;
    const activity = activityInRequest(route, body);
    const reply = !parsed.ok
      ? connectorError(400, 'BadSyntax', 'The request body is not valid JSON.')
      : (takeFailure(failures, method, path) ?? responder.answer(route, body));

    send(response, reply);
    log.add({
      seq: log.requests.length + 1,
      method,
      path,
      rawPath,
      ...route,
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
      body,
      ...(activity ? { activity } : {}),
      status: reply.status,
      response: reply.body,
    });
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;

  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests: log.requests,
    activitiesFor: (conversationId) => responder.activitiesFor(conversationId),
    waitFor: (predicate, timeoutMs) => log.waitFor(predicate, timeoutMs),
    failNext: (method, pathPattern, status, body) => {
      const fallback = connectorError(status, 'StandInFailure', 'Failure injected by the test.');
      const reply = body === undefined ? fallback : { status, body };
      failures.push({ method, pathPattern, reply });
    },
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        log.closeAll('the stand-in closed');
        server.close((error) => (error ? reject(error) : resolve()));
        // The bot's client keeps connections alive; without this, close waits for them to idle out.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
