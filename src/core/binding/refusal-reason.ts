import type { CheckReport } from '../checks/check-report';

/** Why a bind was refused without changing anything. */
export type RefusalReason = 'blocked' | 'needs-registration' | 'warnings-not-confirmed';

/** User-safe wording of each reason, for the `{reason}` of BIND_REFUSED. */
export const REFUSAL_TEXT: Readonly<Record<RefusalReason, string>> = {
  blocked: 'a check failed or could not be completed',
  'needs-registration': 'the storage account must first be connected once in Power BI',
  'warnings-not-confirmed': 'the warnings have not been confirmed',
};

/** Why `report` forbids binding, or `null` when binding may go ahead. */
export function refusalReason(report: CheckReport, confirmWarnings: boolean): RefusalReason | null {
  switch (report.verdict) {
    case 'ready':
      return null;
    case 'needs-confirmation':
      return confirmWarnings ? null : 'warnings-not-confirmed';
    case 'needs-registration':
      return 'needs-registration';
    case 'blocked':
      return 'blocked';
  }
}
