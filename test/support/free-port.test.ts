import { createServer } from 'node:net';
import { freePort } from './free-port';

describe('freePort', () => {
  it('should return a port a server can then listen on at 127.0.0.1', async () => {
    const port = await freePort();
    const server = createServer();

    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));

    expect(port).toBeGreaterThan(0);
  });
});
