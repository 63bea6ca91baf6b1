import { AuthorizationManagementClient } from '@azure/arm-authorization';
import { ResourceManagementClient } from '@azure/arm-resources';
import { SubscriptionClient } from '@azure/arm-resources-subscriptions';
import { StorageManagementClient } from '@azure/arm-storage';
import type { TokenCredential } from '@azure/core-auth';
import { EMPTY_GUID } from '../core/model';
import { BoundedCache } from './bounded-cache';
import { RETRY_OPTIONS } from './retry-options';
import type { Transport } from './transport';

/** The token audience is ARM's even when the endpoint is a stand-in for it. */
export const ARM_SCOPE = 'https://management.azure.com/.default';

/**
 * Clients per user, or per user and subscription, kept by each cache. One client holds 12–26 KiB
 * of heap, so four full caches stay near 5 MiB however many conversations are alive.
 */
const CACHE_SIZE = 64;

/** Builds the ARM SDK clients for a user and keeps the most recently used ones. */
export class ArmClients {
  private readonly subscriptionClients = new BoundedCache<SubscriptionClient>(CACHE_SIZE);
  private readonly resourceClients = new BoundedCache<ResourceManagementClient>(CACHE_SIZE);
  private readonly storageClients = new BoundedCache<StorageManagementClient>(CACHE_SIZE);
  private readonly authorizationClients = new BoundedCache<AuthorizationManagementClient>(
    CACHE_SIZE,
  );

  constructor(
    private readonly armEndpoint: string,
    private readonly credential: (oid: string) => TokenCredential,
    private readonly transport: Transport,
  ) {}

  subscriptions(oid: string): SubscriptionClient {
    return this.subscriptionClients.getOrCreate(oid, () => {
      return new SubscriptionClient(this.credential(oid), this.modularOptions());
    });
  }

  resources(oid: string, subscriptionId: string): ResourceManagementClient {
    return this.resourceClients.getOrCreate(`${oid}|${subscriptionId}`, () => {
      const credential = this.credential(oid);
      return new ResourceManagementClient(credential, subscriptionId, this.classicOptions());
    });
  }

  storage(oid: string, subscriptionId: string): StorageManagementClient {
    return this.storageClients.getOrCreate(`${oid}|${subscriptionId}`, () => {
      const credential = this.credential(oid);
      return new StorageManagementClient(credential, subscriptionId, this.modularOptions());
    });
  }

  /** `null` subscription: a scope above any subscription (tenant root, management group). */
  authorization(oid: string, subscriptionId: string | null): AuthorizationManagementClient {
    // listForScope addresses the scope alone; the constructor still insists on a subscription.
    const subscription = subscriptionId ?? EMPTY_GUID;
    return this.authorizationClients.getOrCreate(`${oid}|${subscription}`, () => {
      return new AuthorizationManagementClient(
        this.credential(oid),
        subscription,
        this.classicOptions(),
      );
    });
  }

  /** Options of the core-client generation (arm-resources 7, arm-authorization 9). */
  private classicOptions() {
    return {
      endpoint: this.armEndpoint,
      credentialScopes: [ARM_SCOPE],
      ...this.pipelineOptions(),
    };
  }

  /** Options of the TypeSpec generation (arm-storage 20, arm-resources-subscriptions 3). */
  private modularOptions() {
    return {
      endpoint: this.armEndpoint,
      credentials: { scopes: [ARM_SCOPE] },
      ...this.pipelineOptions(),
    };
  }

  private pipelineOptions() {
    const { httpClient, agent } = this.transport;
    return {
      httpClient,
      retryOptions: { ...RETRY_OPTIONS },
      ...(agent ? { agent } : {}),
    };
  }
}
