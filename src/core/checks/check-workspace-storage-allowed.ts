import type { ConnectTarget } from '../connect-request';
import type { CheckResult } from './check-result';
import { passResult, problemResult, type CheckHeading } from './check-result-builders';

const HEADING: CheckHeading = {
  id: 'WORKSPACE_STORAGE_ALLOWED',
  title: 'Workspace-level storage allowed',
  expected: 'allowed by the tenant admin',
};

export interface WorkspaceStorageAllowedFacts {
  target: ConnectTarget;
  /** TenantProfile.workspaceStorageAllowed: `null` when nobody configured it. */
  workspaceStorageAllowed: boolean | null;
}

/**
 * Passes when the tenant lets workspace admins bring their own storage, or when the target is
 * the tenant default, which needs no such permission. No API exposes the switch, so an
 * unconfigured value only warns and asks the user to confirm it.
 */
export function checkWorkspaceStorageAllowed(facts: WorkspaceStorageAllowedFacts): CheckResult {
  if (facts.target.kind === 'tenant-default') {
    return passResult(HEADING, 'not needed: tenant-level storage');
  }
  if (facts.workspaceStorageAllowed === true) return passResult(HEADING, 'allowed');
  if (facts.workspaceStorageAllowed === false) {
    return problemResult(HEADING, 'fail', 'not allowed', 'WORKSPACE_STORAGE_NOT_ALLOWED');
  }
  return problemResult(HEADING, 'warn', 'not known', 'WORKSPACE_STORAGE_SETTING_UNKNOWN');
}
