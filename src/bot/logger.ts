import pino, { type Logger } from 'pino';

/**
 * The process logger. Fields first, short fixed messages; every turn gets a child bound to a
 * correlation id. Redaction is a safety net: call sites log allowlisted fields only.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      name: 'lakelink',
      level,
      redact: {
        paths: ['*.authorization', '*.token', '*.password', 'req.headers', 'activity.text'],
        censor: '[redacted]',
      },
      base: undefined,
    },
    destination,
  );
}

export type { Logger };
