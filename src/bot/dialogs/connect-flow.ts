import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Actor, Binder, CloudPortsFactory, TenantProfile } from '../../core';
import type { AccountDirectory } from '../account-directory';
import type { ChannelNotifier } from '../channel-notifier';
import type { CardAction } from './card-action';
import type { AdaptiveCardJson, FlowCards } from './flow-cards';
import { FlowScreens } from './flow-screens';
import type { FlowState } from './flow-state';
import { FlowTurn } from './flow-turn';

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

/**
 * The connect conversation as a state machine over cards: workspace → storage mode →
 * subscription → resource group → account → checks → bind. Each turn is handled by a
 * FlowTurn that knows who asks and logs under the turn's correlation id.
 */
export class ConnectFlow {
  private readonly screens: FlowScreens;

  constructor(private readonly deps: ConnectFlowDeps) {
    this.screens = new FlowScreens(deps.cards, deps.profile, deps.directory);
  }

  /** Opens a new flow at the workspace picker. */
  start(actor: Actor, logger: Logger = this.deps.logger): Promise<FlowOutcome> {
    const state: FlowState = { flowId: randomUUID(), step: 'workspace' };
    return this.turn(actor, logger).show('workspace', state);
  }

  /** Moves the flow in `state` by one card action. */
  async handle(
    state: FlowState,
    action: CardAction,
    actor: Actor,
    logger: Logger = this.deps.logger,
  ): Promise<FlowOutcome> {
    return this.turn(actor, logger).handle(state, action);
  }

  private turn(actor: Actor, logger: Logger): FlowTurn {
    return new FlowTurn(this.deps, this.screens, actor, logger, () => this.start(actor, logger));
  }
}
