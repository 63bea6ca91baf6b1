import 'dotenv/config';
import { ConfigError, readConfig } from '../config/env';
import { startApp } from './app';
import { createLogger } from './logger';

/** Process entry: `npm start`. Exits non-zero with a one-line reason on bad configuration. */
async function main(): Promise<void> {
  let config;
  try {
    config = readConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const logger = createLogger(config.logLevel);
  if (config.cloud.mode === 'sandbox') {
    logger.warn(
      { mode: 'sandbox', authentication: 'none' },
      'SANDBOX MODE: no MicrosoftAppId, so requests are NOT authenticated and Azure is simulated',
    );
  } else {
    logger.info({ mode: 'azure', appType: config.cloud.appType }, 'starting against Azure');
  }

  const app = await startApp(config, logger);
  logger.info({ url: app.url, sandboxUrl: app.sandboxUrl }, 'listening');

  const stop = (signal: string) => {
    logger.info({ signal }, 'stopping');
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Only errors made for operators carry a message worth printing; anything else may hold
// internals, so it is named, not quoted.
const OPERATOR_ERRORS = new Set(['WorldError', 'StartupError', 'ConfigError']);

main().catch((error: unknown) => {
  const name = error instanceof Error ? error.name : typeof error;
  const detail = error instanceof Error && OPERATOR_ERRORS.has(name) ? `: ${error.message}` : '';
  process.stderr.write(`Lakelink could not start (${name})${detail}\n`);
  process.exit(1);
});
