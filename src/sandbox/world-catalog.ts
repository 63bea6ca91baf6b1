import { parseArmScope } from './arm-scope';
import type {
  World,
  WorldResourceGroup,
  WorldStorageAccount,
  WorldSubscription,
} from './world-schema';

/** A storage account with the subscription and resource group that hold it. */
export interface AccountEntry {
  subscription: WorldSubscription;
  resourceGroup: WorldResourceGroup;
  account: WorldStorageAccount;
  /** Canonical ARM resource id. */
  id: string;
}

/** A scope resolved against a world, with its canonical ARM id (names in their world casing). */
export interface ResolvedScope {
  kind: 'subscription' | 'resourceGroup' | 'storageAccount';
  id: string;
  subscription: WorldSubscription;
  resourceGroup?: WorldResourceGroup;
  account?: WorldStorageAccount;
}

export function subscriptionId(subscription: WorldSubscription): string {
  return `/subscriptions/${subscription.subscriptionId}`;
}

export function resourceGroupId(
  subscription: WorldSubscription,
  group: WorldResourceGroup,
): string {
  return `${subscriptionId(subscription)}/resourceGroups/${group.name}`;
}

export function storageAccountId(
  subscription: WorldSubscription,
  group: WorldResourceGroup,
  account: WorldStorageAccount,
): string {
  const provider = 'providers/Microsoft.Storage/storageAccounts';
  return `${resourceGroupId(subscription, group)}/${provider}/${account.name}`;
}

export function findSubscription(world: World, id: string): WorldSubscription | undefined {
  const wanted = id.toLowerCase();
  return world.azure.subscriptions.find((subscription) => subscription.subscriptionId === wanted);
}

/** Resource group names are case-insensitive in ARM. */
export function findResourceGroup(
  subscription: WorldSubscription,
  name: string,
): WorldResourceGroup | undefined {
  const wanted = name.toLowerCase();
  return subscription.resourceGroups.find((group) => group.name.toLowerCase() === wanted);
}

export function listAccounts(world: World): AccountEntry[] {
  return world.azure.subscriptions.flatMap((subscription) =>
    subscription.resourceGroups.flatMap((resourceGroup) =>
      resourceGroup.storageAccounts.map((account) => ({
        subscription,
        resourceGroup,
        account,
        id: storageAccountId(subscription, resourceGroup, account),
      })),
    ),
  );
}

/** Account names are unique across a world, as they are across Azure. */
export function findAccount(world: World, name: string): AccountEntry | undefined {
  const wanted = name.toLowerCase();
  return listAccounts(world).find((entry) => entry.account.name === wanted);
}

/** Resolves a scope string; `null` when it is malformed or names something the world lacks. */
export function resolveScope(world: World, scope: string): ResolvedScope | null {
  const parts = parseArmScope(scope);
  if (parts === null) return null;

  const subscription = findSubscription(world, parts.subscriptionId);
  if (subscription === undefined) return null;
  if (parts.resourceGroup === undefined) {
    return { kind: 'subscription', id: subscriptionId(subscription), subscription };
  }

  const resourceGroup = findResourceGroup(subscription, parts.resourceGroup);
  if (resourceGroup === undefined) return null;
  if (parts.accountName === undefined) {
    return {
      kind: 'resourceGroup',
      id: resourceGroupId(subscription, resourceGroup),
      subscription,
      resourceGroup,
    };
  }

  const account = resourceGroup.storageAccounts.find((item) => item.name === parts.accountName);
  if (account === undefined) return null;
  return {
    kind: 'storageAccount',
    id: storageAccountId(subscription, resourceGroup, account),
    subscription,
    resourceGroup,
    account,
  };
}
