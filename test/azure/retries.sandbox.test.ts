import { UpstreamError } from '../../src/core/upstream-error';
import {
  ADA,
  ANALYTICS,
  demoWorldWithFaults,
  startDemoSandbox,
  type SandboxRun,
} from './support/sandbox-ports';

const SALES = 'eeeeeeee-0000-4000-8000-000000000001';
const CONTOSOLAKE_STORAGE = 'dddddddd-0000-4000-8000-000000000001';
const ASSIGN_PATH = '/v1.0/myorg/groups/*/AssignToDataflowStorage';

/** How many uses each fault of the running sandbox has left. */
function faultUsesLeft(run: SandboxRun): number[] {
  return run.sandbox.state().faults.map((fault) => fault.times);
}

describe('retries and failures through the real pipelines', () => {
  let run: SandboxRun | undefined;

  afterEach(async () => {
    await run?.sandbox.close();
    run = undefined;
  });

  it('waits out a 429 with Retry-After and then succeeds', async () => {
    const fault = {
      method: 'POST',
      path: ASSIGN_PATH,
      status: 429,
      retryAfterSeconds: 1,
      times: 1,
    };
    run = await startDemoSandbox(demoWorldWithFaults([fault]));
    const powerBi = run.portsFor(ADA).powerBi;

    await powerBi.assignToDataflowStorage(SALES, CONTOSOLAKE_STORAGE);

    expect(faultUsesLeft(run)).toEqual([0]);
    await expect(powerBi.getWorkspace(SALES)).resolves.toMatchObject({
      dataflowStorageId: CONTOSOLAKE_STORAGE,
    });
  });

  it('reports a connection that keeps dropping as status 0', async () => {
    const fault = { method: 'GET', path: '/subscriptions', status: 0, times: 100 };
    run = await startDemoSandbox(demoWorldWithFaults([fault]));

    const error = await run
      .portsFor(ADA)
      .azure.listSubscriptions()
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ service: 'arm', status: 0 });
    // One try and three retries, then the adapter gives up.
    expect(faultUsesLeft(run)).toEqual([96]);
  });

  it('gives up on a lasting 500 after three retries and reports it', async () => {
    const fault = { method: 'POST', path: ASSIGN_PATH, status: 500, times: 100 };
    run = await startDemoSandbox(demoWorldWithFaults([fault]));

    const error = await run
      .portsFor(ADA)
      .powerBi.assignToDataflowStorage(SALES, CONTOSOLAKE_STORAGE)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ service: 'powerbi', status: 500 });
    expect(faultUsesLeft(run)).toEqual([96]);
  });

  it('gives up on a lasting 500 from ARM after the same three retries', async () => {
    const path = '/subscriptions/*/resourceGroups/*/providers/Microsoft.Storage/storageAccounts/*';
    const fault = { method: 'GET', path, status: 500, times: 100 };
    run = await startDemoSandbox(demoWorldWithFaults([fault]));

    const ref = { subscriptionId: ANALYTICS, resourceGroup: 'rg-lake', name: 'contosolake' };
    await expect(run.portsFor(ADA).azure.getStorageAccount(ref)).rejects.toMatchObject({
      service: 'arm',
      status: 500,
    });
    expect(faultUsesLeft(run)).toEqual([96]);
  });
});
