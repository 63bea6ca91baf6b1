import {
  describeProblem,
  failureReason,
  runChecks,
  type Actor,
  type CloudPorts,
  type ConnectRequest,
  type StorageAccount,
  type TenantProfile,
} from '../../core';
import { permanentIneligibility } from '../../core/choices/account-eligibility';
import { listAdministeredWorkspaces } from '../../core/choices/administered-workspaces';
import type { AccountDirectory } from '../account-directory';
import type { AdaptiveCardJson, Choice, FlowCards } from './flow-cards';
import type { FlowState } from './flow-state';

/** What a step shows, and the state it leaves the flow in. */
export interface Screen {
  state: FlowState;
  card: AdaptiveCardJson;
}

/**
 * Builds the card of each step from live data, seen with the actor's own access. A failed
 * read becomes a notice that names the call's status and code, and leaves the state as it was.
 */
export class FlowScreens {
  constructor(
    private readonly cards: FlowCards,
    private readonly profile: TenantProfile,
    private readonly directory: AccountDirectory,
  ) {}

  async workspaces(ports: CloudPorts, actor: Actor, state: FlowState): Promise<Screen> {
    const workspaces = await listAdministeredWorkspaces(ports.powerBi, actor);
    const choices = workspaces.map((workspace) => ({
      value: workspace.id,
      title: workspace.name,
      ...(workspace.dataflowStorageId ? { note: 'already has dataflow storage' } : {}),
    }));
    const next = stepState(state, 'workspace');
    return { state: next, card: this.cards.workspacePicker(next, choices) };
  }

  mode(state: FlowState): Screen {
    const next = stepState(state, 'mode');
    return {
      state: next,
      card: this.cards.storageMode(next, this.profile.tenantStorageAccountName),
    };
  }

  async subscriptions(ports: CloudPorts, state: FlowState): Promise<Screen> {
    const subscriptions = await ports.azure.listSubscriptions();
    const choices: Choice[] = subscriptions.map((subscription) => ({
      value: subscription.subscriptionId,
      title: subscription.displayName,
      ...(subscription.state !== 'Enabled' ? { note: subscription.state.toLowerCase() } : {}),
    }));
    const next = stepState(state, 'subscription');
    return { state: next, card: this.cards.subscriptionPicker(next, choices) };
  }

  async resourceGroups(ports: CloudPorts, state: FlowState): Promise<Screen> {
    const groups = await ports.azure.listResourceGroups(required(state.subscription).id);
    const choices = groups.map((group) => ({
      value: group.name,
      title: group.name,
      note: group.location,
    }));
    const next = stepState(state, 'resourceGroup');
    return { state: next, card: this.cards.resourceGroupPicker(next, choices) };
  }

  async accounts(ports: CloudPorts, actor: Actor, state: FlowState): Promise<Screen> {
    const subscriptionId = required(state.subscription).id;
    const accounts = await ports.azure.listStorageAccounts(
      subscriptionId,
      required(state.resourceGroup),
    );
    return this.listedAccounts(actor, state, accounts);
  }

  /** The account picker for accounts the caller has already listed. */
  listedAccounts(actor: Actor, state: FlowState, accounts: StorageAccount[]): Screen {
    const choices = accounts.map((account) => {
      const mark = permanentIneligibility(account);
      return { value: account.name, title: account.name, ...(mark ? { note: mark } : {}) };
    });
    this.directory.remember(actor.oid, state.flowId, choices);
    const next = stepState(state, 'account');
    return { state: next, card: this.cards.accountPicker(next, choices) };
  }

  async checks(
    ports: CloudPorts,
    actor: Actor,
    state: FlowState,
    operationId: string,
  ): Promise<Screen> {
    const report = await runChecks(ports, this.profile, connectRequest(actor, state));
    const next: FlowState = { ...stepState(state, 'result'), operationId };
    return { state: next, card: this.cards.checkResult(next, report) };
  }

  /** A notice for a list that could not be read; the flow stays where it was. */
  readFailed(state: FlowState, what: string, error: unknown): Screen {
    const problem = describeProblem('LIST_CALL_FAILED', { what, reason: failureReason(error) });
    const card = this.cards.notice({
      title: problem.title,
      message: `${problem.message} ${problem.fix.summary}`,
      problem: problem.code,
      restart: true,
    });
    return { state, card };
  }
}

/** The connect request the state describes; only valid once a target is chosen. */
export function connectRequest(actor: Actor, state: FlowState): ConnectRequest {
  const workspaceId = required(state.workspace).id;
  if (state.target === 'tenant-default') {
    return { actor, workspaceId, target: { kind: 'tenant-default' } };
  }
  const account = {
    subscriptionId: required(state.subscription).id,
    resourceGroup: required(state.resourceGroup),
    name: required(state.accountName),
  };
  return { actor, workspaceId, target: { kind: 'account', account } };
}

function stepState(state: FlowState, step: FlowState['step']): FlowState {
  return { ...state, step };
}

function required<T>(value: T | undefined): T {
  // The flow only reaches a step after the choices before it were stored.
  if (value === undefined) throw new Error('flow state is missing an earlier choice');
  return value;
}
