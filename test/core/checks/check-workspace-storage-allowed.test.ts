import { checkWorkspaceStorageAllowed } from '../../../src/core/checks/check-workspace-storage-allowed';
import { ACCOUNT_REF } from '../fakes/sample-world';

const ACCOUNT_TARGET = { kind: 'account', account: ACCOUNT_REF } as const;
const EXPECTED = 'allowed by the tenant admin';

describe('checkWorkspaceStorageAllowed', () => {
  it('passes when the tenant allows workspace-level storage', () => {
    const result = checkWorkspaceStorageAllowed({
      target: ACCOUNT_TARGET,
      workspaceStorageAllowed: true,
    });

    expect(result).toMatchObject({ id: 'WORKSPACE_STORAGE_ALLOWED', status: 'pass' });
    expect(result.expected).toBe(EXPECTED);
    expect(result.actual).toBe('allowed');
  });

  it('fails with WORKSPACE_STORAGE_NOT_ALLOWED when the tenant forbids it', () => {
    const result = checkWorkspaceStorageAllowed({
      target: ACCOUNT_TARGET,
      workspaceStorageAllowed: false,
    });

    expect(result).toMatchObject({ status: 'fail', problem: 'WORKSPACE_STORAGE_NOT_ALLOWED' });
    expect(result.actual).toBe('not allowed');
    expect(result.fix?.portalPath).toContain('Azure connections');
  });

  it('warns with WORKSPACE_STORAGE_SETTING_UNKNOWN when nobody configured the setting', () => {
    const result = checkWorkspaceStorageAllowed({
      target: ACCOUNT_TARGET,
      workspaceStorageAllowed: null,
    });

    expect(result).toMatchObject({ status: 'warn', problem: 'WORKSPACE_STORAGE_SETTING_UNKNOWN' });
    expect(result.expected).toBe(EXPECTED);
    expect(result.actual).toBe('not known');
  });

  it('passes for the tenant default even when workspace-level storage is forbidden', () => {
    const result = checkWorkspaceStorageAllowed({
      target: { kind: 'tenant-default' },
      workspaceStorageAllowed: false,
    });

    expect(result.status).toBe('pass');
    expect(result.actual).toBe('not needed: tenant-level storage');
  });
});
