import restify from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { checkActivityEnvelope } from './activity-envelope';

export interface BotServerOptions {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  logger: Logger;
}

// Teams activities are small; a card submit with inputs stays far below this.
const MAX_BODY_BYTES = 256 * 1024;

/**
 * The HTTP front door: `/api/messages` for the Bot Connector and `/healthz`. Every body is
 * checked before botbuilder sees it, and no error text from inside ever reaches the caller.
 */
export function createBotServer(options: BotServerOptions): restify.Server {
  const { adapter, logic, logger } = options;
  const server = restify.createServer({ name: 'lakelink', handleUncaughtExceptions: false });
  server.pre(refuseEncodedBodies);
  server.use(restify.plugins.bodyReader({ maxBodySize: MAX_BODY_BYTES }));

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.post('/api/messages', async (req, res) => {
    const body = parseJson(req.body);
    if (body === undefined) {
      logger.warn({ status: 400 }, 'request body is not JSON');
      res.send(400, { code: 'INVALID_JSON', message: 'The request body must be a JSON activity.' });
      return;
    }
    const issue = checkActivityEnvelope(body);
    if (issue) {
      logger.warn({ status: 400, field: issue.field }, 'activity refused');
      res.send(400, {
        code: 'INVALID_ACTIVITY',
        message: `Invalid activity field: ${issue.field}`,
      });
      return;
    }
    req.body = body;
    try {
      await adapter.process(req, res, logic);
    } catch (error) {
      logger.error({ err: errorSummary(error) }, 'activity processing failed');
      if (!res.headersSent)
        res.send(500, { code: 'INTERNAL', message: 'The bot could not process this activity.' });
    }
  });

  server.on('restifyError', (req, _res, error, callback) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    // Clients probe unknown paths (the Playground pings `/`); only real failures are warnings.
    const level = status === 404 || status === 405 ? 'debug' : 'warn';
    logger[level]({ status, method: req.method, path: req.getPath() }, 'http error');
    // Keep restify's status but never its internal message.
    error.toJSON = () => ({ code: error.name, message: 'Request refused.' });
    callback();
  });
  return server;
}

/**
 * Teams sends plain JSON. A compressed body is refused before it is read: restify's gunzip
 * would inflate past the size limit, and a corrupt stream crashes the process.
 */
function refuseEncodedBodies(req: restify.Request, res: restify.Response, next: restify.Next) {
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '') return next();
  res.send(415, { code: 'UNSUPPORTED_ENCODING', message: 'Send the activity uncompressed.' });
  return next(false);
}

function parseJson(raw: unknown): unknown {
  const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : typeof raw === 'string' ? raw : '';
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Name and code only: messages of library errors may carry request details. */
export function errorSummary(error: unknown): { name: string; code?: string } {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { name: typeof error };
}
