import type { AddressInfo } from 'node:net';
import restify from 'restify';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TeamsActivityHandler,
  TeamsInfo,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type ConversationReference,
} from 'botbuilder';
import { postActivity, postRaw } from './bot-client';
import { startConnectorStandIn, type ConnectorStandIn } from './connector-stand-in';
import { fakeTeams } from './fake-teams-identities';
import { cardActionInvoke, channelMention, personalMessage } from './teams-activities';

const doneCard = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Done' }],
};

/** The smallest Teams bot that exercises sends, invokes, TeamsInfo and a proactive post. */
class EchoBot extends TeamsActivityHandler {
  readonly references: Partial<ConversationReference>[] = [];

  constructor() {
    super();
    this.onMessage(async (context, next) => {
      this.references.push(TurnContext.getConversationReference(context.activity));
      if (context.activity.conversation.conversationType === 'channel') {
        const member = await TeamsInfo.getMember(context, context.activity.from.id);
        const channels = await TeamsInfo.getTeamChannels(context);
        await context.sendActivity(`${member.name} sees ${channels.length} channels`);
      } else {
        await context.sendActivity(`echo: ${context.activity.text}`);
      }
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    _context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const card = { ...doneCard, body: [{ type: 'TextBlock', text: invokeValue.action.verb }] };
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
  }
}

describe('end-to-end chain with a trivial bot', () => {
  let standIn: ConnectorStandIn;
  let server: restify.Server;
  let botUrl: string;
  let bot: EchoBot;
  let adapter: CloudAdapter;
  const turnErrors: unknown[] = [];

  beforeAll(async () => {
    standIn = await startConnectorStandIn();
    // No MicrosoftAppId: botbuilder accepts unauthenticated requests and sends no token.
    adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    adapter.onTurnError = async (_context, error) => {
      turnErrors.push(error);
    };
    bot = new EchoBot();

    server = restify.createServer();
    server.use(restify.plugins.bodyParser());
    server.post('/api/messages', async (req, res) => {
      await adapter.process(req, res, (context) => bot.run(context));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    botUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await standIn.close();
  });

  afterEach(() => {
    expect(turnErrors).toEqual([]);
  });

  it('should deliver the echo of a personal message to the connector stand-in', async () => {
    const inbound = personalMessage({ serviceUrl: standIn.url, text: 'hello bot' });

    const answer = await postActivity(botUrl, inbound);
    const reply = await standIn.waitFor((r) => r.activity?.text === 'echo: hello bot');

    expect(answer).toEqual({ status: 200, body: undefined });
    expect(reply).toMatchObject({
      operation: 'replyToActivity',
      conversationId: fakeTeams.personalConversationId,
      activityId: inbound.id,
      activity: { type: 'message', replyToId: inbound.id, serviceUrl: standIn.url },
    });
    expect(reply.authorization).toBeUndefined();
  });

  it('should return the invoke response of an adaptiveCard/action in the HTTP body', async () => {
    const before = standIn.requests.length;
    const invoke = cardActionInvoke({
      serviceUrl: standIn.url,
      verb: 'linkWorkspace',
      data: { workspaceId: 'w1' },
      replyToId: '1700000000003',
    });

    const answer = await postActivity(botUrl, invoke);

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: { ...doneCard, body: [{ type: 'TextBlock', text: 'linkWorkspace' }] },
    });
    expect(standIn.requests.length).toBe(before);
  });

  it('should answer TeamsInfo calls from the stand-in in a channel thread', async () => {
    const inbound = channelMention({ serviceUrl: standIn.url, text: 'who am I' });

    await postActivity(botUrl, inbound);
    const reply = await standIn.waitFor((r) => r.activity?.text === 'Test User sees 2 channels');

    expect(reply.conversationId).toBe(inbound.conversation.id);
    expect(standIn.requests.map((r) => r.operation)).toEqual(
      expect.arrayContaining(['getConversationMember', 'getTeamChannels']),
    );
  });

  // botbuilder sends a proactive message as a reply to its own continuation event, whose id is a
  // fresh UUID, not the stored `activityId`; Teams tolerates this, so the stand-in must too.
  it('should send proactively with continueConversationAsync and no app id', async () => {
    const stored = bot.references.find((r) => r.conversation?.conversationType === 'personal');
    if (!stored) throw new Error('an earlier test should have stored a personal reference');

    await adapter.continueConversationAsync('', stored, async (context) => {
      await context.sendActivity('proactive hello');
    });

    const sent = await standIn.waitFor((r) => r.activity?.text === 'proactive hello');
    expect(sent).toMatchObject({ operation: 'replyToActivity', status: 201 });
    expect(sent.activityId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(sent.activityId).not.toBe(stored.activityId);
    expect(sent.authorization).toBeUndefined();
  });

  it('should surface a 403 BotNotInConversationRoster from a channel post to the bot', async () => {
    const code = 'BotNotInConversationRoster';
    standIn.failNext('POST', '/v3/conversations', 403, { error: { code, message: 'Not in team' } });
    const parameters = {
      isGroup: true,
      bot: { ...fakeTeams.bot },
      channelData: { channel: { id: fakeTeams.channel.id } },
      activity: { type: 'message', text: 'Workspace linked' },
    } as Parameters<CloudAdapter['createConversationAsync']>[4];

    const posting = adapter.createConversationAsync(
      '',
      'msteams',
      standIn.url,
      '',
      parameters,
      async () => undefined,
    );

    await expect(posting).rejects.toMatchObject({ statusCode: 403, code });
  });

  it('should get a 400 from restify for a body that is not JSON', async () => {
    const answer = await postRaw(botUrl, '{"type": "message",', 'application/json');

    expect(answer.status).toBe(400);
  });

  // Pins a botbuilder 4.23 fault: `process` throws for an activity without `type` before its own
  // 400 branch, so a bare restify route answers 500 with botbuilder's message. The bot's server
  // must check the envelope before calling `process`.
  it('should see a typeless activity turned into a 500 that leaks its message', async () => {
    const answer = await postActivity(botUrl, {});

    expect(answer.status).toBe(500);
    const leaked = expect.stringContaining('missing activity type');
    expect(answer.body).toMatchObject({ message: leaked });
  });
});
