import { Agent } from 'node:https';
import { rootCertificates } from 'node:tls';
import {
  createDefaultHttpClient,
  type HttpClient,
  type TlsSettings,
} from '@azure/core-rest-pipeline';

/**
 * What every client built from one set of settings shares: one HTTP client (so one socket pool
 * however many users are served) and, with an extra CA, one TLS configuration.
 */
export interface Transport {
  readonly httpClient: HttpClient;
  /** For pipelines that take `tlsOptions` (ARM SDKs, Power BI). */
  readonly tlsOptions?: TlsSettings;
  /** For the storage pipeline, which takes no `tlsOptions`. */
  readonly agent?: Agent;
}

export function createTransport(extraCa?: string): Transport {
  const httpClient = createDefaultHttpClient();
  if (!extraCa) return { httpClient };

  // Node replaces its built-in roots when `ca` is given; keeping them makes the CA an addition.
  const ca = [...rootCertificates, extraCa];
  return { httpClient, tlsOptions: { ca }, agent: new Agent({ ca, keepAlive: true }) };
}
