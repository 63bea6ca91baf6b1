import type { StorageAccount } from '../model';

/** Why an account can never hold dataflow storage, or null when it may (the checks decide). */
export function permanentIneligibility(account: StorageAccount): string | null {
  // Hierarchical namespace cannot be switched off, and switching it on is a one-way migration:
  // an account without it is worth showing (so the admin sees why) but never worth checking.
  if (account.isHnsEnabled !== true) return 'no hierarchical namespace, cannot be used';
  return null;
}
