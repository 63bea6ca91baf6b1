import type { CheckResult, CheckStatus } from '../../core/checks/check-result';
import type {
  CheckResultModel,
  CheckRowModel,
  CheckVerdict,
  StorageTarget,
  VerdictStyle,
} from './view-models';

export interface CheckResultInput {
  flowId: string;
  /** The checks run these results come from. */
  operationId: string;
  workspaceName: string;
  storage: StorageTarget;
  /** Decided by the core from the results; the card only renders it. */
  verdict: CheckVerdict;
  results: readonly CheckResult[];
}

const STATUS_LABEL: Record<CheckStatus, string> = {
  pass: '✅ Pass',
  warn: '⚠️ Warning',
  fail: '❌ Fail',
  unknown: '❔ Unknown',
};

// Problems first: the admin reads down to the first thing to fix, passes trail at the end.
const STATUS_RANK: Record<CheckStatus, number> = { fail: 0, unknown: 1, warn: 2, pass: 3 };

// No public API registers an account with Power BI; this is the one UI step left to the admin.
const REGISTRATION_PATH = 'Workspace settings → Azure connections → Storage → Connect to Azure';

const VERDICT_STYLE: Record<CheckVerdict, VerdictStyle> = {
  ready: 'good',
  'needs-confirmation': 'warning',
  'needs-registration': 'accent',
  blocked: 'attention',
};

/** Builds the check-result card's view model from the core's check results. */
export function checkResultModel(input: CheckResultInput): CheckResultModel {
  const { verdict, results } = input;
  const checks = [...results]
    .sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status])
    .map(toRow);

  return {
    flowId: input.flowId,
    operationId: input.operationId,
    workspaceName: input.workspaceName,
    storage: { ...input.storage },
    targetLabel: targetLabel(input.storage),
    verdict,
    verdictText: verdictText(input),
    verdictStyle: VERDICT_STYLE[verdict],
    acceptedWarnings: verdict === 'needs-confirmation' ? acceptedWarnings(results) : null,
    registrationStep: verdict === 'needs-registration' ? registrationStep(input) : null,
    checks,
  };
}

function toRow(result: CheckResult): CheckRowModel {
  const passed = result.status === 'pass';
  return {
    id: result.id,
    status: result.status,
    statusLabel: STATUS_LABEL[result.status],
    title: result.title,
    expected: result.expected,
    actual: result.actual,
    problem: passed ? null : (result.problem ?? null),
    fix: passed || result.fix === undefined ? null : { ...result.fix },
  };
}

function targetLabel(storage: StorageTarget): string {
  if (storage.kind === 'azure') return storage.accountName;
  if (storage.accountName === null) return 'tenant default storage';
  return `tenant default storage (${storage.accountName})`;
}

function verdictText(input: CheckResultInput): string {
  const count = (status: CheckStatus): number =>
    input.results.filter((r) => r.status === status).length;
  const target = targetLabel(input.storage);

  switch (input.verdict) {
    case 'ready': {
      const all = plural(input.results.length, 'check');
      return `All ${all} passed. ${input.workspaceName} can be connected to ${target}.`;
    }
    case 'needs-confirmation': {
      const warnings = plural(count('warn'), 'warning');
      const needs = count('warn') === 1 ? 'needs' : 'need';
      return `No check failed, but ${warnings} ${needs} your decision.`;
    }
    case 'needs-registration':
      return 'One step is left, and only Power BI can do it: connect the account in the workspace.';
    case 'blocked': {
      const reasons = [];
      if (count('fail') > 0) reasons.push(`${plural(count('fail'), 'check')} failed`);
      if (count('unknown') > 0) reasons.push(`${plural(count('unknown'), 'check')} could not run`);
      if (reasons.length === 0) return 'Binding is blocked.';
      const them = count('fail') + count('unknown') === 1 ? 'it' : 'them';
      return `Binding is blocked: ${reasons.join(', ')}. Fix ${them}, then check again.`;
    }
  }
}

function acceptedWarnings(results: readonly CheckResult[]): string {
  const titles = results.filter((r) => r.status === 'warn').map((r) => r.title);
  if (titles.length === 0) return 'Selecting Bind anyway accepts the warnings below.';
  const these = titles.length === 1 ? 'this warning' : 'these warnings';
  return `Selecting Bind anyway accepts ${these}: ${titles.join(', ')}.`;
}

function registrationStep(input: CheckResultInput): string {
  const { storage, workspaceName } = input;
  const open = `In Power BI, open the workspace ${workspaceName} and go to ${REGISTRATION_PATH}`;
  if (storage.kind !== 'azure') return `${open}. Then select Check again.`;
  const where = `subscription ${storage.subscriptionName}, resource group ${storage.resourceGroup}`;
  return `${open}, and choose ${where}, account ${storage.accountName}. Then select Check again.`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
