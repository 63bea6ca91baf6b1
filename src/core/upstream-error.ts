export type UpstreamService = 'arm' | 'powerbi' | 'lake';

/**
 * A call to Azure, Power BI or the lake failed. Adapters throw only this, so the core can
 * report the status and service code without ever showing the upstream message to a user.
 */
export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  readonly service: UpstreamService;
  /** HTTP status, or 0 when no answer arrived (connection dropped, timeout). */
  readonly status: number;
  /** The service's error code, e.g. `AuthorizationFailed`, `PowerBIEntityNotFound`. */
  readonly code: string;

  constructor(
    service: UpstreamService,
    status: number,
    code: string,
    options?: { cause?: unknown },
  ) {
    super(`${service} call failed: ${status} ${code}`, options);
    this.service = service;
    this.status = status;
    this.code = code;
  }

  /** Short, user-safe reason, e.g. "403 AuthorizationFailed". */
  get reason(): string {
    return this.status === 0 ? `no answer (${this.code})` : `${this.status} ${this.code}`;
  }
}
