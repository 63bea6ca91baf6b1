/** Object ids of the people in worlds/demo.json. */
export const ADA = 'aaaaaaaa-0000-4000-8000-000000000001';
export const BEN = 'bbbbbbbb-0000-4000-8000-000000000002';
export const CARA = 'cccccccc-0000-4000-8000-000000000003';

export const ANALYTICS_SUB = '22222222-2222-4222-8222-222222222222';
export const PARTNER_SUB = '33333333-3333-4333-8333-333333333333';

export const SALES = 'eeeeeeee-0000-4000-8000-000000000001';
export const FINANCE = 'eeeeeeee-0000-4000-8000-000000000002';
export const MARKETING = 'eeeeeeee-0000-4000-8000-000000000003';

export const CONTOSOLAKE_STORAGE_ID = 'dddddddd-0000-4000-8000-000000000001';
export const CONTOSOARCHIVE_STORAGE_ID = 'dddddddd-0000-4000-8000-000000000002';

/** ARM id of a resource group of the Analytics Prod subscription. */
export function groupId(group: string): string {
  return `/subscriptions/${ANALYTICS_SUB}/resourceGroups/${group}`;
}

/** ARM path of the storage accounts of a resource group of Analytics Prod. */
export function accountsOf(group: string): string {
  return `${groupId(group)}/providers/Microsoft.Storage/storageAccounts`;
}

export function accountId(group: string, account: string): string {
  return `${accountsOf(group)}/${account}`;
}
