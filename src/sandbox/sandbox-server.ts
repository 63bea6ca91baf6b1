import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import type { TokenCredential } from '@azure/core-auth';
import type { Logger } from 'pino';
import * as restify from 'restify';
import { handleArm } from './arm-routes';
import { handleDfs } from './dfs-routes';
import { faultReply, takeFault } from './faults';
import { handlePowerBi } from './power-bi-routes';
import { makeSandboxCertificate } from './sandbox-cert';
import type { Reply, SandboxRequest, SandboxService } from './sandbox-http';
import { SandboxTokens } from './sandbox-token';
import { authenticate } from './service-auth';
import { armError, serviceError } from './service-errors';
import { writeReply } from './write-reply';
import type { World } from './world-schema';

/** A running sandbox cloud. */
export interface Sandbox {
  /** `https://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** PEM of the self-signed certificate made at start-up; clients trust it as their CA. */
  ca: string;
  /** `${url}/arm` */
  armEndpoint: string;
  /** `${url}/powerbi/v1.0/myorg` */
  powerBiBaseUrl: string;
  /** `${url}/${account}`, path-style like Azurite. */
  dataLakeUrl(account: string): string;
  /** Tokens for this world user, accepted by this sandbox only. */
  credentialFor(oid: string): TokenCredential;
  /** Deep copy of the world as it is now. */
  state(): World;
  close(): Promise<void>;
}

export interface SandboxOptions {
  /** 0 or absent: any free port. */
  port?: number;
  /** Page size of paged ARM lists; 100 when absent. */
  pageSize?: number;
  logger?: Logger;
}

/** How the server waits out `latencyMs`; tests pass their own to observe it. */
export type Sleep = (milliseconds: number) => Promise<void>;

const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_PAGE_SIZE = 100;

function splitService(pathname: string): { service: SandboxService; path: string } {
  const [, first = '', ...rest] = pathname.split('/');
  const inner = `/${rest.join('/')}`;
  switch (first.toLowerCase()) {
    case 'arm':
      return { service: 'arm', path: inner };
    case 'powerbi':
      return { service: 'powerbi', path: inner };
    case 'sandbox':
      return { service: 'control', path: inner };
    default:
      return { service: 'dfs', path: pathname };
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  // An oversized body is read to its end but not kept: leaving the loop early would destroy
  // the socket before the 413 answer could be sent.
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size <= MAX_BODY_BYTES) chunks.push(buffer);
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks);
}

interface Engine {
  world: World;
  tokens: SandboxTokens;
  baseUrl: () => string;
  pageSize: number;
}

function answer(engine: Engine, request: SandboxRequest): Reply | 'drop' {
  const { world } = engine;
  if (request.service === 'control') {
    if (request.method === 'GET' && request.path.replace(/\/+$/, '') === '/state') {
      return { status: 200, body: world };
    }
    return armError(404, 'NotFound', 'The sandbox control API has only GET /sandbox/state.');
  }

  const fault = takeFault(world.faults, request);
  if (fault !== undefined) return fault.status === 0 ? 'drop' : faultReply(fault, request);

  const auth = authenticate(request, request.service, engine.tokens, world);
  if (!('oid' in auth)) return auth;

  const context = { world, oid: auth.oid, baseUrl: engine.baseUrl(), pageSize: engine.pageSize };
  if (request.service === 'arm') return handleArm(request, context);
  if (request.service === 'powerbi') return handlePowerBi(request, context);
  return handleDfs(request, context);
}

/** Serves one request end to end: latency, faults, auth, route, answer, one log line. */
function requestHandler(engine: Engine, sleep: Sleep, logger: Logger | undefined) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = Date.now();
    // Only origin-form targets ("/…") are served; anything else (e.g. "*") reads as the root.
    const rawTarget = req.url?.startsWith('/') === true ? req.url : '/';
    const target = new URL(`https://127.0.0.1${rawTarget}`);
    const { service, path } = splitService(target.pathname);
    const body = await readBody(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const request: SandboxRequest = {
      service,
      method,
      path,
      query: target.searchParams,
      headers: req.headers,
      body: body ?? Buffer.alloc(0),
    };
    if (engine.world.latencyMs > 0) await sleep(engine.world.latencyMs);

    let reply: Reply | 'drop';
    let failure: unknown;
    try {
      reply =
        body === null
          ? serviceError(request, 413, 'RequestBodyTooLarge', 'The request body is too large.')
          : answer(engine, request);
    } catch (error) {
      failure = error;
      reply = serviceError(request, 500, 'InternalServerError', 'The sandbox failed.');
    }

    if (reply === 'drop') req.socket.destroy();
    else writeReply(res, method, reply);
    const status = reply === 'drop' ? 0 : reply.status;
    const fields = { service, method, path: target.pathname, status, ms: Date.now() - started };
    logger?.debug(failure === undefined ? fields : { ...fields, err: failure }, 'sandbox request');
  };
}

/**
 * Starts the sandbox with an injectable sleep. `startSandbox` is the public entry; this one
 * exists so a test can watch the latency being applied without measuring time.
 */
export async function createSandbox(
  initialWorld: World,
  options: SandboxOptions,
  sleep: Sleep,
): Promise<Sandbox> {
  // The caller's world is never changed; the sandbox works on its own copy.
  const world = structuredClone(initialWorld);
  const certificate = await makeSandboxCertificate();
  const tokens = new SandboxTokens(world.powerBi.tenantId);
  const logger = options.logger;
  let url = '';
  const engine: Engine = {
    world,
    tokens,
    baseUrl: () => url,
    pageSize: Math.max(1, options.pageSize ?? DEFAULT_PAGE_SIZE),
  };

  const serve = requestHandler(engine, sleep, logger);
  const server = restify.createServer({ certificate: certificate.cert, key: certificate.key });
  server.pre((req, res, next) => {
    serve(req, res)
      .catch((error: unknown) => {
        logger?.debug({ err: error }, 'sandbox request failed');
        if (!res.headersSent) res.destroy();
      })
      .finally(() => next(false));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  url = `https://127.0.0.1:${port}`;
  logger?.info({ port, url }, 'sandbox cloud listening');

  return {
    url,
    port,
    ca: certificate.cert,
    armEndpoint: `${url}/arm`,
    powerBiBaseUrl: `${url}/powerbi/v1.0/myorg`,
    dataLakeUrl: (account) => `${url}/${account}`,
    credentialFor: (oid) => tokens.credentialFor(oid),
    state: () => structuredClone(world),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets of SDK clients would otherwise hold close() open.
        server.server.closeAllConnections();
      }),
  };
}

/** Starts the sandbox cloud on 127.0.0.1 over HTTPS, answering from (a copy of) this world. */
export function startSandbox(world: World, options: SandboxOptions = {}): Promise<Sandbox> {
  return createSandbox(world, options, (milliseconds) => delay(milliseconds));
}
