import { Writable } from 'node:stream';
import pino from 'pino';
import { DEMO_WORLD_PATH, loadWorld, startSandbox, type Sandbox } from '../../src/sandbox';
import { ADA, SALES } from './support/demo-users';
import { armGet, call, powerBiCall, STORAGE_SCOPE, type CallResult } from './support/https-call';

const lines: Record<string, unknown>[] = [];
let sandbox: Sandbox;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level: 'debug' }, sink);
  sandbox = await startSandbox(loadWorld(DEMO_WORLD_PATH), { logger });
});

afterAll(() => sandbox.close());

function storageCall(path: string, method = 'GET'): Promise<CallResult> {
  const credential = sandbox.credentialFor(ADA);
  return call(sandbox, path, { method, credential, scope: STORAGE_SCOPE });
}

describe('bad requests', () => {
  it('answers a malformed escape in a storage path with 400 InvalidUri', async () => {
    const answer = await storageCall('/contosolake/powerbi/%E0%A4%A');
    expect([answer.status, answer.headers['x-ms-error-code']]).toEqual([400, 'InvalidUri']);
  });

  it('answers a malformed escape in an ARM path with 400 in the ARM shape', async () => {
    const answer = await armGet(sandbox, ADA, '/subscriptions/%E0%A4%A');
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: { code: 'InvalidRequestUri' } });
  });

  it('answers a storage account the world lacks with 404', async () => {
    const answer = await storageCall('/nosuchaccount/powerbi?restype=container');
    expect([answer.status, answer.headers['x-ms-error-code']]).toEqual([404, 'ResourceNotFound']);
  });

  it('answers a storage operation it does not model with 400', async () => {
    const answer = await storageCall('/contosolake/powerbi?restype=container&comp=list');
    expect(answer.headers['x-ms-error-code']).toBe('UnsupportedQueryParameter');
  });

  it('answers a write to a file path with 405 UnsupportedHttpVerb', async () => {
    const answer = await storageCall('/contosolake/powerbi/new.json', 'PUT');
    const code = answer.headers['x-ms-error-code'];
    expect([answer.status, code]).toEqual([405, 'UnsupportedHttpVerb']);
  });

  it('refuses a body over one megabyte with 413', async () => {
    const body = JSON.stringify({ padding: 'x'.repeat(1024 * 1024) });
    const path = `/groups/${SALES}/AssignToDataflowStorage`;
    const answer = await powerBiCall(sandbox, ADA, path, { method: 'POST', body });
    expect(answer.status).toBe(413);
  });
});

describe('logging', () => {
  it('logged the port at start', () => {
    expect(lines[0]).toMatchObject({ port: sandbox.port, msg: 'sandbox cloud listening' });
  });

  it('writes one debug line per request, without the token', async () => {
    const before = lines.length;
    await powerBiCall(sandbox, ADA, '/groups');

    const written = lines.slice(before);
    expect(written).toEqual([
      expect.objectContaining({ level: 20, method: 'GET', status: 200, msg: 'sandbox request' }),
    ]);
    expect(JSON.stringify(written)).not.toMatch(/Bearer|eyJ/);
  });
});
