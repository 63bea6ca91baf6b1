import { Agent } from 'node:https';
import { createSecureContext, rootCertificates } from 'node:tls';
import { createDefaultHttpClient, type HttpClient } from '@azure/core-rest-pipeline';

/**
 * What every client built from one set of settings shares: one HTTP client and, with an extra
 * CA, one keep-alive agent trusting it, so one socket pool however many users are served.
 */
export interface Transport {
  readonly httpClient: HttpClient;
  /** Present with an extra CA; every pipeline (ARM SDKs, Power BI, storage) sends through it. */
  readonly agent?: Agent;
}

export function createTransport(extraCa?: string): Transport {
  const httpClient = createDefaultHttpClient();
  if (!extraCa) return { httpClient };

  // Node replaces its built-in roots when `ca` is given; keeping them makes the CA an addition.
  // The context is built once: with `ca` among the agent's options instead, Node parses the
  // ~150 roots again for every new connection (about 20 ms) and writes them all into the pool
  // key it computes several times per request.
  const secureContext = createSecureContext({ ca: [...rootCertificates, extraCa] });
  return { httpClient, agent: new Agent({ keepAlive: true, secureContext }) };
}
