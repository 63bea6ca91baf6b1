import type { LakePort } from '../../src/core/ports';
import { ADA, CARA, startDemoSandbox, type SandboxRun } from './support/sandbox-ports';

describe('Lake adapter against the sandbox', () => {
  let run: SandboxRun;
  let ada: LakePort;

  beforeAll(async () => {
    run = await startDemoSandbox();
    ada = run.portsFor(ADA).lake;
  });

  afterAll(() => run.sandbox.close());

  it('finds the powerbi file system of contosolake', async () => {
    await expect(ada.fileSystemExists('contosolake', 'powerbi')).resolves.toBe(true);
  });

  it('answers false for a file system the account does not have', async () => {
    await expect(ada.fileSystemExists('contosolakenew', 'powerbi')).resolves.toBe(false);
  });

  it('lists the files under a directory, recursively and without directories', async () => {
    await expect(ada.listFiles('contosolake', 'powerbi', 'Marketing')).resolves.toEqual([
      'Marketing/Campaigns/model.json',
    ]);
  });

  it('lists the whole file system when the directory is empty', async () => {
    await expect(ada.listFiles('contosolake', 'powerbi', '')).resolves.toEqual([
      'Marketing/Campaigns/model.json',
    ]);
  });

  it('reads a file as bytes', async () => {
    const bytes = await ada.readFile('contosolake', 'powerbi', 'Marketing/Campaigns/model.json');
    const model = JSON.parse(bytes.toString('utf8')) as { name: string; entities: unknown[] };

    expect(model.name).toBe('Campaigns');
    expect(model.entities).toHaveLength(2);
  });

  it('reports listing a missing file system as 404 FilesystemNotFound', async () => {
    await expect(ada.listFiles('contosolake', 'nofs', 'x')).rejects.toMatchObject({
      status: 404,
      code: 'FilesystemNotFound',
    });
  });

  it('reports a missing file as a 404 from the lake', async () => {
    const read = ada.readFile('contosolake', 'powerbi', 'Nope/model.json');
    await expect(read).rejects.toMatchObject({
      service: 'lake',
      status: 404,
      code: 'BlobNotFound',
    });
  });

  it('refuses Cara, who has no data role on contosolake, with 403', async () => {
    await expect(
      run.portsFor(CARA).lake.listFiles('contosolake', 'powerbi', 'Marketing'),
    ).rejects.toMatchObject({
      service: 'lake',
      status: 403,
      code: 'AuthorizationPermissionMismatch',
    });
  });
});
