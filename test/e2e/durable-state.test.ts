import { readConfig } from '../../src/config/env';
import { startApp, type RunningApp } from '../../src/bot/app';
import { createLogger } from '../../src/bot/logger';
import { startAzurite, type RunningAzurite } from '../support/azurite';
import { postActivity } from '../support/bot-client';
import { startConnectorStandIn, type ConnectorStandIn } from '../support/connector-stand-in';
import { cardActionInvoke, personalMessage } from '../support/teams-activities';
import { button, textOf } from './card-actions';

const ADA = { aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Ada Admin' };
const SALES = 'eeeeeeee-0000-4000-8000-000000000001';

describe('conversation state in Azure Blob storage (Azurite)', () => {
  let azurite: RunningAzurite;
  let connector: ConnectorStandIn;
  let app: RunningApp | undefined;

  beforeAll(async () => {
    azurite = await startAzurite();
    connector = await startConnectorStandIn();
  }, 30_000);

  afterAll(async () => {
    await app?.close();
    await connector.close();
    await azurite.close();
  });

  function start(durable: boolean): Promise<RunningApp> {
    const blob = durable ? { BOT_STATE_BLOB_CONNECTION_STRING: azurite.connectionString } : {};
    return startApp(readConfig({ PORT: '0', ...blob }), createLogger('silent'));
  }

  /** Opens a flow, restarts the bot, then chooses Sales on the card sent before the restart. */
  async function chooseSalesAcrossRestart(durable: boolean): Promise<unknown> {
    app = await start(durable);
    const before = connector.requests.length;
    const message = personalMessage({ text: 'connect', serviceUrl: connector.url, user: ADA });
    expect((await postActivity(app.url, message)).status).toBe(200);
    const sent = await connector.waitFor(
      (request) => request.seq > before && Boolean(request.activity?.attachments),
    );
    const workspaces = sent.activity?.attachments?.[0]?.content;

    await app.close();
    app = await start(durable);

    const next = button(workspaces, 'workspace.select');
    const invoke = cardActionInvoke({
      verb: next.verb,
      data: { ...next.data, workspaceId: SALES },
      serviceUrl: connector.url,
      user: ADA,
      replyToId: '1',
    });
    const response = await postActivity(app.url, invoke);
    await app.close();
    app = undefined;
    return (response.body as { value: unknown }).value;
  }

  it('resumes an open flow after the bot restarts', async () => {
    const card = await chooseSalesAcrossRestart(true);

    expect(textOf(card)).toContain('Connect to Azure');
    expect(textOf(card)).not.toContain('STALE_CARD');
  });

  it('forgets the flow across a restart when state is kept in memory', async () => {
    const card = await chooseSalesAcrossRestart(false);

    expect(textOf(card)).toContain('STALE_CARD');
  });
});
