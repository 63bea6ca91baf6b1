import { parseWorld, startSandbox, type Sandbox } from '../../src/sandbox';
import { createSandbox } from '../../src/sandbox/sandbox-server';
import { demoJson } from './support/demo-json';
import { ADA, ANALYTICS_SUB, SALES } from './support/demo-users';
import { armGet, call, powerBiCall, STORAGE_SCOPE } from './support/https-call';

function worldWithFaults(faults: unknown[], latencyMs = 0) {
  const json = demoJson();
  json.faults = faults;
  json.latencyMs = latencyMs;
  return parseWorld(json);
}

describe('injected faults', () => {
  let sandbox: Sandbox;

  beforeEach(async () => {
    sandbox = await startSandbox(
      worldWithFaults([
        {
          method: 'GET',
          path: '/subscriptions/*/resourcegroups',
          status: 429,
          retryAfterSeconds: 1,
          times: 2,
        },
        { method: 'POST', path: '/v1.0/myorg/groups/*/AssignToDataflowStorage', status: 503 },
        { method: 'GET', path: '/contosolake/powerbi', status: 0, times: 1 },
      ]),
    );
  });

  afterEach(() => sandbox.close());

  it('answers 429 with Retry-After in the ARM shape until the fault is used up', async () => {
    const path = `/subscriptions/${ANALYTICS_SUB}/resourcegroups`;
    const answers = [];
    for (let attempt = 0; attempt < 3; attempt += 1) answers.push(await armGet(sandbox, ADA, path));

    expect(answers.map((answer) => answer.status)).toEqual([429, 429, 200]);
    expect(answers[0]?.headers['retry-after']).toBe('1');
    expect(answers[0]?.json).toMatchObject({ error: { code: 'TooManyRequests' } });
  });

  it('answers 503 in the Power BI shape for a matching POST, once', async () => {
    const body = JSON.stringify({ dataflowStorageId: 'dddddddd-0000-4000-8000-000000000001' });
    const path = `/groups/${SALES}/AssignToDataflowStorage`;
    const post = () => powerBiCall(sandbox, ADA, path, { method: 'POST', body });
    const first = await post();
    const second = await post();

    expect(first.status).toBe(503);
    expect(first.json).toMatchObject({ error: { 'pbi.error': { code: 'ServiceUnavailable' } } });
    expect(second.status).toBe(200);
  });

  it('drops the connection without an answer for status 0, then answers again', async () => {
    const list = () =>
      call(sandbox, '/contosolake/powerbi?resource=filesystem&recursive=true', {
        credential: sandbox.credentialFor(ADA),
        scope: STORAGE_SCOPE,
      });

    await expect(list()).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect((await list()).status).toBe(200);
  });

  it('shows in /sandbox/state how many uses each fault has left', async () => {
    await armGet(sandbox, ADA, `/subscriptions/${ANALYTICS_SUB}/resourcegroups`);
    expect(sandbox.state().faults.map((fault) => fault.times)).toEqual([1, 1, 1]);
  });
});

/** A sleep the test ends by hand, reporting when the server starts waiting and for how long. */
function controlledSleep() {
  let reportStart: (milliseconds: number) => void = () => undefined;
  let release: () => void = () => undefined;
  const started = new Promise<number>((resolve) => {
    reportStart = resolve;
  });
  const sleep = (milliseconds: number) => {
    reportStart(milliseconds);
    return new Promise<void>((resolve) => {
      release = resolve;
    });
  };
  return { sleep, started, release: () => release() };
}

describe('latency', () => {
  it('holds the answer until the latency of the world has been waited out', async () => {
    const gate = controlledSleep();
    const sandbox = await createSandbox(worldWithFaults([], 250), {}, gate.sleep);
    const events: string[] = [];
    try {
      const answered = call(sandbox, '/sandbox/state').then((answer) => {
        events.push('answered');
        return answer;
      });
      events.push(`waiting ${await gate.started} ms`);
      gate.release();
      events.push('released');

      expect((await answered).status).toBe(200);
      expect(events).toEqual(['waiting 250 ms', 'released', 'answered']);
    } finally {
      await sandbox.close();
    }
  });
});
