import type { DataflowStorageAccount } from '../model';

/**
 * The Power BI dataflow storage account named `name` (case-insensitive). When Power BI lists
 * the name twice, an enabled entry wins, since only that one can be assigned.
 */
export function findDataflowStorageAccount(
  accounts: readonly DataflowStorageAccount[],
  name: string,
): DataflowStorageAccount | null {
  // Limitation: matching is by name because Power BI exposes no ARM id for its accounts;
  // whether its `name` always equals the ARM account name is undocumented.
  const matches = accounts.filter((account) => account.name.toLowerCase() === name.toLowerCase());
  return matches.find((account) => account.isEnabled) ?? matches[0] ?? null;
}
