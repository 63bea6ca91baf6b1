import { readConfig } from '../../src/config/env';
import { startApp, type RunningApp } from '../../src/bot/app';
import { createLogger } from '../../src/bot/logger';
import { postActivity } from '../support/bot-client';
import { startConnectorStandIn, type ConnectorStandIn } from '../support/connector-stand-in';
import { botInstalledInTeam } from '../support/teams-activities';
import { textOf } from './card-actions';
import { ConversationDriver } from './conversation-driver';

const CONFIGURED_CHANNEL = '19:configured-channel@thread.tacv2';

describe('outcome posts to a Teams channel', () => {
  let app: RunningApp;
  let connector: ConnectorStandIn;

  async function start(env: Record<string, string> = {}): Promise<ConversationDriver> {
    connector = await startConnectorStandIn();
    app = await startApp(readConfig({ PORT: '0', ...env }), createLogger('silent'));
    return new ConversationDriver(app, connector);
  }

  afterEach(async () => {
    await app.close();
    await connector.close();
  });

  const channelPosts = () =>
    connector.requests.filter((request) =>
      textOf(request.activity?.attachments?.[0]?.content).includes('Dataflow storage connected'),
    );

  it('greets the team when it is added to one', async () => {
    await start();
    await postActivity(app.url, botInstalledInTeam({ serviceUrl: connector.url }));

    const welcome = await connector.waitFor((request) =>
      /I will post here/.test(request.activity?.text ?? ''),
    );
    expect(welcome.conversationId).toContain('@thread.tacv2');
  });

  it('posts once when Bind is clicked twice at the same time (regression: it posted twice)', async () => {
    const chat = await start();
    await postActivity(app.url, botInstalledInTeam({ serviceUrl: connector.url }));
    const result = await chat.chooseAccount('contosolake');

    await Promise.all([chat.click(result, 'bind.confirm'), chat.click(result, 'bind.confirm')]);

    expect(channelPosts()).toHaveLength(1);
  });

  it('tells the admin when no channel is known to post to (regression: silently lost)', async () => {
    const chat = await start();
    const result = await chat.chooseAccount('contosolake');
    const before = connector.requests.length;

    await chat.click(result, 'bind.confirm');

    const note = await connector.waitFor(
      (request) =>
        request.seq > before && /not posted to a channel/.test(request.activity?.text ?? ''),
    );
    expect(note.activity?.text).toContain('NOTIFY_CHANNEL_ID');
    expect(channelPosts()).toHaveLength(0);
  });

  it('posts to NOTIFY_CHANNEL_ID without having seen that channel since start', async () => {
    const chat = await start({ NOTIFY_CHANNEL_ID: CONFIGURED_CHANNEL });
    const result = await chat.chooseAccount('contosolake');

    await chat.click(result, 'bind.confirm');

    const [post] = channelPosts();
    expect(post?.conversationId).toBe(CONFIGURED_CHANNEL);
  });
});
