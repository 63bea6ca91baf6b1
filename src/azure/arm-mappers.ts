import type { RoleAssignment as SdkRoleAssignment } from '@azure/arm-authorization';
import type { ResourceGroup as SdkResourceGroup } from '@azure/arm-resources';
import type { Subscription as SdkSubscription } from '@azure/arm-resources-subscriptions';
import type { StorageAccount as SdkStorageAccount } from '@azure/arm-storage';
import type {
  ResourceGroup,
  RoleAssignment,
  StorageAccount,
  StorageAccountRef,
  Subscription,
} from '../core/model';
import { resourceGroupFromId } from './arm-ids';
import { malformedResponse } from './to-upstream-error';

/*
 * The SDKs declare every property optional. ARM always sends the ones required below, so a
 * missing one means the answer is not what the API documents and is reported, not guessed.
 */
function required<T>(value: T | undefined | null, path: string): T {
  if (value === undefined || value === null || value === '') {
    throw malformedResponse('arm', `${path} is missing`);
  }
  return value;
}

export function toSubscription(sdk: SdkSubscription): Subscription {
  return {
    subscriptionId: required(sdk.subscriptionId, 'subscription.subscriptionId'),
    displayName: required(sdk.displayName, 'subscription.displayName'),
    tenantId: required(sdk.tenantId, 'subscription.tenantId'),
    state: required(sdk.state, 'subscription.state'),
  };
}

export function toResourceGroup(sdk: SdkResourceGroup): ResourceGroup {
  return {
    name: required(sdk.name, 'resourceGroup.name'),
    location: required(sdk.location, 'resourceGroup.location'),
  };
}

/** The ref an account listed in a subscription has: its group comes from its id. */
export function refFromListedAccount(
  sdk: SdkStorageAccount,
  subscriptionId: string,
): StorageAccountRef {
  const id = required(sdk.id, 'storageAccount.id');
  return {
    subscriptionId,
    resourceGroup: required(resourceGroupFromId(id), 'storageAccount.id resource group'),
    name: required(sdk.name, 'storageAccount.name'),
  };
}

/**
 * Keeps the caller's spelling of the ref: ARM matches names case-insensitively, and the core
 * compares refs it built itself.
 */
export function toStorageAccount(sdk: SdkStorageAccount, ref: StorageAccountRef): StorageAccount {
  return {
    subscriptionId: ref.subscriptionId,
    resourceGroup: ref.resourceGroup,
    name: ref.name,
    id: required(sdk.id, 'storageAccount.id'),
    location: required(sdk.location, 'storageAccount.location'),
    kind: required(sdk.kind, 'storageAccount.kind'),
    isHnsEnabled: sdk.isHnsEnabled ?? null,
    minimumTlsVersion: sdk.minimumTlsVersion ?? null,
    publicNetworkAccess: sdk.publicNetworkAccess ?? null,
    // The REST body calls it `networkAcls`; the SDK renames it `networkRuleSet`.
    networkDefaultAction: sdk.networkRuleSet?.defaultAction ?? null,
  };
}

export function toRoleAssignment(sdk: SdkRoleAssignment): RoleAssignment {
  return {
    id: required(sdk.id, 'roleAssignment.id'),
    scope: required(sdk.scope, 'roleAssignment.scope'),
    roleDefinitionId: required(sdk.roleDefinitionId, 'roleAssignment.roleDefinitionId'),
    principalId: required(sdk.principalId, 'roleAssignment.principalId'),
  };
}
