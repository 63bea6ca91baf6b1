import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Bot Connector that accepts every send and remembers nothing: the load's serviceUrl. */
export interface ConnectorSink {
  /** Service URL with its trailing slash. */
  url: string;
  received(): number;
  close(): Promise<void>;
}

export async function startConnectorSink(): Promise<ConnectorSink> {
  let received = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received += 1;
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: String(1_700_000_000_000 + received) }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/amer/`,
    received: () => received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
