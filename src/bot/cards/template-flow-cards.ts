import {
  describeProblem,
  type BindOutcome,
  type CheckReport,
  type VerificationId,
} from '../../core';
import type { AdaptiveCardJson, Choice, FlowCards } from '../dialogs/flow-cards';
import type { FlowState } from '../dialogs/flow-state';
import { checkResultModel } from './check-result-model';
import { renderCard } from './render-card';
import type { StorageTarget } from './view-models';

const VERIFIED_LABEL: Record<VerificationId, string> = {
  WORKSPACE_STORAGE: 'Power BI reports the workspace on the new storage',
  LAKE_FILE_SYSTEM: 'The powerbi file system exists in the storage account',
};

// Teams caps a card near 28 KB; a hundred choices stay well inside it, and typeahead serves
// the rest of a larger resource group.
const STATIC_ACCOUNT_CHOICES = 100;

const UNCONFIRMED_LABEL: Record<VerificationId, string> = {
  WORKSPACE_STORAGE: 'Power BI does not report the workspace on the new storage yet',
  LAKE_FILE_SYSTEM: 'the powerbi file system in the storage account could not be read',
};

/** The flow's cards, rendered from the templates in `cards/`. */
export class TemplateFlowCards implements FlowCards {
  help(options: { sandbox: boolean; intro?: string }): AdaptiveCardJson {
    return renderCard('help', { ...options });
  }

  workspacePicker(state: FlowState, workspaces: Choice[]): AdaptiveCardJson {
    return renderCard('workspace-picker', {
      flowId: state.flowId,
      workspaces: workspaces.map((c) => ({ id: c.value, name: c.title, ...noteOf(c, 'note') })),
    });
  }

  storageMode(state: FlowState, tenantDefault: string | null): AdaptiveCardJson {
    return renderCard('storage-mode', {
      flowId: state.flowId,
      workspaceName: workspaceName(state),
      tenantDefault,
    });
  }

  subscriptionPicker(state: FlowState, subscriptions: Choice[]): AdaptiveCardJson {
    return renderCard('subscription-picker', {
      flowId: state.flowId,
      workspaceName: workspaceName(state),
      subscriptions: subscriptions.map((c) => ({
        id: c.value,
        name: c.title,
        ...noteOf(c, 'note'),
      })),
    });
  }

  resourceGroupPicker(state: FlowState, groups: Choice[]): AdaptiveCardJson {
    return renderCard('resource-group-picker', {
      flowId: state.flowId,
      workspaceName: workspaceName(state),
      subscriptionName: required(state.subscription, 'subscription').name,
      // The flow passes the group's location as its note.
      resourceGroups: groups.map((c) => ({ name: c.value, ...noteOf(c, 'location') })),
    });
  }

  accountPicker(state: FlowState, accounts: Choice[]): AdaptiveCardJson {
    const searchable = accounts.length > STATIC_ACCOUNT_CHOICES;
    const shown = searchable ? accounts.slice(0, STATIC_ACCOUNT_CHOICES) : accounts;
    return renderCard('account-picker', {
      flowId: state.flowId,
      workspaceName: workspaceName(state),
      subscriptionName: required(state.subscription, 'subscription').name,
      resourceGroup: required(state.resourceGroup, 'resource group'),
      accounts: shown.map((c) => ({ name: c.value, ...noteOf(c, 'mark') })),
      searchable,
      totalAccounts: accounts.length,
    });
  }

  checkResult(state: FlowState, report: CheckReport): AdaptiveCardJson {
    const model = checkResultModel({
      flowId: state.flowId,
      operationId: required(state.operationId, 'operation id'),
      workspaceName: workspaceName(state),
      storage: storageTarget(state, report.dataflowStorageAccount?.name ?? null),
      verdict: report.verdict,
      results: report.results,
    });
    return renderCard('check-result', model);
  }

  bindOutcome(state: FlowState, outcome: BindOutcome): AdaptiveCardJson {
    switch (outcome.kind) {
      case 'refused':
        return this.checkResult(state, outcome.report);
      case 'bound':
        return renderCard('confirmation', {
          flowId: state.flowId,
          workspaceName: outcome.workspace.name,
          storage: storageTarget(state, outcome.dataflowStorageAccount.name),
          boundBy: outcome.actor.displayName,
          boundAt: outcome.at.toISOString(),
          verified: [
            ...outcome.report.results
              .filter((r) => r.status === 'pass' || r.status === 'warn')
              .map((r) => (r.status === 'warn' ? `${r.title} (warning accepted)` : r.title)),
            ...outcome.verifications.filter((v) => v.ok).map((v) => VERIFIED_LABEL[v.id]),
          ],
        });
      case 'unverified': {
        const failed = outcome.verifications.filter((v) => !v.ok);
        const details = failed.map((v) => UNCONFIRMED_LABEL[v.id]).join('; ');
        const problem = describeProblem(outcome.problem, { details: details || 'unknown' });
        return this.bindFailed(state, problem, failed[0], 'unconfirmed');
      }
      case 'failed':
        return this.bindFailed(state, describeProblem(outcome.problem, { reason: outcome.reason }));
      case 'busy':
        return this.bindFailed(state, describeProblem(outcome.problem));
    }
  }

  notice(options: {
    title: string;
    message: string;
    problem?: string;
    restart?: boolean;
  }): AdaptiveCardJson {
    return renderCard('notice', { ...options });
  }

  private bindFailed(
    state: FlowState,
    problem: ReturnType<typeof describeProblem>,
    verification?: { expected: string; actual: string },
    result: 'not-connected' | 'unconfirmed' = 'not-connected',
  ): AdaptiveCardJson {
    const name = workspaceName(state);
    const unconfirmed = result === 'unconfirmed';
    return renderCard('bind-failed', {
      flowId: state.flowId,
      operationId: required(state.operationId, 'operation id'),
      heading: unconfirmed
        ? `⚠️ ${name} was assigned, but the bot could not confirm it`
        : `❌ ${name} was not connected`,
      headingStyle: unconfirmed ? 'warning' : 'attention',
      workspaceName: name,
      storage: storageTarget(state, null),
      problem: problem.code,
      message: problem.message,
      ...(verification ? { expected: verification.expected, actual: verification.actual } : {}),
      fix: problem.fix,
    });
  }
}

function storageTarget(state: FlowState, tenantAccountName: string | null): StorageTarget {
  if (state.target === 'tenant-default') {
    return { kind: 'tenant-default', accountName: tenantAccountName };
  }
  return {
    kind: 'azure',
    accountName: required(state.accountName, 'storage account'),
    resourceGroup: required(state.resourceGroup, 'resource group'),
    subscriptionName: required(state.subscription, 'subscription').name,
  };
}

function workspaceName(state: FlowState): string {
  return required(state.workspace, 'workspace').name;
}

function noteOf<K extends string>(choice: Choice, key: K): Partial<Record<K, string>> {
  return choice.note ? ({ [key]: choice.note } as Partial<Record<K, string>>) : {};
}

function required<T>(value: T | undefined, what: string): T {
  // The flow renders a card only after the choices before it were stored.
  if (value === undefined) throw new Error(`Flow state has no ${what} for this card`);
  return value;
}
