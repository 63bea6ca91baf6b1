import { request } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import type { TokenCredential } from '@azure/core-auth';
import type { Sandbox } from '../../../src/sandbox';

export interface CallResult {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON; `undefined` when it is empty or not JSON. */
  json: unknown;
}

export interface CallOptions {
  method?: string;
  body?: string;
  headers?: Record<string, string>;
  /** Sends `Authorization: Bearer <token for scope>` from this credential. */
  credential?: TokenCredential;
  scope?: string;
}

function parse(text: string): unknown {
  try {
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    // XML and other bodies are checked through `text`.
    return undefined;
  }
}

/** A plain HTTPS request to the sandbox, trusting its certificate. */
export async function call(
  sandbox: Sandbox,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.credential !== undefined) {
    const token = await options.credential.getToken(options.scope ?? '');
    headers.authorization = `Bearer ${token?.token ?? ''}`;
  }
  if (options.body !== undefined) headers['content-type'] = 'application/json';

  return new Promise((resolve, reject) => {
    const req = request(
      `${sandbox.url}${path}`,
      { method: options.method ?? 'GET', headers, ca: sandbox.ca },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: parse(text) });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export const ARM_SCOPE = 'https://management.azure.com/.default';
export const POWER_BI_SCOPE = 'https://analysis.windows.net/powerbi/api/.default';
export const STORAGE_SCOPE = 'https://storage.azure.com/.default';

/** GET on an ARM path as this user, with an api-version. */
export function armGet(sandbox: Sandbox, oid: string, path: string): Promise<CallResult> {
  const separator = path.includes('?') ? '&' : '?';
  return call(sandbox, `/arm${path}${separator}api-version=2023-05-01`, {
    credential: sandbox.credentialFor(oid),
    scope: ARM_SCOPE,
  });
}

/** A call to the Power BI API (path relative to /v1.0/myorg) as this user. */
export function powerBiCall(
  sandbox: Sandbox,
  oid: string,
  path: string,
  options: Omit<CallOptions, 'credential' | 'scope'> = {},
): Promise<CallResult> {
  return call(sandbox, `/powerbi/v1.0/myorg${path}`, {
    ...options,
    credential: sandbox.credentialFor(oid),
    scope: POWER_BI_SCOPE,
  });
}
