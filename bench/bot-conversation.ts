import { postActivity } from '../test/support/bot-client';
import {
  accountSearch,
  cardClick,
  flowIdIn,
  newConversationId,
  offersVerb,
  type Place,
} from './teams-turns';
import { ANALYTICS_PROD_ID, SALES_ID } from './worlds';

/** The text of an invoke answer, the card with its flow id, as Teams receives it. */
export interface InvokeAnswer {
  status: number;
  body: string;
  flowId: string | undefined;
}

/** One benchmark conversation with a bot over HTTP, Ada clicking through the cards. */
export class BotConversation {
  private readonly place: Place;
  flowId = 'bench';

  constructor(
    private readonly botUrl: string,
    serviceUrl: string,
  ) {
    this.place = { serviceUrl, conversationId: newConversationId() };
  }

  /** Clicks a card button; the flow id of the answer's card is kept for the next click. */
  async click(verb: string, data: Record<string, unknown> = {}): Promise<InvokeAnswer> {
    const activity = cardClick(this.place, verb, { flowId: this.flowId, ...data });
    const response = await postActivity(this.botUrl, activity, { timeoutMs: 30_000 });
    const body = JSON.stringify(response.body);
    const flowId = flowIdIn(body);
    if (flowId) this.flowId = flowId;
    return { status: response.status, body, flowId };
  }

  /** Types into the account picker: the `application/search` invoke. */
  async search(queryText: string): Promise<Array<{ value: string }>> {
    const activity = accountSearch(this.place, this.flowId, queryText);
    const response = await postActivity(this.botUrl, activity, { timeoutMs: 30_000 });
    const body = response.body as { value?: { results?: Array<{ value: string }> } } | undefined;
    return body?.value?.results ?? [];
  }

  /** From a fresh flow to the resource group picker of Analytics Prod. */
  async toResourceGroups(): Promise<void> {
    await this.expect('flow.restart', {}, 'workspace.select');
    await this.expect('workspace.select', { workspaceId: SALES_ID }, 'storage.azure');
    await this.expect('storage.azure', {}, 'subscription.select');
    await this.expect(
      'subscription.select',
      { subscriptionId: ANALYTICS_PROD_ID },
      'resourceGroup.select',
    );
  }

  /** Clicks and insists that the answer offers the next button, so no failure gets timed. */
  async expect(verb: string, data: Record<string, unknown>, next: string): Promise<InvokeAnswer> {
    const answer = await this.click(verb, data);
    if (answer.status !== 200 || !offersVerb(answer.body, next)) {
      throw new Error(
        `${verb} did not lead to ${next}: ${answer.status} ${answer.body.slice(0, 300)}`,
      );
    }
    return answer;
  }
}
