import type { Logger } from 'pino';
import { readConfig } from '../../src/config/env';
import { startApp, type RunningApp } from '../../src/bot/app';
import { createLogger } from '../../src/bot/logger';
import { DEMO_WORLD_PATH } from '../../src/sandbox';
import { postActivity } from '../support/bot-client';
import { startConnectorStandIn, type ConnectorStandIn } from '../support/connector-stand-in';
import { botInstalledInTeam, cardActionInvoke } from '../support/teams-activities';
import { button, textOf } from './card-actions';
import { ADA, ConversationDriver, SALES } from './conversation-driver';

const BEN = { aadObjectId: 'bbbbbbbb-0000-4000-8000-000000000002', name: 'Ben Builder' };
const CONTOSOLAKE_PBI_ID = 'dddddddd-0000-4000-8000-000000000001';

describe('a Teams conversation with the bot over HTTP, on the sandbox cloud', () => {
  let app: RunningApp;
  let connector: ConnectorStandIn;
  let logger: Logger;
  let ada: ConversationDriver;

  beforeEach(async () => {
    logger = createLogger('silent');
    connector = await startConnectorStandIn();
    const config = readConfig({ PORT: '0', SANDBOX_WORLD: DEMO_WORLD_PATH });
    app = await startApp(config, logger);
    ada = new ConversationDriver(app, connector);
  });

  afterEach(async () => {
    await app.close();
    await connector.close();
  });

  async function salesStorageId(): Promise<string | null> {
    const state = app.sandbox?.state();
    const sales = state?.powerBi.workspaces.find((workspace) => workspace.id === SALES);
    return sales?.dataflowStorageId ?? null;
  }

  it('binds Sales to contosolake, confirms it and posts the outcome to the channel', async () => {
    const install = botInstalledInTeam({ serviceUrl: connector.url });
    expect((await postActivity(app.url, install)).status).toBe(200);

    const result = await ada.chooseAccount('contosolake');
    expect(textOf(result)).toContain('contosolake');
    const confirmation = await ada.click(result, 'bind.confirm');

    expect(textOf(confirmation)).toContain('Sales');
    expect(textOf(confirmation)).toContain('contosolake');
    expect(textOf(confirmation)).toContain('Ada Admin');
    expect(await salesStorageId()).toBe(CONTOSOLAKE_PBI_ID);
    const post = await connector.waitFor((request) =>
      textOf(request.activity?.attachments?.[0]?.content).includes('Dataflow storage connected'),
    );
    expect(post.conversationId).toContain('@thread.tacv2');
  });

  it('shows the firewall failure of contosofw with its fix and changes nothing', async () => {
    const result = await ada.chooseAccount('contosofw');

    const text = textOf(result);
    expect(text).toContain('FIREWALL_ENABLED');
    expect(text).toContain('--default-action Allow');
    expect(() => button(result, 'bind.confirm')).toThrow(/no button/);
    expect(() => button(result, 'bind.anyway')).toThrow(/no button/);
    expect(await salesStorageId()).toBeNull();
  });

  it('answers a second click on a finished card without binding twice', async () => {
    const result = await ada.chooseAccount('contosolake');
    const first = await ada.click(result, 'bind.confirm');
    const again = await ada.click(result, 'bind.confirm');

    expect(textOf(again)).toBe(textOf(first));
    expect(await salesStorageId()).toBe(CONTOSOLAKE_PBI_ID);
  });

  it('treats a card from a cancelled conversation as out of date', async () => {
    const workspaces = await ada.say('connect');
    const cancelled = await ada.click(workspaces, 'nav.cancel');
    expect(textOf(cancelled)).toContain('Cancelled');

    const stale = await ada.click(workspaces, 'workspace.select', { workspaceId: SALES });
    expect(textOf(stale)).toContain('STALE_CARD');
  });

  it('refuses a workspace id the user does not administer', async () => {
    const workspaces = await ada.say('connect');
    const notMine = 'eeeeeeee-0000-4000-8000-000000000099';
    const card = await ada.click(workspaces, 'workspace.select', { workspaceId: notMine });
    expect(textOf(card)).toContain('CHOICE_NOT_AVAILABLE');
  });

  it('gives a refused bind a fresh operation id, so the admin can still bind anyway', async () => {
    const ben = new ConversationDriver(app, connector, BEN);
    const accounts = await ben.accountPicker();
    const warned = await ben.click(accounts, 'account.select', { accountName: 'contosolake' });
    expect(textOf(warned)).toContain('OWNER_ROLE_INHERITED');
    const anyway = button(warned, 'bind.anyway');

    // A forged plain "Bind" on a card that only offers "Bind anyway" must not bind.
    const refused = await ben.send('bind.confirm', anyway.data);
    expect(await salesStorageId()).toBeNull();
    const retry = button(refused, 'bind.anyway');
    expect(retry.data.operationId).not.toBe(anyway.data.operationId);

    // Ben has no data role on the lake, so the assignment is made but cannot be confirmed.
    const unconfirmed = await ben.click(refused, 'bind.anyway');
    expect(textOf(unconfirmed)).toContain('Sales was assigned, but the bot could not confirm it');
    expect(textOf(unconfirmed)).toContain('403 AuthorizationPermissionMismatch');
    expect(await salesStorageId()).toBe(CONTOSOLAKE_PBI_ID);
  });

  it('answers a typeahead search on the account picker from the loaded list', async () => {
    const accounts = await ada.accountPicker();
    const flowId = button(accounts, 'account.select').data.flowId;

    const search = cardActionInvoke({
      verb: 'unused',
      serviceUrl: connector.url,
      user: ADA,
      replyToId: '1',
    });
    search.name = 'application/search';
    search.value = {
      queryText: 'lake',
      dataset: 'storageAccounts',
      queryOptions: { skip: 0, top: 15 },
      data: { flowId },
    };
    const response = await postActivity(app.url, search);
    const body = response.body as { type: string; value: { results: { value: string }[] } };

    expect(body.type).toBe('application/vnd.microsoft.search.searchResponse');
    expect(body.value.results.map((result) => result.value)).toEqual([
      'contosolake',
      'contosolakenew',
    ]);
  });

  it('answers an unknown command with the help card', async () => {
    const help = await ada.say('please make coffee');
    expect(textOf(help)).toMatch(/connect/i);
    expect(textOf(help)).toMatch(/cancel/i);
  });
});
