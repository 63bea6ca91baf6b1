import type { Agent } from 'node:https';
import type { TokenCredential } from '@azure/core-auth';
import {
  newPipeline,
  type Pipeline,
  type RequestPolicy,
  type RequestPolicyFactory,
} from '@azure/storage-file-datalake';
import { STORAGE_RETRY_OPTIONS } from './retry-options';

/**
 * The storage pipeline for one user: the SDK's own (bearer token for
 * `https://storage.azure.com/.default`, storage retry policy), plus, with an extra CA, a first
 * policy that sends every request through an agent trusting it, since this pipeline takes no
 * `tlsOptions`.
 */
export function createLakePipeline(credential: TokenCredential, agent?: Agent): Pipeline {
  const pipeline = newPipeline(credential, { retryOptions: { ...STORAGE_RETRY_OPTIONS } });
  if (agent) pipeline.factories.unshift(agentPolicyFactory(agent));
  return pipeline;
}

function agentPolicyFactory(agent: Agent): RequestPolicyFactory {
  return {
    create(next: RequestPolicy): RequestPolicy {
      return {
        sendRequest(request) {
          request.agent = agent;
          return next.sendRequest(request);
        },
      };
    },
  };
}
