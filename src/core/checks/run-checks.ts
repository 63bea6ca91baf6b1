import { assertRequest } from '../assert-request';
import type { ConnectRequest } from '../connect-request';
import type { TenantProfile } from '../model';
import type { CloudPorts } from '../ports';
import { storageAccountId } from '../storage-account-id';
import type { CheckResult } from './check-result';
import type { CheckReport } from './check-report';
import { checkDataRole } from './check-data-role';
import { checkFirewall } from './check-firewall';
import { checkHierarchicalNamespace } from './check-hierarchical-namespace';
import { checkKnownToPowerBi } from './check-known-to-power-bi';
import { checkOwnerRole } from './check-owner-role';
import { checkRegion } from './check-region';
import { checkSameTenant } from './check-same-tenant';
import { checkTlsVersion } from './check-tls-version';
import { checkWorkspaceAdmin } from './check-workspace-admin';
import { checkWorkspaceEmpty } from './check-workspace-empty';
import { checkWorkspaceStorageAllowed } from './check-workspace-storage-allowed';
import { decideVerdict } from './decide-verdict';
import type { Fact } from './fact';
import { findDataflowStorageAccount } from './find-dataflow-storage-account';
import { gatherFacts, type AccountFacts, type PowerBiFacts } from './gather-facts';

/** Options of runChecks; the caller's object is never changed. */
export interface RunChecksOptions {
  abortSignal?: AbortSignal;
  /** Clock for `checkedAt`; defaults to the system clock. */
  now?: () => Date;
}

/**
 * Checks every prerequisite for attaching `request.workspaceId` to the target, in one round
 * trip: all port calls run at once. A call that fails makes its checks `unknown`, which
 * blocks. For a tenant-default target only the Power BI checks run (see CheckReport).
 * Throws a CoreError for a request with a blank id, and the abort reason when aborted.
 */
export async function runChecks(
  ports: CloudPorts,
  profile: TenantProfile,
  request: ConnectRequest,
  options: RunChecksOptions = {},
): Promise<CheckReport> {
  assertRequest(request);
  options.abortSignal?.throwIfAborted();

  const facts = await gatherFacts(ports, request, { abortSignal: options.abortSignal });
  // Aborted calls would otherwise read as "unexpected error" checks the user never asked for.
  options.abortSignal?.throwIfAborted();

  const accountName = targetAccountName(request, profile);
  const results = [
    ...(facts.account ? accountResults(request, profile, facts.powerBi, facts.account) : []),
    ...powerBiResults(request, profile, facts.powerBi, accountName),
  ];
  const listed = facts.powerBi.dataflowStorageAccounts;

  return {
    request: structuredClone(request),
    results,
    verdict: decideVerdict(results),
    dataflowStorageAccount:
      listed.ok && accountName !== null
        ? findDataflowStorageAccount(listed.value, accountName)
        : null,
    workspace: valueOrNull(facts.powerBi.workspace),
    account: facts.account ? valueOrNull(facts.account.account) : null,
    subscription: facts.account ? valueOrNull(facts.account.subscription) : null,
    checkedAt: (options.now ?? (() => new Date()))(),
  };
}

function accountResults(
  request: ConnectRequest,
  profile: TenantProfile,
  powerBi: PowerBiFacts,
  facts: AccountFacts,
): CheckResult[] {
  if (request.target.kind !== 'account') return [];

  const ref = request.target.account;
  const roleFacts = {
    actor: request.actor,
    accountName: ref.name,
    accountId: storageAccountId(ref),
    assignments: facts.roleAssignments,
  };
  return [
    checkSameTenant({ subscription: facts.subscription, powerBiTenantId: facts.powerBiTenantId }),
    checkHierarchicalNamespace({ account: facts.account }),
    checkRegion({
      account: facts.account,
      workspace: powerBi.workspace,
      capacities: facts.capacities,
      homeRegion: profile.homeRegion,
    }),
    checkTlsVersion({ account: facts.account }),
    checkFirewall({ account: facts.account }),
    checkOwnerRole(roleFacts),
    checkDataRole(roleFacts),
  ];
}

function powerBiResults(
  request: ConnectRequest,
  profile: TenantProfile,
  facts: PowerBiFacts,
  accountName: string | null,
): CheckResult[] {
  return [
    checkWorkspaceEmpty({ dataflows: facts.dataflows }),
    checkWorkspaceAdmin({ actor: request.actor, users: facts.workspaceUsers }),
    checkWorkspaceStorageAllowed({
      target: request.target,
      workspaceStorageAllowed: profile.workspaceStorageAllowed,
    }),
    checkKnownToPowerBi({
      targetKind: request.target.kind,
      accountName,
      dataflowStorageAccounts: facts.dataflowStorageAccounts,
    }),
  ];
}

function targetAccountName(request: ConnectRequest, profile: TenantProfile): string | null {
  return request.target.kind === 'account'
    ? request.target.account.name
    : profile.tenantStorageAccountName;
}

function valueOrNull<T>(fact: Fact<T>): T | null {
  return fact.ok ? fact.value : null;
}
