import { randomUUID } from 'node:crypto';
import {
  cardActionInvoke,
  personalMessage,
  submitMessage,
  type TeamsWireActivity,
} from '../test/support/teams-activities';
import { ADA_OID } from './worlds';

const ADA = { aadObjectId: ADA_OID, name: 'Ada Admin' };

/** Where the turns of one benchmark conversation go and come from. */
export interface Place {
  serviceUrl: string;
  conversationId: string;
}

export function newConversationId(): string {
  return `a:1Bench-${randomUUID()}`;
}

export function helpMessage(place: Place): TeamsWireActivity {
  return personalMessage({ ...place, user: ADA, text: 'help' });
}

/** An Action.Submit click from an older card: a message with a value and no text. */
export function submitClick(place: Place): TeamsWireActivity {
  return submitMessage({
    ...place,
    user: ADA,
    value: { choice: 'ok' },
    replyToId: '1700000000003',
  });
}

/** An Action.Execute click; the button's data carries the flow id of the card it is on. */
export function cardClick(
  place: Place,
  verb: string,
  data: Record<string, unknown>,
): TeamsWireActivity {
  return cardActionInvoke({ ...place, user: ADA, verb, data, replyToId: '1700000000003' });
}

/** The typeahead query Teams sends while Ada types into the account picker. */
export function accountSearch(place: Place, flowId: string, queryText: string): TeamsWireActivity {
  const activity = cardActionInvoke({ ...place, user: ADA, verb: 'unused', replyToId: '1' });
  activity.name = 'application/search';
  activity.value = {
    queryText,
    dataset: 'storageAccounts',
    queryOptions: { skip: 0, top: 15 },
    data: { flowId },
  };
  return activity;
}

const FLOW_ID = /"flowId":"([^"]+)"/;

/** The flow id on the card of an invoke response body (JSON text); undefined when it has none. */
export function flowIdIn(body: string): string | undefined {
  return FLOW_ID.exec(body)?.[1];
}

/** The card in the invoke response offers a button with this verb. */
export function offersVerb(body: string, verb: string): boolean {
  return body.includes(`"verb":"${verb}"`);
}
