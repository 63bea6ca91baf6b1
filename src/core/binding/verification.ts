/** Stable identifiers of the checks made after a change. */
export type VerificationId = 'WORKSPACE_STORAGE' | 'LAKE_FILE_SYSTEM';

/** One thing looked at after Power BI accepted a change, and what was found. */
export interface Verification {
  id: VerificationId;
  ok: boolean;
  expected: string;
  actual: string;
}
