import { ADA, ANALYTICS, startDemoSandbox, type SandboxRun } from './support/sandbox-ports';

describe('a caller’s abort signal reaches every SDK call', () => {
  let run: SandboxRun;
  const aborted = () => {
    const controller = new AbortController();
    controller.abort();
    return { abortSignal: controller.signal };
  };

  beforeAll(async () => {
    run = await startDemoSandbox();
  });

  afterAll(() => run.sandbox.close());

  it.each([
    ['arm', 'listSubscriptions', () => run.portsFor(ADA).azure.listSubscriptions(aborted())],
    [
      'arm',
      'listResourceGroups',
      () => run.portsFor(ADA).azure.listResourceGroups(ANALYTICS, aborted()),
    ],
    ['powerbi', 'listWorkspaces', () => run.portsFor(ADA).powerBi.listWorkspaces(aborted())],
    [
      'lake',
      'fileSystemExists',
      () => run.portsFor(ADA).lake.fileSystemExists('contosolake', 'powerbi', aborted()),
    ],
    [
      'lake',
      'listFiles',
      () => run.portsFor(ADA).lake.listFiles('contosolake', 'powerbi', '', aborted()),
    ],
  ])('reports an aborted %s %s call as Aborted', async (service, _method, call) => {
    await expect(call()).rejects.toMatchObject({ service, status: 0, code: 'Aborted' });
  });
});
