import { failureReason } from '../failure-reason';
import type { CallOptions, LakePort } from '../ports';
import { UpstreamError } from '../upstream-error';
import type { Verification } from './verification';

/** The file system Power BI creates in an attached account. */
export const POWER_BI_FILE_SYSTEM = 'powerbi';

/**
 * Looks for the `powerbi` file system Power BI sets up on attach. A 403 is reported as
 * "assigned but unreadable", never as success: the user may lack a Storage Blob Data role.
 */
export async function verifyLakeFileSystem(
  lake: LakePort,
  accountName: string,
  options: CallOptions = {},
): Promise<Verification> {
  const expected = `file system "${POWER_BI_FILE_SYSTEM}" in ${accountName}`;
  const verification = (ok: boolean, actual: string): Verification => ({
    id: 'LAKE_FILE_SYSTEM',
    ok,
    expected,
    actual,
  });

  try {
    const call = { abortSignal: options.abortSignal };
    const exists = await lake.fileSystemExists(accountName, POWER_BI_FILE_SYSTEM, call);
    return verification(exists, exists ? 'present' : 'not found');
  } catch (error) {
    if (error instanceof UpstreamError && error.status === 403) {
      const reason = error.reason;
      return verification(false, `assigned, but you cannot read the lake to confirm (${reason})`);
    }
    return verification(false, `could not be read (${failureReason(error)})`);
  }
}
