import type { AddressInfo } from 'node:net';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  PrivateConversationState,
} from 'botbuilder';
import type { Logger } from 'pino';
import type restify from 'restify';
import type { AppConfig } from '../config/env';
import { Binder } from '../core';
import type { Sandbox } from '../sandbox';
import { AccountDirectory } from './account-directory';
import { ChannelNotifier } from './channel-notifier';
import { setUpCloud, type CloudSetup } from './cloud-setup';
import { TemplateFlowCards } from './cards/template-flow-cards';
import { ConnectFlow } from './dialogs/connect-flow';
import { LakelinkBot } from './lakelink-bot';
import { createBotServer } from './server';
import { createStateStorage } from './state-storage';
import { listenFailure } from './startup-error';
import { handleTurnError } from './turn-error';

export interface RunningApp {
  /** Base URL of the bot, e.g. `http://127.0.0.1:3978`. */
  url: string;
  port: number;
  sandbox: Sandbox | null;
  sandboxUrl: string | null;
  close(): Promise<void>;
}

/** Builds the whole bot from configuration and starts listening. */
export async function startApp(config: AppConfig, logger: Logger): Promise<RunningApp> {
  const cloud = await setUpCloud(config, logger);
  try {
    return await startBot(config, logger, cloud);
  } catch (error) {
    await cloud.close();
    throw error;
  }
}

async function startBot(config: AppConfig, logger: Logger, cloud: CloudSetup): Promise<RunningApp> {
  const appId = config.cloud.mode === 'azure' ? config.cloud.appId : '';
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication(authSettings(config)),
  );
  adapter.onTurnError = (context, error) => handleTurnError(context, error, logger);

  // Per user and conversation: in a channel or group chat each admin has a flow of their own,
  // and nobody's click or `connect` moves someone else's.
  const flowState = new PrivateConversationState(createStateStorage(config.stateStorage));
  const notifier = new ChannelNotifier(adapter, appId, config.notifyChannelId, logger);
  const sandbox = cloud.sandbox !== null;
  const cards = new TemplateFlowCards();
  const directory = new AccountDirectory();
  const flow = new ConnectFlow({
    portsFor: cloud.portsFor,
    profile: cloud.profile,
    binder: new Binder(),
    cards,
    directory,
    notifier,
    logger,
    sandbox,
  });
  const bot = new LakelinkBot({
    flowState,
    flow,
    cards,
    directory,
    notifier,
    logger,
    sandbox,
  });

  const server = createBotServer({ adapter, logic: (context) => bot.run(context), logger });
  await listen(server, config.port, config.host);
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    port,
    sandbox: cloud.sandbox,
    sandboxUrl: cloud.sandbox?.url ?? null,
    close: async () => {
      server.close();
      await cloud.close();
    },
  };
}

async function listen(server: restify.Server, port: number, host: string): Promise<void> {
  try {
    await new Promise<void>((resolve, reject) => {
      // restify re-emits the HTTP server's errors on itself; without a listener they throw.
      server.once('error', reject);
      server.listen(port, host, () => {
        server.removeListener('error', reject);
        resolve();
      });
    });
  } catch (error) {
    throw listenFailure(error, port, 'PORT');
  }
}

function authSettings(config: AppConfig): Record<string, string | undefined> {
  if (config.cloud.mode === 'sandbox') return {};
  return {
    MicrosoftAppId: config.cloud.appId,
    MicrosoftAppPassword: config.cloud.appPassword,
    MicrosoftAppType: config.cloud.appType,
    MicrosoftAppTenantId: config.cloud.appTenantId,
  };
}
