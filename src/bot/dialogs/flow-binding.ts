import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Actor, Binder, BindOutcome, CloudPorts, TenantProfile } from '../../core';
import { Verb } from '../cards/verbs';
import type { ChannelNotifier } from '../channel-notifier';
import type { CardAction } from './card-action';
import type { FlowCards } from './flow-cards';
import { connectRequest } from './flow-screens';
import type { FlowState } from './flow-state';
import { outcomeAnnouncement } from './outcome-announcement';
import type { FlowOutcome } from './connect-flow';

export interface FlowBindingDeps {
  profile: TenantProfile;
  binder: Binder;
  cards: FlowCards;
  notifier: ChannelNotifier;
}

/**
 * The bind step: the Binder re-runs every check, assigns and verifies; the card shows the
 * outcome, and one that reached Power BI is announced in the channel. The caller has already
 * checked that the click belongs to the check run on show (its operation id).
 */
export async function bindFromCard(
  deps: FlowBindingDeps,
  ports: CloudPorts,
  state: FlowState & { operationId: string },
  action: CardAction,
  actor: Actor,
  logger: Logger,
): Promise<FlowOutcome> {
  const outcome = await deps.binder.bindWorkspace(
    ports,
    deps.profile,
    connectRequest(actor, state),
    {
      operationId: state.operationId,
      confirmWarnings: action.verb === Verb.bindAnyway,
    },
  );
  logger.info({ outcome: outcome.kind, problem: problemOf(outcome) }, 'bind finished');

  const next = nextStateAfter(state, outcome);
  // A refusal re-ran the checks: show them, so the admin sees what changed.
  const card =
    outcome.kind === 'refused'
      ? deps.cards.checkResult(next, outcome.report)
      : deps.cards.bindOutcome(next, outcome);
  // A repeated click replays the first outcome; the channel heard about it already.
  const followUps = state.step === 'done' ? [] : await announce(deps, outcome, state);
  return { state: next, card, followUps };
}

async function announce(
  deps: FlowBindingDeps,
  outcome: BindOutcome,
  state: FlowState,
): Promise<string[]> {
  const announcement = outcomeAnnouncement(outcome, state);
  if (!announcement) return [];
  // Keyed by the operation: concurrent clicks on one Bind all see the same outcome.
  const key = state.operationId ?? state.flowId;
  const result = await deps.notifier.post(deps.cards.notice(announcement), key);
  return result.kind === 'refused' || result.kind === 'no-channel' ? [result.hint] : [];
}

function nextStateAfter(state: FlowState, outcome: BindOutcome): FlowState {
  if (outcome.kind === 'bound' || outcome.kind === 'unverified') return { ...state, step: 'done' };
  // Nothing was assigned: the card shown next is a new chance to bind, so it gets its own
  // operation id (the Binder replays an outcome for a repeated id, refusals included).
  return { ...state, step: 'result', operationId: randomUUID() };
}

function problemOf(outcome: BindOutcome): string | undefined {
  return outcome.kind === 'bound' ? undefined : outcome.problem;
}
