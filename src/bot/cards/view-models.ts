import type { CheckId, CheckStatus, Fix } from '../../core/checks/check-result';

/*
 * One view model per template in `cards/`. Optional and nullable fields are guarded in the
 * templates; all text must be user-safe.
 */
// Limitation: TextBlocks render a subset of markdown and names from Power BI and Azure go in
// unescaped, so a name holding `*` or `_` may show formatted. CLI commands go in TextRuns, which
// take no markdown; escaping for every Teams client was not verified, so it is not attempted.

/** Every card carries the flow it belongs to; each button sends it back as `data.flowId`. */
export interface FlowCardModel {
  flowId: string;
}

/**
 * Help and notices can appear outside any flow. Without a `flowId` their one button sends
 * `NO_FLOW_ID`; it only ever starts a new flow.
 */
export interface HelpModel extends Partial<FlowCardModel> {
  /** True when the bot runs against the local sandbox cloud instead of Azure and Power BI. */
  sandbox: boolean;
  /** A line shown above the help, e.g. after a message the bot did not understand. */
  intro?: string;
}

export interface WorkspaceChoice {
  id: string;
  name: string;
  /** Shown after the name, e.g. "has 2 dataflows" or "already uses contosolake". */
  note?: string;
}

export interface WorkspacePickerModel extends FlowCardModel {
  workspaces: WorkspaceChoice[];
}

export interface StorageModeModel extends FlowCardModel {
  workspaceName: string;
  /** Name of the tenant-level storage account; `null` hides the "tenant default" button. */
  tenantDefault: string | null;
}

export interface SubscriptionChoice {
  id: string;
  name: string;
  /** Shown after the name, e.g. "other tenant, cannot be used". */
  note?: string;
}

export interface SubscriptionPickerModel extends FlowCardModel {
  workspaceName: string;
  subscriptions: SubscriptionChoice[];
}

export interface ResourceGroupChoice {
  name: string;
  /** ARM location name, shown after the name. */
  location?: string;
}

export interface ResourceGroupPickerModel extends FlowCardModel {
  workspaceName: string;
  subscriptionName: string;
  resourceGroups: ResourceGroupChoice[];
}

export interface AccountChoice {
  name: string;
  /** Why the account can never qualify, e.g. "no hierarchical namespace, cannot be used". */
  mark?: string;
}

export interface AccountPickerModel extends FlowCardModel {
  workspaceName: string;
  subscriptionName: string;
  resourceGroup: string;
  /** The first accounts when `searchable`, else all of them. */
  accounts: AccountChoice[];
  /** More accounts than a card should carry: Teams typeahead searches the rest. */
  searchable: boolean;
  /** How many accounts the resource group has in all. */
  totalAccounts: number;
}

/** Where the workspace's dataflow storage would go. */
export type StorageTarget =
  | { kind: 'tenant-default'; accountName: string | null }
  | { kind: 'azure'; accountName: string; resourceGroup: string; subscriptionName: string };

export type CheckVerdict = 'ready' | 'needs-confirmation' | 'needs-registration' | 'blocked';

/** Adaptive Card container styles used to colour the verdict. */
export type VerdictStyle = 'good' | 'warning' | 'attention' | 'accent';

export interface CheckRowModel {
  id: CheckId;
  status: CheckStatus;
  /** Icon and word, e.g. "❌ Fail". */
  statusLabel: string;
  title: string;
  expected: string;
  actual: string;
  /** Problem code for a check that did not pass, `null` otherwise. */
  problem: string | null;
  /** How to put it right; `null` for a passed check. */
  fix: Fix | null;
}

/** Built by `checkResultModel()` from the core's results; not meant to be assembled by hand. */
export interface CheckResultModel extends FlowCardModel {
  /** The checks run on show; the bind buttons send it back, so the bot binds what was checked. */
  operationId: string;
  workspaceName: string;
  storage: StorageTarget;
  /** "contosolake" or "tenant default storage (contosolake)". */
  targetLabel: string;
  verdict: CheckVerdict;
  verdictText: string;
  verdictStyle: VerdictStyle;
  /** Set for `needs-confirmation`: which warnings "Bind anyway" accepts. */
  acceptedWarnings: string | null;
  /** Set for `needs-registration`: the step only the Power BI UI can do. */
  registrationStep: string | null;
  checks: CheckRowModel[];
}

export interface ConfirmationModel extends FlowCardModel {
  workspaceName: string;
  storage: StorageTarget;
  /** Display name of who bound it. */
  boundBy: string;
  /** ISO 8601 time, shown as written. */
  boundAt: string;
  /** Titles of the checks that passed or were accepted before binding. */
  verified: string[];
}

export interface BindFailedModel extends FlowCardModel {
  /** The bind attempt that failed. */
  operationId: string;
  /** "❌ Sales was not connected", or for an unconfirmed assignment "⚠️ … not confirmed". */
  heading: string;
  /** `warning` when Power BI did assign the storage but it could not be confirmed. */
  headingStyle: 'attention' | 'warning';
  workspaceName: string;
  storage: StorageTarget;
  /** Stable problem code from the catalogue, e.g. `WORKSPACE_HAS_DATAFLOWS`. */
  problem: string;
  /** User-safe text; never an upstream message or a stack. */
  message: string;
  /** For a verification that failed after binding: what was expected and what was found. */
  expected?: string;
  actual?: string;
  fix?: Fix;
}

/** Cancelled flows, clicks on out-of-date cards, errors. Read-only unless `restart` is set. */
export interface NoticeModel extends Partial<FlowCardModel> {
  title: string;
  message: string;
  problem?: string;
  /** Adds a "Start over" button (`flow.restart`). */
  restart?: boolean;
}

/** The template name (file `cards/<name>.json`) and the view model it expands. */
export interface ViewModels {
  help: HelpModel;
  'workspace-picker': WorkspacePickerModel;
  'storage-mode': StorageModeModel;
  'subscription-picker': SubscriptionPickerModel;
  'resource-group-picker': ResourceGroupPickerModel;
  'account-picker': AccountPickerModel;
  'check-result': CheckResultModel;
  confirmation: ConfirmationModel;
  'bind-failed': BindFailedModel;
  notice: NoticeModel;
}

export type CardName = keyof ViewModels;

const cardNames: Record<CardName, true> = {
  help: true,
  'workspace-picker': true,
  'storage-mode': true,
  'subscription-picker': true,
  'resource-group-picker': true,
  'account-picker': true,
  'check-result': true,
  confirmation: true,
  'bind-failed': true,
  notice: true,
};

export const CARD_NAMES: readonly CardName[] = Object.keys(cardNames) as CardName[];
