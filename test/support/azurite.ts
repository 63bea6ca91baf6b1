import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/**
 * Azurite's documented development account. It is public and works only against a local
 * emulator; it is the one fake secret the tests use.
 */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface RunningAzurite {
  connectionString: string;
  close(): Promise<void>;
}

const BIN = join(__dirname, '..', '..', 'node_modules', '.bin', 'azurite-blob');

/** Starts Azurite's Blob service on loopback, in memory, on a free port. */
export function startAzurite(timeoutMs = 20_000): Promise<RunningAzurite> {
  const args = ['--blobHost', '127.0.0.1', '--blobPort', '0', '--inMemoryPersistence'];
  // The Azurite release that installs on Node 20 predates the storage API version that
  // botbuilder-azure-blobs sends; the calls it makes are unchanged between the two.
  const flags = ['--silent', '--disableTelemetry', '--skipApiVersionCheck'];
  const child = spawn(BIN, [...args, ...flags], { stdio: 'pipe' });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`Azurite did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listens on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({ connectionString: connectionString(match[1]), close: () => stop(child) });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with ${code}:\n${output}`));
    });
  });
}

function connectionString(blobUrl: string): string {
  return [
    'DefaultEndpointsProtocol=http',
    `AccountName=${DEV_ACCOUNT}`,
    `AccountKey=${DEV_KEY}`,
    `BlobEndpoint=${blobUrl}/${DEV_ACCOUNT}`,
  ].join(';');
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill();
  });
}
