import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { describeProblem, type Actor, type CloudPorts } from '../../core';
import { findAdministeredWorkspace } from '../../core/choices/administered-workspaces';
import { Verb } from '../cards/verbs';
import { errorSummary } from '../server';
import type { CardAction } from './card-action';
import type { ConnectFlowDeps, FlowOutcome } from './connect-flow';
import type { AdaptiveCardJson } from './flow-cards';
import { bindFromCard } from './flow-binding';
import type { FlowScreens, Screen } from './flow-screens';
import type { FlowState, FlowStep } from './flow-state';

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
 * One turn of the connect flow, for one actor. Every id a card sends is looked up again in
 * what the actor may see; a card from another flow or step is answered, not obeyed.
 */
export class FlowTurn {
  private readonly ports: CloudPorts;

  constructor(
    private readonly deps: ConnectFlowDeps,
    private readonly screens: FlowScreens,
    private readonly actor: Actor,
    private readonly logger: Logger,
    private readonly restart: () => Promise<FlowOutcome>,
  ) {
    this.ports = deps.portsFor(actor.oid);
  }

  handle(state: FlowState, action: CardAction): Promise<FlowOutcome> | FlowOutcome {
    if (action.verb === Verb.flowRestart) return this.restart();
    if (action.flowId !== state.flowId) return this.stale(state);
    if (action.verb === Verb.navCancel) return this.cancelled();
    if (action.verb === Verb.helpShow) {
      return { state, card: this.deps.cards.help({ sandbox: this.deps.sandbox }) };
    }
    if (action.verb === Verb.navBack) return this.back(state);
    if (!STEP_VERBS[state.step].includes(action.verb)) return this.stale(state);
    return this.advance(state, action);
  }

  /** Shows the card of `step` again, with fresh lists. */
  show(step: FlowStep, state: FlowState): Promise<FlowOutcome> {
    const { ports, actor, screens } = this;
    switch (step) {
      case 'workspace':
        return this.guard(state, 'your workspaces', () => screens.workspaces(ports, actor, state));
      case 'mode':
        return Promise.resolve(screens.mode(state));
      case 'subscription':
        return this.guard(state, 'your Azure subscriptions', () =>
          screens.subscriptions(ports, state),
        );
      case 'resourceGroup':
        return this.guard(state, 'the resource groups', () => screens.resourceGroups(ports, state));
      case 'account':
        return this.guard(state, 'the storage accounts', () =>
          screens.accounts(ports, actor, state),
        );
      default:
        return Promise.resolve(this.stale(state));
    }
  }

  private advance(state: FlowState, action: CardAction): Promise<FlowOutcome> | FlowOutcome {
    switch (action.verb) {
      case Verb.workspaceSelect:
        return this.selectWorkspace(state, action.workspaceId);
      case Verb.storageTenant:
        if (!this.deps.profile.tenantStorageAccountName) return this.stale(state);
        return this.runChecks({ ...state, target: 'tenant-default' });
      case Verb.storageAzure:
        return this.show('subscription', { ...state, target: 'account' });
      case Verb.subscriptionSelect:
        return this.selectSubscription(state, action.subscriptionId);
      case Verb.resourceGroupSelect:
        return this.selectResourceGroup(state, action.resourceGroup);
      case Verb.accountSelect:
        return this.selectAccount(state, action.accountName);
      case Verb.checksRerun:
        return this.runChecks(state);
      case Verb.bindConfirm:
      case Verb.bindAnyway:
        return this.bind(state, action);
      default:
        return this.stale(state);
    }
  }

  private async selectWorkspace(state: FlowState, id: string | undefined): Promise<FlowOutcome> {
    if (!id) return this.chooseFirst(state, 'a workspace');
    return this.guard(state, 'your workspaces', async () => {
      const chosen = await findAdministeredWorkspace(this.ports.powerBi, this.actor, id);
      if (!chosen) return this.unavailable(state, 'workspace');
      return this.screens.mode({ ...state, workspace: { id: chosen.id, name: chosen.name } });
    });
  }

  private async selectSubscription(state: FlowState, id: string | undefined) {
    if (!id) return this.chooseFirst(state, 'a subscription');
    return this.guard(state, 'your Azure subscriptions', async () => {
      const list = await this.ports.azure.listSubscriptions();
      const chosen = list.find((item) => sameName(item.subscriptionId, id));
      if (!chosen) return this.unavailable(state, 'subscription');
      const subscription = { id: chosen.subscriptionId, name: chosen.displayName };
      return this.screens.resourceGroups(this.ports, { ...state, subscription });
    });
  }

  private async selectResourceGroup(state: FlowState, name: string | undefined) {
    if (!name) return this.chooseFirst(state, 'a resource group');
    return this.guard(state, 'the resource groups', async () => {
      const subscriptionId = state.subscription?.id ?? '';
      // The group is looked up in the actor's list while its accounts are read, so the card
      // takes one round trip, not two; the accounts are shown only once the group is found.
      const [groups, accounts] = await Promise.allSettled([
        this.ports.azure.listResourceGroups(subscriptionId),
        this.ports.azure.listStorageAccounts(subscriptionId, name),
      ]);
      if (groups.status === 'rejected') throw groups.reason;
      const chosen = groups.value.find((item) => sameName(item.name, name));
      if (!chosen) return this.unavailable(state, 'resource group');
      if (accounts.status === 'rejected') throw accounts.reason;
      const next = { ...state, resourceGroup: chosen.name };
      return this.screens.listedAccounts(this.actor, next, accounts.value);
    });
  }

  private async selectAccount(state: FlowState, name: string | undefined) {
    if (!name) return this.chooseFirst(state, 'a storage account');
    // The picker's own list (kept for typeahead) answers without paging through ARM again.
    const known = this.deps.directory.find(this.actor.oid, state.flowId, name);
    if (known === false) return this.unavailable(state, 'storage account');
    return this.guard(state, 'the storage accounts', async () => {
      let accountName = known ?? undefined;
      if (accountName === undefined) {
        const { subscription, resourceGroup } = state;
        const list = await this.ports.azure.listStorageAccounts(
          subscription?.id ?? '',
          resourceGroup ?? '',
        );
        accountName = list.find((item) => sameName(item.name, name))?.name;
      }
      if (!accountName) return this.unavailable(state, 'storage account');
      return this.checksScreen({ ...state, accountName });
    });
  }

  private runChecks(state: FlowState): Promise<FlowOutcome> {
    return this.guard(state, 'the checks', () => this.checksScreen(state));
  }

  private checksScreen(state: FlowState): Promise<Screen> {
    return this.screens.checks(this.ports, this.actor, state, randomUUID());
  }

  private bind(state: FlowState, action: CardAction): Promise<FlowOutcome> | FlowOutcome {
    const { operationId } = state;
    if (!operationId || action.operationId !== operationId) return this.stale(state);
    const pinned = { ...state, operationId };
    return bindFromCard(this.deps, this.ports, pinned, action, this.actor, this.logger);
  }

  private back(state: FlowState): Promise<FlowOutcome> {
    const tenantResult = state.step === 'result' && state.target === 'tenant-default';
    return this.show(tenantResult ? 'mode' : PREVIOUS[state.step], state);
  }

  /** Nothing was chosen on a picker: show it again and say what is missing. */
  private async chooseFirst(state: FlowState, what: string): Promise<FlowOutcome> {
    const outcome = await this.show(state.step, state);
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
      this.logger.warn({ step: state.step, what, err: errorSummary(error) }, 'step read failed');
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
    const { code, title, message } = problem;
    return this.deps.cards.notice({ title, message, problem: code, restart: true });
  }
}

function sameName(a: string, b: string | undefined): boolean {
  return b !== undefined && a.toLowerCase() === b.toLowerCase();
}
