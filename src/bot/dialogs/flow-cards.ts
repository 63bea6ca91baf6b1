import type { BindOutcome, CheckReport } from '../../core';
import type { FlowState } from './flow-state';

/** A choice on a picker card; `note` explains something the admin should know before choosing. */
export interface Choice {
  value: string;
  title: string;
  note?: string;
}

export type AdaptiveCardJson = Record<string, unknown>;

/**
 * The cards the connect flow shows, by meaning. The flow decides what to show; this decides
 * how it looks. One implementation renders the templates in `cards/`.
 */
export interface FlowCards {
  help(options: { sandbox: boolean; intro?: string }): AdaptiveCardJson;
  workspacePicker(state: FlowState, workspaces: Choice[]): AdaptiveCardJson;
  storageMode(state: FlowState, tenantDefault: string | null): AdaptiveCardJson;
  subscriptionPicker(state: FlowState, subscriptions: Choice[]): AdaptiveCardJson;
  resourceGroupPicker(state: FlowState, groups: Choice[]): AdaptiveCardJson;
  accountPicker(state: FlowState, accounts: Choice[]): AdaptiveCardJson;
  checkResult(state: FlowState, report: CheckReport): AdaptiveCardJson;
  bindOutcome(state: FlowState, outcome: BindOutcome): AdaptiveCardJson;
  /** A read-only message card; `restart` adds a "Start over" button. */
  notice(options: {
    title: string;
    message: string;
    problem?: string;
    restart?: boolean;
  }): AdaptiveCardJson;
}
