import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { startApp } from '../../src/bot/app';
import { createLogger } from '../../src/bot/logger';
import { StartupError } from '../../src/bot/startup-error';
import { readConfig } from '../../src/config/env';

describe('starting the bot', () => {
  let blocker: Server;
  let busyPort: number;

  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    busyPort = (blocker.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it('names PORT when the bot port is taken (regression: it threw a raw stack)', async () => {
    const config = readConfig({ PORT: String(busyPort) });
    const start = startApp(config, createLogger('silent'));

    await expect(start).rejects.toBeInstanceOf(StartupError);
    await expect(start).rejects.toMatchObject({ variable: 'PORT' });
  });

  it('names SANDBOX_PORT when the sandbox port is taken', async () => {
    const config = readConfig({ PORT: '0', SANDBOX_PORT: String(busyPort) });

    await expect(startApp(config, createLogger('silent'))).rejects.toMatchObject({
      name: 'StartupError',
      variable: 'SANDBOX_PORT',
    });
  });
});
