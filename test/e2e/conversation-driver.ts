import type { RunningApp } from '../../src/bot/app';
import { postActivity } from '../support/bot-client';
import type { ConnectorStandIn } from '../support/connector-stand-in';
import type { TeamsUser } from '../support/fake-teams-identities';
import { cardActionInvoke, personalMessage } from '../support/teams-activities';
import { button, textOf } from './card-actions';

export const ADA = { aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Ada Admin' };
export const SALES = 'eeeeeeee-0000-4000-8000-000000000001';
export const ANALYTICS_PROD = '22222222-2222-4222-8222-222222222222';

interface InvokeBody {
  statusCode: number;
  type: string;
  value: unknown;
}

/** One user's personal chat with the bot, driven over HTTP like Teams would. */
export class ConversationDriver {
  constructor(
    private readonly app: RunningApp,
    private readonly connector: ConnectorStandIn,
    private readonly user: TeamsUser = ADA,
  ) {}

  /** Sends a message; resolves with the card the bot sent back to the connector. */
  async say(text: string): Promise<unknown> {
    const before = this.connector.requests.length;
    const activity = personalMessage({ text, serviceUrl: this.connector.url, user: this.user });
    const response = await postActivity(this.app.url, activity);
    expect(response.status).toBe(200);
    const sent = await this.connector.waitFor(
      (request) => request.seq > before && Boolean(request.activity?.attachments?.length),
    );
    return sent.activity?.attachments?.[0]?.content;
  }

  /** Clicks the button with `verb`; resolves with the card of the invoke response. */
  click(card: unknown, verb: string, inputs: Record<string, unknown> = {}): Promise<unknown> {
    return this.send(verb, { ...button(card, verb).data, ...inputs });
  }

  /** Sends a card action with exactly this data, as a forged or replayed click would. */
  async send(verb: string, data: Record<string, unknown>): Promise<unknown> {
    const activity = cardActionInvoke({
      verb,
      data,
      serviceUrl: this.connector.url,
      user: this.user,
      replyToId: '1700000000003',
    });
    const response = await postActivity(this.app.url, activity);
    expect(response.status).toBe(200);
    const body = response.body as InvokeBody;
    expect(body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
    });
    return body.value;
  }

  /** connect → Sales → Connect to Azure → Analytics Prod → rg-lake: the account picker. */
  async accountPicker(): Promise<unknown> {
    const workspaces = await this.say('connect');
    expect(textOf(workspaces)).toContain('Sales');
    const mode = await this.click(workspaces, 'workspace.select', { workspaceId: SALES });
    expect(textOf(mode)).toContain('Connect to Azure');
    const subscriptions = await this.click(mode, 'storage.azure');
    expect(textOf(subscriptions)).toContain('Analytics Prod');
    const groups = await this.click(subscriptions, 'subscription.select', {
      subscriptionId: ANALYTICS_PROD,
    });
    expect(textOf(groups)).toContain('rg-lake');
    const accounts = await this.click(groups, 'resourceGroup.select', { resourceGroup: 'rg-lake' });
    expect(textOf(accounts)).toMatch(/contosoblob.*no hierarchical namespace/);
    return accounts;
  }

  /** The account picker, then `account`: the card with the checks. */
  async chooseAccount(account: string): Promise<unknown> {
    const accounts = await this.accountPicker();
    const result = await this.click(accounts, 'account.select', { accountName: account });
    expect(textOf(result)).toContain(account);
    return result;
  }
}
