/** A reason the bot cannot start that the operator can act on; its message is safe to print. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
  readonly variable: string | undefined;

  constructor(message: string, variable?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.variable = variable;
  }
}

/** Turns a failed `listen` into a StartupError naming the port and the variable that set it. */
export function listenFailure(error: unknown, port: number, variable: string): StartupError {
  const code = (error as { code?: unknown }).code;
  if (code === 'EADDRINUSE') {
    return new StartupError(
      `Port ${port} is already in use: set ${variable} to a free port.`,
      variable,
      {
        cause: error,
      },
    );
  }
  if (code === 'EACCES') {
    return new StartupError(
      `Port ${port} needs privileges: set ${variable} above 1023.`,
      variable,
      {
        cause: error,
      },
    );
  }
  return new StartupError(
    `Cannot listen on port ${port} (${String(code ?? 'unknown')}).`,
    variable,
    {
      cause: error,
    },
  );
}
