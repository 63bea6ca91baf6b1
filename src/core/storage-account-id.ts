import type { StorageAccountRef } from './model';

/** The ARM resource id of the account `ref` names, built without asking ARM. */
export function storageAccountId(ref: StorageAccountRef): string {
  return (
    `/subscriptions/${ref.subscriptionId}/resourceGroups/${ref.resourceGroup}` +
    `/providers/Microsoft.Storage/storageAccounts/${ref.name}`
  );
}
