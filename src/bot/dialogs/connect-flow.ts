import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import {
  describeProblem,
  type Actor,
  type Binder,
  type BindOutcome,
  type CloudPortsFactory,
  type TenantProfile,
} from '../../core';
import { Verb } from '../cards/verbs';
import type { AccountDirectory } from '../account-directory';
import type { ChannelNotifier } from '../channel-notifier';
import type { CardAction } from './card-action';
import type { AdaptiveCardJson, FlowCards } from './flow-cards';
import { listAdministeredWorkspaces } from '../../core/choices/administered-workspaces';
import { connectRequest, FlowScreens, type Screen } from './flow-screens';
import type { FlowState, FlowStep } from './flow-state';
import { outcomeAnnouncement } from './outcome-announcement';

export interface ConnectFlowDeps {
  portsFor: CloudPortsFactory;
  profile: TenantProfile;
  binder: Binder;
  cards: FlowCards;
  directory: AccountDirectory;
  notifier: ChannelNotifier;
  logger: Logger;
  sandbox: boolean;
}

/** `state: null` ends the flow. `followUps` are plain messages sent after the card. */
export interface FlowOutcome {
  state: FlowState | null;
  card: AdaptiveCardJson;
  followUps?: string[];
}

/** The verbs each step accepts besides back, cancel, restart and help. */
const STEP_VERBS: Record<FlowStep, readonly string[]> = {
  workspace: [Verb.workspaceSelect],
  mode: [Verb.storageTenant, Verb.storageAzure],
  subscription: [Verb.subscriptionSelect],
  resourceGroup: [Verb.resourceGroupSelect],
  account: [Verb.accountSelect],
  result: [Verb.checksRerun, Verb.bindConfirm, Verb.bindAnyway],
  done: [Verb.checksRerun, Verb.bindConfirm, Verb.bindAnyway],
};

const PREVIOUS: Record<FlowStep, FlowStep> = {
  workspace: 'workspace',
  mode: 'workspace',
  subscription: 'mode',
  resourceGroup: 'subscription',
  account: 'resourceGroup',
  result: 'account',
  done: 'done',
};

/**
 * The connect conversation as a state machine over cards: workspace → storage mode →
 * subscription → resource group → account → checks → bind. Every id a card sends is looked
 * up again in what the user may see; a card from another flow or step is answered, not obeyed.
 */
export class ConnectFlow {
  private readonly screens: FlowScreens;

  constructor(private readonly deps: ConnectFlowDeps) {
    this.screens = new FlowScreens(deps.cards, deps.profile, deps.directory);
  }

  async start(actor: Actor): Promise<FlowOutcome> {
    const state: FlowState = { flowId: randomUUID(), step: 'workspace' };
    return this.guard(state, 'your workspaces', () =>
      this.screens.workspaces(this.deps.portsFor(actor.oid), actor, state),
    );
  }

  async handle(state: FlowState, action: CardAction, actor: Actor): Promise<FlowOutcome> {
    if (action.verb === Verb.flowRestart) return this.start(actor);
    if (action.flowId !== state.flowId) return this.stale(state);
    if (action.verb === Verb.navCancel) return this.cancelled();
    if (action.verb === Verb.helpShow) {
      return { state, card: this.deps.cards.help({ sandbox: this.deps.sandbox }) };
    }
    if (action.verb === Verb.navBack) return this.back(state, actor);
    if (!STEP_VERBS[state.step].includes(action.verb)) return this.stale(state);
    return this.advance(state, action, actor);
  }

  private async advance(state: FlowState, action: CardAction, actor: Actor): Promise<FlowOutcome> {
    const ports = this.deps.portsFor(actor.oid);
    switch (action.verb) {
      case Verb.workspaceSelect:
        if (!action.workspaceId) return this.chooseFirst(state, actor, 'a workspace');
        return this.guard(state, 'your workspaces', async () => {
          const workspaces = await listAdministeredWorkspaces(ports.powerBi, actor);
          const chosen = workspaces.find((item) => sameName(item.id, action.workspaceId));
          if (!chosen) return this.unavailable(state, 'workspace');
          return this.screens.mode({ ...state, workspace: { id: chosen.id, name: chosen.name } });
        });
      case Verb.storageTenant:
        if (!this.deps.profile.tenantStorageAccountName) return this.stale(state);
        return this.guard(state, 'the checks', () =>
          this.screens.checks(ports, actor, { ...state, target: 'tenant-default' }, randomUUID()),
        );
      case Verb.storageAzure:
        return this.guard(state, 'your Azure subscriptions', () =>
          this.screens.subscriptions(ports, { ...state, target: 'account' }),
        );
      case Verb.subscriptionSelect:
        if (!action.subscriptionId) return this.chooseFirst(state, actor, 'a subscription');
        return this.guard(state, 'your Azure subscriptions', async () => {
          const list = await ports.azure.listSubscriptions();
          const chosen = list.find((item) => item.subscriptionId === action.subscriptionId);
          if (!chosen) return this.unavailable(state, 'subscription');
          const subscription = { id: chosen.subscriptionId, name: chosen.displayName };
          return this.screens.resourceGroups(ports, { ...state, subscription });
        });
      case Verb.resourceGroupSelect:
        if (!action.resourceGroup) return this.chooseFirst(state, actor, 'a resource group');
        return this.guard(state, 'the resource groups', async () => {
          const list = await ports.azure.listResourceGroups(state.subscription?.id ?? '');
          const chosen = list.find((item) => sameName(item.name, action.resourceGroup));
          if (!chosen) return this.unavailable(state, 'resource group');
          return this.screens.accounts(ports, actor, { ...state, resourceGroup: chosen.name });
        });
      case Verb.accountSelect:
        if (!action.accountName) return this.chooseFirst(state, actor, 'a storage account');
        return this.guard(state, 'the storage accounts', async () => {
          const subscriptionId = state.subscription?.id ?? '';
          const resourceGroup = state.resourceGroup ?? '';
          const list = await ports.azure.listStorageAccounts(subscriptionId, resourceGroup);
          const chosen = list.find((item) => sameName(item.name, action.accountName));
          if (!chosen) return this.unavailable(state, 'storage account');
          const next = { ...state, accountName: chosen.name };
          return this.screens.checks(ports, actor, next, randomUUID());
        });
      case Verb.checksRerun:
        return this.guard(state, 'the checks', () =>
          this.screens.checks(ports, actor, state, randomUUID()),
        );
      case Verb.bindConfirm:
      case Verb.bindAnyway:
        return this.bind(state, action, actor);
      default:
        return this.stale(state);
    }
  }

  private async bind(state: FlowState, action: CardAction, actor: Actor): Promise<FlowOutcome> {
    if (!state.operationId || action.operationId !== state.operationId) return this.stale(state);
    const ports = this.deps.portsFor(actor.oid);
    const outcome = await this.deps.binder.bindWorkspace(
      ports,
      this.deps.profile,
      connectRequest(actor, state),
      { operationId: state.operationId, confirmWarnings: action.verb === Verb.bindAnyway },
    );
    this.deps.logger.info({ outcome: outcome.kind, problem: problemOf(outcome) }, 'bind finished');
    const next = nextStateAfter(state, outcome);
    // A refusal re-ran the checks: show them, so the admin sees what changed.
    const card =
      outcome.kind === 'refused'
        ? this.deps.cards.checkResult(next, outcome.report)
        : this.deps.cards.bindOutcome(next, outcome);
    // A repeated click replays the first outcome; the channel heard about it already.
    const followUps = state.step === 'done' ? [] : await this.announce(outcome, state);
    return { state: next, card, followUps };
  }

  private async announce(outcome: BindOutcome, state: FlowState): Promise<string[]> {
    const announcement = outcomeAnnouncement(outcome, state);
    if (!announcement) return [];
    const result = await this.deps.notifier.post(this.deps.cards.notice(announcement));
    return result.kind === 'refused' ? [result.hint] : [];
  }

  private back(state: FlowState, actor: Actor): Promise<FlowOutcome> {
    const tenantResult = state.step === 'result' && state.target === 'tenant-default';
    return this.show(tenantResult ? 'mode' : PREVIOUS[state.step], state, actor);
  }

  /** Shows the card of `step` again, with fresh lists. */
  private async show(step: FlowStep, state: FlowState, actor: Actor): Promise<FlowOutcome> {
    const ports = this.deps.portsFor(actor.oid);
    switch (step) {
      case 'workspace':
        return this.guard(state, 'your workspaces', () =>
          this.screens.workspaces(ports, actor, state),
        );
      case 'mode':
        return this.screens.mode(state);
      case 'subscription':
        return this.guard(state, 'your Azure subscriptions', () =>
          this.screens.subscriptions(ports, state),
        );
      case 'resourceGroup':
        return this.guard(state, 'the resource groups', () =>
          this.screens.resourceGroups(ports, state),
        );
      case 'account':
        return this.guard(state, 'the storage accounts', () =>
          this.screens.accounts(ports, actor, state),
        );
      default:
        return this.stale(state);
    }
  }

  /** Nothing was chosen on a picker: show it again and say what is missing. */
  private async chooseFirst(state: FlowState, actor: Actor, what: string): Promise<FlowOutcome> {
    const outcome = await this.show(state.step, state, actor);
    return { ...outcome, followUps: [`Choose ${what} first, then select Next.`] };
  }

  /** Runs a step; a failed read becomes a notice and leaves the flow where it was. */
  private async guard(
    state: FlowState,
    what: string,
    step: () => Promise<Screen | FlowOutcome> | Screen,
  ): Promise<FlowOutcome> {
    try {
      return await step();
    } catch (error) {
      this.deps.logger.warn({ step: state.step, what }, 'step read failed');
      return this.screens.readFailed(state, what, error);
    }
  }

  private unavailable(state: FlowState, what: string): FlowOutcome {
    return { state, card: this.notice(describeProblem('CHOICE_NOT_AVAILABLE', { what })) };
  }

  private stale(state: FlowState): FlowOutcome {
    return { state, card: this.notice(describeProblem('STALE_CARD')) };
  }

  private cancelled(): FlowOutcome {
    const card = this.deps.cards.notice({
      title: 'Cancelled',
      message: 'Nothing was changed. Send "connect" whenever you want to start again.',
      restart: true,
    });
    return { state: null, card };
  }

  private notice(problem: { code: string; title: string; message: string }): AdaptiveCardJson {
    return this.deps.cards.notice({
      title: problem.title,
      message: problem.message,
      problem: problem.code,
      restart: true,
    });
  }
}

function nextStateAfter(state: FlowState, outcome: BindOutcome): FlowState {
  if (outcome.kind === 'bound' || outcome.kind === 'unverified') return { ...state, step: 'done' };
  return { ...state, step: 'result' };
}

function problemOf(outcome: BindOutcome): string | undefined {
  return outcome.kind === 'bound' ? undefined : outcome.problem;
}

function sameName(a: string, b: string | undefined): boolean {
  return b !== undefined && a.toLowerCase() === b.toLowerCase();
}
