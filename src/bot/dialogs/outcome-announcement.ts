import type { BindOutcome } from '../../core';
import type { FlowState } from './flow-state';

export interface Announcement {
  title: string;
  message: string;
  problem?: string;
}

/**
 * The channel's read-only summary of a bind that reached Power BI. Refusals and busy answers
 * changed nothing and stay in the admin's chat.
 */
export function outcomeAnnouncement(outcome: BindOutcome, state: FlowState): Announcement | null {
  const workspace = state.workspace?.name ?? 'a workspace';
  switch (outcome.kind) {
    case 'bound':
    case 'unverified': {
      const target = outcome.account
        ? `${outcome.account.name} (resource group ${outcome.account.resourceGroup}, ` +
          `subscription ${outcome.subscription?.displayName ?? outcome.account.subscriptionId})`
        : `the tenant's default storage (${outcome.dataflowStorageAccount.name})`;
      const who = outcome.actor.displayName;
      const when = outcome.at.toISOString();
      const verified = outcome.kind === 'bound' ? 'and verified' : 'but not yet verified';
      return {
        title:
          outcome.kind === 'bound' ? 'Dataflow storage connected' : 'Dataflow storage assigned',
        message: `${who} connected ${workspace} to ${target} at ${when}, ${verified}.`,
        ...(outcome.kind === 'unverified' ? { problem: outcome.problem } : {}),
      };
    }
    case 'failed':
      return {
        title: 'Dataflow storage not connected',
        message: `Power BI refused to connect ${workspace}: ${outcome.reason}. Nothing was changed.`,
        problem: outcome.problem,
      };
    default:
      return null;
  }
}
