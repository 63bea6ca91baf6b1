import { DEMO_WORLD_PATH, loadWorld, startSandbox, type Sandbox } from '../../src/sandbox';
import { ADA, BEN } from './support/demo-users';
import { call, STORAGE_SCOPE } from './support/https-call';
import { all, lakeClient } from './support/sdk-clients';

const MODEL_PATH = 'Marketing/Campaigns/model.json';

function powerBiFileSystem(oid: string, account: string) {
  return lakeClient(sandbox, oid, account).getFileSystemClient('powerbi');
}

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox(loadWorld(DEMO_WORLD_PATH));
});

afterAll(() => sandbox.close());

describe('file systems through DataLakeServiceClient', () => {
  it('says the powerbi file system of contosolake exists and an unknown one does not', async () => {
    const lake = lakeClient(sandbox, ADA, 'contosolake');
    await expect(lake.getFileSystemClient('powerbi').exists()).resolves.toBe(true);
    await expect(lake.getFileSystemClient('missing').exists()).resolves.toBe(false);
  });

  it('creates a missing file system once and records it in the world', async () => {
    const fileSystem = powerBiFileSystem(ADA, 'contosolakenew');
    const first = await fileSystem.createIfNotExists();
    const second = await fileSystem.createIfNotExists();

    expect([first.succeeded, second.succeeded]).toEqual([true, false]);
    const account = sandbox
      .state()
      .azure.subscriptions[0]?.resourceGroups[0]?.storageAccounts.find(
        (item) => item.name === 'contosolakenew',
      );
    expect(account?.fileSystems).toEqual({ powerbi: {} });
  });

  it('lists paths recursively below a directory, folders marked as such', async () => {
    const fileSystem = powerBiFileSystem(ADA, 'contosolake');
    const paths = await all(fileSystem.listPaths({ recursive: true, path: 'Marketing' }));
    expect(paths.map((path) => [path.name, path.isDirectory === true])).toEqual([
      ['Marketing/Campaigns', true],
      [MODEL_PATH, false],
    ]);
    expect(paths[1]?.contentLength).toBeGreaterThan(100);
  });

  it('answers PathNotFound when listing below a directory that does not exist', async () => {
    const fileSystem = powerBiFileSystem(ADA, 'contosolake');
    const listing = all(fileSystem.listPaths({ recursive: true, path: 'Nowhere' }));
    await expect(listing).rejects.toMatchObject({ statusCode: 404, code: 'PathNotFound' });
  });
});

describe('files through DataLakeFileClient', () => {
  it('reads model.json as the JSON text of the world value', async () => {
    const file = powerBiFileSystem(ADA, 'contosolake').getFileClient(MODEL_PATH);
    await expect(file.exists()).resolves.toBe(true);

    const model = JSON.parse((await file.readToBuffer()).toString('utf8')) as { name: string };
    expect(model.name).toBe('Campaigns');
  });

  it('streams the same bytes through read()', async () => {
    const file = powerBiFileSystem(ADA, 'contosolake').getFileClient(MODEL_PATH);
    const response = await file.read();
    const chunks: Buffer[] = [];
    for await (const chunk of response.readableStreamBody ?? []) {
      chunks.push(Buffer.from(chunk as Buffer));
    }
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8'))).toMatchObject({ version: '1.0' });
  });

  it('says a missing file does not exist and refuses to read it with BlobNotFound', async () => {
    const file = powerBiFileSystem(ADA, 'contosolake').getFileClient('none.json');
    await expect(file.exists()).resolves.toBe(false);
    await expect(file.read()).rejects.toMatchObject({ statusCode: 404, code: 'BlobNotFound' });
  });
});

describe('data access refusals', () => {
  it('refuses Ben, Owner without a data role, with AuthorizationPermissionMismatch', async () => {
    const fileSystem = powerBiFileSystem(BEN, 'contosolake');
    await expect(fileSystem.exists()).rejects.toMatchObject({
      statusCode: 403,
      code: 'AuthorizationPermissionMismatch',
    });
    await expect(all(fileSystem.listPaths({ recursive: true }))).rejects.toMatchObject({
      statusCode: 403,
      code: 'AuthorizationPermissionMismatch',
    });
  });

  it('refuses every caller of a firewalled account with AuthorizationFailure', async () => {
    const fileSystem = powerBiFileSystem(ADA, 'contosofw');
    const refused = { statusCode: 403, code: 'AuthorizationFailure' };
    await expect(fileSystem.exists()).rejects.toMatchObject(refused);
  });

  it('answers a Blob-dialect error as XML with the x-ms-error-code header', async () => {
    const answer = await call(sandbox, '/contosolake/powerbi?restype=container', {
      credential: sandbox.credentialFor(BEN),
      scope: STORAGE_SCOPE,
    });
    expect(answer.status).toBe(403);
    expect(answer.headers['x-ms-error-code']).toBe('AuthorizationPermissionMismatch');
    expect(answer.text).toContain('<Code>AuthorizationPermissionMismatch</Code>');
  });

  it('answers a DFS-dialect error as JSON with the x-ms-error-code header', async () => {
    const answer = await call(sandbox, '/contosolake/powerbi?resource=filesystem&recursive=true', {
      credential: sandbox.credentialFor(BEN),
      scope: STORAGE_SCOPE,
    });
    expect(answer.headers['x-ms-error-code']).toBe('AuthorizationPermissionMismatch');
    expect(answer.json).toEqual({
      error: {
        code: 'AuthorizationPermissionMismatch',
        message: 'This request is not authorized to perform this operation using this permission.',
      },
    });
  });
});
