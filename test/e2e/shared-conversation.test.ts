import { readConfig } from '../../src/config/env';
import { startApp, type RunningApp } from '../../src/bot/app';
import { createLogger } from '../../src/bot/logger';
import { postActivity } from '../support/bot-client';
import { startConnectorStandIn, type ConnectorStandIn } from '../support/connector-stand-in';
import { fakeTeams, type TeamsUser } from '../support/fake-teams-identities';
import { cardActionInvoke, channelMention } from '../support/teams-activities';
import { button, textOf } from './card-actions';

const ADA = { aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Ada Admin' };
const BEN = { aadObjectId: 'bbbbbbbb-0000-4000-8000-000000000002', name: 'Ben Builder' };
const SALES = 'eeeeeeee-0000-4000-8000-000000000001';
const THREAD = `${fakeTeams.channel.id};messageid=1700000000000`;

describe('two admins using the bot in one channel thread', () => {
  let app: RunningApp;
  let connector: ConnectorStandIn;

  beforeEach(async () => {
    connector = await startConnectorStandIn();
    app = await startApp(readConfig({ PORT: '0' }), createLogger('silent'));
  });

  afterEach(async () => {
    await app.close();
    await connector.close();
  });

  async function mention(text: string, user: TeamsUser): Promise<unknown> {
    const before = connector.requests.length;
    const place = { serviceUrl: connector.url, user, conversationId: THREAD };
    expect((await postActivity(app.url, channelMention({ ...place, text }))).status).toBe(200);
    const sent = await connector.waitFor(
      (request) => request.seq > before && Boolean(request.activity?.attachments?.length),
    );
    return sent.activity?.attachments?.[0]?.content;
  }

  async function click(card: unknown, verb: string, user: TeamsUser, inputs = {}) {
    const data = { ...button(card, verb).data, ...inputs };
    const place = { serviceUrl: connector.url, user, conversationId: THREAD, replyToId: '1' };
    const response = await postActivity(app.url, cardActionInvoke({ ...place, verb, data }));
    return (response.body as { value: unknown }).value;
  }

  it("keeps a flow per user: one admin neither moves nor ends the other one's", async () => {
    const adasCard = await mention('connect', ADA);
    await mention('connect', BEN);

    const bensClick = await click(adasCard, 'workspace.select', BEN, { workspaceId: SALES });
    expect(textOf(bensClick)).toContain('STALE_CARD');

    const adasNext = await click(adasCard, 'workspace.select', ADA, { workspaceId: SALES });
    expect(textOf(adasNext)).toContain('Connect to Azure');
  });
});
