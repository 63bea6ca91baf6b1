import type {
  ResourceGroup,
  RoleAssignment,
  StorageAccount,
  StorageAccountRef,
  Subscription,
} from '../core/model';
import type { AzurePort, CallOptions } from '../core/ports';
import type { ArmClients } from './arm-clients';
import { subscriptionIdFromId } from './arm-ids';
import {
  refFromListedAccount,
  toResourceGroup,
  toRoleAssignment,
  toStorageAccount,
  toSubscription,
} from './arm-mappers';
import { withUpstreamErrors } from './to-upstream-error';

/** Azure Resource Manager as one user sees it, through the official SDK clients. */
export class ArmAdapter implements AzurePort {
  constructor(
    private readonly oid: string,
    private readonly clients: ArmClients,
  ) {}

  listSubscriptions(options: CallOptions = {}): Promise<Subscription[]> {
    return guarded(async () => {
      const pages = this.clients.subscriptions(this.oid).subscriptions.list(sdkOptions(options));
      return (await collect(pages)).map(toSubscription);
    });
  }

  getSubscription(subscriptionId: string, options: CallOptions = {}): Promise<Subscription> {
    return guarded(async () => {
      const client = this.clients.subscriptions(this.oid);
      return toSubscription(await client.subscriptions.get(subscriptionId, sdkOptions(options)));
    });
  }

  listResourceGroups(subscriptionId: string, options: CallOptions = {}): Promise<ResourceGroup[]> {
    return guarded(async () => {
      const client = this.clients.resources(this.oid, subscriptionId);
      return (await collect(client.resourceGroups.list(sdkOptions(options)))).map(toResourceGroup);
    });
  }

  listStorageAccounts(
    subscriptionId: string,
    resourceGroup: string,
    options: CallOptions = {},
  ): Promise<StorageAccount[]> {
    return guarded(async () => {
      const client = this.clients.storage(this.oid, subscriptionId);
      const pages = client.storageAccounts.listByResourceGroup(resourceGroup, sdkOptions(options));
      const accounts = await collect(pages);
      return accounts.map((sdk) => {
        return toStorageAccount(sdk, refFromListedAccount(sdk, subscriptionId));
      });
    });
  }

  getStorageAccount(ref: StorageAccountRef, options: CallOptions = {}): Promise<StorageAccount> {
    return guarded(async () => {
      const client = this.clients.storage(this.oid, ref.subscriptionId);
      const sdk = await client.storageAccounts.getProperties(
        ref.resourceGroup,
        ref.name,
        sdkOptions(options),
      );
      return toStorageAccount(sdk, { ...ref });
    });
  }

  listRoleAssignments(
    scope: string,
    principalId: string,
    options: CallOptions = {},
  ): Promise<RoleAssignment[]> {
    return guarded(async () => {
      const client = this.clients.authorization(this.oid, subscriptionIdFromId(scope));
      // OData string literals escape a quote by doubling it.
      const filter = `atScope() and assignedTo('${principalId.replace(/'/g, "''")}')`;
      const pages = client.roleAssignments.listForScope(scope, { ...sdkOptions(options), filter });
      return (await collect(pages)).map(toRoleAssignment);
    });
  }
}

/** Only the abort signal crosses into the SDK; the caller's bag is never passed or changed. */
function sdkOptions(options: CallOptions): { abortSignal?: AbortSignal } {
  return options.abortSignal ? { abortSignal: options.abortSignal } : {};
}

/** Drains an SDK pager; the SDK follows `nextLink` page after page. */
async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of pages) items.push(item);
  return items;
}

function guarded<T>(call: () => Promise<T>): Promise<T> {
  return withUpstreamErrors('arm', call);
}
