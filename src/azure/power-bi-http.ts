import type { TokenCredential } from '@azure/core-auth';
import {
  bearerTokenAuthenticationPolicy,
  createHttpHeaders,
  createPipelineFromOptions,
  createPipelineRequest,
  type HttpMethods,
  type Pipeline,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';
import type { z } from 'zod';
import { UpstreamError } from '../core/upstream-error';
import type { CallOptions } from '../core/ports';
import { collectionPageSchema } from './power-bi-schemas';
import { parsePowerBi } from './power-bi-parse';
import { RETRY_OPTIONS } from './retry-options';
import { errorCodeFromBody, malformedResponse, UNKNOWN_CODE } from './to-upstream-error';
import type { Transport } from './transport';

export const POWER_BI_SCOPE = 'https://analysis.windows.net/powerbi/api/.default';

// A guard against a service that keeps handing out next links; no tenant has this many pages.
const MAX_PAGES = 1_000;

/**
 * The Power BI REST API for one user, over the same pipeline the Azure SDKs use (retries with
 * Retry-After, bearer token, TLS settings), since Power BI has no current Node SDK.
 */
export class PowerBiHttp {
  private readonly pipeline: Pipeline;
  private readonly base: URL;

  constructor(
    baseUrl: string,
    readonly credential: TokenCredential,
    private readonly transport: Transport,
  ) {
    this.base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
    this.pipeline = createPipelineFromOptions({
      retryOptions: { ...RETRY_OPTIONS },
      ...(transport.agent ? { agent: transport.agent } : {}),
    });
    // In the Sign phase the token is fetched per attempt, after the retry policy.
    const bearer = bearerTokenAuthenticationPolicy({ credential, scopes: POWER_BI_SCOPE });
    this.pipeline.addPolicy(bearer, { phase: 'Sign' });
  }

  async getJson<S extends z.ZodTypeAny>(
    path: string,
    schema: S,
    options: CallOptions,
  ): Promise<z.output<S>> {
    const response = await this.send('GET', this.resolve(path), undefined, options);
    return parsePowerBi(schema, jsonBody(response, path), path, response.status);
  }

  /** Reads every page of a collection, following `@odata.nextLink` on the same origin only. */
  async getCollection<S extends z.ZodTypeAny>(
    path: string,
    itemSchema: S,
    options: CallOptions,
  ): Promise<Array<z.output<S>>> {
    const items: Array<z.output<S>> = [];
    let url: URL | null = this.resolve(path);

    for (let page = 0; url; page += 1) {
      if (page === MAX_PAGES) {
        throw malformedResponse('powerbi', `${path}: more than ${MAX_PAGES} pages`);
      }
      const response = await this.send('GET', url, undefined, options);
      const { status } = response;
      const body = parsePowerBi(collectionPageSchema, jsonBody(response, path), path, status);
      body.value.forEach((item, index) => {
        items.push(parsePowerBi(itemSchema, item, `${path} value.${index}`, status));
      });
      url = this.nextPage(body['@odata.nextLink'], url, path);
    }
    return items;
  }

  async post(path: string, body: unknown, options: CallOptions): Promise<void> {
    await this.send('POST', this.resolve(path), JSON.stringify(body), options);
  }

  private async send(
    method: HttpMethods,
    url: URL,
    body: string | undefined,
    options: CallOptions,
  ): Promise<PipelineResponse> {
    const headers = createHttpHeaders({ accept: 'application/json' });
    if (body !== undefined) headers.set('content-type', 'application/json');
    const request = createPipelineRequest({
      url: url.href,
      method,
      headers,
      body,
      abortSignal: options.abortSignal,
    });

    const response = await this.pipeline.sendRequest(this.transport.httpClient, request);
    if (response.status >= 200 && response.status < 300) return response;
    const code = errorCodeFromBody(response.bodyAsText ?? undefined) ?? UNKNOWN_CODE;
    throw new UpstreamError('powerbi', response.status, code);
  }

  private resolve(path: string): URL {
    return new URL(path, this.base);
  }

  private nextPage(link: string | null | undefined, current: URL, path: string): URL | null {
    if (!link) return null;
    const next = new URL(link, current);
    // The bearer token goes wherever the link points; only the configured service may get it.
    if (next.origin !== this.base.origin) {
      throw malformedResponse('powerbi', `${path}: next link leaves the Power BI origin`);
    }
    return next;
  }
}

function jsonBody(response: PipelineResponse, path: string): unknown {
  try {
    return JSON.parse(response.bodyAsText ?? '');
  } catch {
    throw malformedResponse('powerbi', `${path}: body is not JSON`, response.status);
  }
}
