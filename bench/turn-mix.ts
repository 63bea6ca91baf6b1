import type autocannon from 'autocannon';
import {
  cardClick,
  flowIdIn,
  helpMessage,
  newConversationId,
  offersVerb,
  submitClick,
  type Place,
} from './teams-turns';
import { ANALYTICS_PROD_ID, SALES_ID } from './worlds';

/** What came back during one load run. */
export interface MixTally {
  responses: number;
  /** `performance.now()` of the latest response: autocannon ends runs on whole seconds. */
  lastResponseAt: number;
  /** Card answers without the next step's button (only counted when checking). */
  wrong: number;
}

export function newTally(): MixTally {
  return { responses: 0, lastResponseAt: performance.now(), wrong: 0 };
}

interface Step {
  build(place: Place, flowId: string): object;
  /** The button the answer must offer for the conversation to go on; none for messages. */
  next?: string;
}

// One conversation through to the account card, as an admin clicks it: each click carries the
// flow id of the card it is on. flow.restart starts a fresh flow whatever id it carries.
const STEPS: Step[] = [
  { build: (place) => helpMessage(place) },
  {
    build: (place) => cardClick(place, 'flow.restart', { flowId: 'bench' }),
    next: 'workspace.select',
  },
  {
    build: (place, flowId) =>
      cardClick(place, 'workspace.select', { flowId, workspaceId: SALES_ID }),
    next: 'storage.azure',
  },
  {
    build: (place, flowId) => cardClick(place, 'storage.azure', { flowId }),
    next: 'subscription.select',
  },
  {
    build: (place, flowId) =>
      cardClick(place, 'subscription.select', { flowId, subscriptionId: ANALYTICS_PROD_ID }),
    next: 'resourceGroup.select',
  },
  {
    build: (place, flowId) =>
      cardClick(place, 'resourceGroup.select', { flowId, resourceGroup: 'rg-lake' }),
    next: 'account.select',
  },
  { build: (place) => submitClick(place) },
];

export const TURNS_PER_CONVERSATION = STEPS.length;

/**
 * The autocannon request sequence of one conversation. autocannon resets a connection's context
 * when it starts the sequence over, so every pass is a new conversation with its own id.
 * With `check`, each card answer must offer the next step's button.
 */
export function turnMix(serviceUrl: string, tally: MixTally, check: boolean): autocannon.Request[] {
  return STEPS.map((step) => ({
    method: 'POST',
    path: '/api/messages',
    setupRequest: (request, context) => {
      context.conversationId ??= newConversationId();
      const place = { serviceUrl, conversationId: context.conversationId as string };
      const flowId = (context.flowId as string | undefined) ?? 'none';
      return { ...request, body: JSON.stringify(step.build(place, flowId)) };
    },
    onResponse: (status, body, context) => {
      tally.responses += 1;
      tally.lastResponseAt = performance.now();
      if (!step.next) return;
      context.flowId = flowIdIn(body);
      if (check && (status !== 200 || !offersVerb(body, step.next))) tally.wrong += 1;
    },
  }));
}
