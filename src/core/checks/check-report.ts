import type { ConnectRequest } from '../connect-request';
import type { DataflowStorageAccount, StorageAccount, Subscription, Workspace } from '../model';
import type { CheckResult } from './check-result';

/**
 * What the checks allow. `blocked`: a check failed or could not run. `needs-registration`:
 * only the one Power BI UI step of registering the account is missing. `needs-confirmation`:
 * only warnings remain, which the user must accept. `ready`: everything passed.
 */
export type Verdict = 'ready' | 'needs-confirmation' | 'needs-registration' | 'blocked';

/**
 * Every check for one request, in a fixed order, with the facts read on the way.
 * For a tenant-default target the storage-account checks (tenant, namespace, region, TLS,
 * firewall, roles) are not applicable and are left out of `results`; `account` and
 * `subscription` are then `null`.
 */
export interface CheckReport {
  request: ConnectRequest;
  results: CheckResult[];
  verdict: Verdict;
  /** The Power BI entry for the target account, `null` when Power BI does not list it. */
  dataflowStorageAccount: DataflowStorageAccount | null;
  workspace: Workspace | null;
  account: StorageAccount | null;
  subscription: Subscription | null;
  checkedAt: Date;
}
