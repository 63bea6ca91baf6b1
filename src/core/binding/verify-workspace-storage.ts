import { failureReason } from '../failure-reason';
import type { Workspace } from '../model';
import type { CallOptions, PowerBiPort } from '../ports';
import { sameId } from '../same-id';
import type { Verification } from './verification';

/** The workspace as read back, and whether it points where it should. */
export interface WorkspaceStorageCheck {
  workspace: Workspace | null;
  verification: Verification;
}

/**
 * Reads the workspace back and compares its dataflow storage id with `expectedId`;
 * `null` expects no storage assigned (after a detach).
 */
export async function verifyWorkspaceStorage(
  powerBi: PowerBiPort,
  workspaceId: string,
  expectedId: string | null,
  options: CallOptions = {},
): Promise<WorkspaceStorageCheck> {
  const expected = expectedId === null ? 'no storage assigned' : `storage ${expectedId}`;
  const verification = (ok: boolean, actual: string): Verification => ({
    id: 'WORKSPACE_STORAGE',
    ok,
    expected,
    actual,
  });

  let workspace: Workspace;
  try {
    workspace = await powerBi.getWorkspace(workspaceId, { abortSignal: options.abortSignal });
  } catch (error) {
    const actual = `could not be read (${failureReason(error)})`;
    return { workspace: null, verification: verification(false, actual) };
  }

  const found = workspace.dataflowStorageId;
  const actual = found === null ? 'no storage assigned' : `storage ${found}`;
  const ok = expectedId === null ? found === null : found !== null && sameId(found, expectedId);
  return { workspace, verification: verification(ok, actual) };
}
