import { gzipSync } from 'node:zlib';
import { readConfig } from '../../src/config/env';
import { startApp, type RunningApp } from '../../src/bot/app';
import { createLogger } from '../../src/bot/logger';
import { postActivity, postRaw } from '../support/bot-client';
import { startConnectorStandIn, type ConnectorStandIn } from '../support/connector-stand-in';
import { cardActionInvoke, personalMessage } from '../support/teams-activities';
import { textOf } from './card-actions';

describe('the bot endpoint given bad input', () => {
  let app: RunningApp;
  let connector: ConnectorStandIn;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    app = await startApp(readConfig({ PORT: '0' }), createLogger('silent'));
  });

  afterAll(async () => {
    await app.close();
    await connector.close();
  });

  it.each([
    ['an empty body', ''],
    ['a body that is not JSON', '{"type": "message", '],
    ['a JSON array', '[1, 2]'],
    ['an activity without a type', '{"channelId":"msteams"}'],
  ])('answers 400 to %s without leaking internals', async (_name, body) => {
    const response = await postRaw(app.url, body, 'application/json');
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).not.toMatch(/validateAndFixActivity|at .*\.js/);
  });

  it('refuses a gzip body that is not gzip, and stays up (regression: it crashed)', async () => {
    const headers = { 'content-encoding': 'gzip' };
    const response = await postRaw(app.url, '{}', 'application/json', { headers });
    expect(response.status).toBe(415);

    const activity = personalMessage({ text: 'help', serviceUrl: connector.url });
    expect((await postActivity(app.url, activity)).status).toBe(200);
  });

  it('refuses a compressed activity instead of inflating it past the size limit', async () => {
    const activity = personalMessage({ text: 'help', serviceUrl: connector.url });
    const padded = JSON.stringify({ ...activity, pad: 'x'.repeat(2_000_000) });
    const headers = { 'content-encoding': 'gzip' };
    const response = await postRaw(app.url, gzipSync(padded), 'application/json', {
      headers,
    });
    expect(response.status).toBe(415);
  });

  it('stays up after bad input and answers the next real message', async () => {
    await postRaw(app.url, 'garbage', 'application/json');
    const activity = personalMessage({ text: 'help', serviceUrl: connector.url });
    expect((await postActivity(app.url, activity)).status).toBe(200);
  });

  it('answers a card action with a malformed id with a card naming the field', async () => {
    const invoke = cardActionInvoke({
      verb: 'workspace.select',
      data: { flowId: 'x', workspaceId: '../../admin' },
      serviceUrl: connector.url,
      replyToId: '1',
    });
    const response = await postActivity(app.url, invoke);
    const body = response.body as { statusCode: number; value: unknown };
    expect(body.statusCode).toBe(200);
    expect(textOf(body.value)).toContain('INVALID_CARD_INPUT');
    expect(textOf(body.value)).toContain('workspaceId');
  });

  it('answers a card action with an unknown verb with a card, not an error page', async () => {
    const invoke = cardActionInvoke({
      verb: 'drop.tables',
      data: { flowId: 'x' },
      serviceUrl: connector.url,
      replyToId: '1',
    });
    const response = await postActivity(app.url, invoke);
    const body = response.body as { statusCode: number; value: unknown };
    expect(textOf(body.value)).toContain('INVALID_CARD_INPUT');
  });
});
