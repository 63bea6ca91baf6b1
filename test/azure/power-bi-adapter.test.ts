import type { IncomingMessage } from 'node:http';
import { createCloudPorts } from '../../src/azure';
import type { PowerBiPort } from '../../src/core/ports';
import { UpstreamError } from '../../src/core/upstream-error';
import { FAKE_TENANT_ID, FakeCredential } from './support/fake-credential';
import {
  sendJson,
  startStubServer,
  type Handler,
  type StubServer,
} from './support/https-stub-server';

const BASE_PATH = '/pbi/v1.0/myorg';

interface Seen {
  method: string;
  path: string;
  authorization: string | undefined;
  body: string;
}

describe('Power BI adapter over HTTPS (stub service)', () => {
  let server: StubServer;
  let route: Handler;
  let seen: Seen[];
  let credential: FakeCredential;

  beforeAll(async () => {
    server = await startStubServer((request, response) => {
      void readBody(request).then((body) => {
        seen.push({
          method: request.method ?? '',
          path: request.url ?? '',
          authorization: request.headers.authorization,
          body,
        });
        route(request, response);
      });
    });
  });

  afterAll(() => server.close());

  beforeEach(() => {
    seen = [];
    credential = new FakeCredential();
  });

  function powerBi(trust: 'sandbox-ca' | 'system-only' = 'sandbox-ca'): PowerBiPort {
    const ca = trust === 'sandbox-ca' ? server.ca : undefined;
    const ports = createCloudPorts({
      armEndpoint: `${server.url}/arm`,
      powerBiBaseUrl: `${server.url}${BASE_PATH}`,
      dataLakeUrl: (account) => `${server.url}/${account}`,
      ca,
      credentialFor: () => credential,
    });
    return ports('aaaaaaaa-0000-4000-8000-000000000001').powerBi;
  }

  it('follows @odata.nextLink until the last page', async () => {
    route = (request, response) => {
      if (request.url === `${BASE_PATH}/groups`) {
        sendJson(response, 200, {
          value: [{ id: 'g1', name: 'Sales' }],
          '@odata.nextLink': `${server.url}${BASE_PATH}/groups?$skip=1`,
        });
      } else {
        sendJson(response, 200, { value: [{ id: 'g2', name: 'Finance', capacityId: 'c1' }] });
      }
    };

    const workspaces = await powerBi().listWorkspaces();

    expect(workspaces.map((w) => w.id)).toEqual(['g1', 'g2']);
    expect(workspaces[1]).toMatchObject({ capacityId: 'c1', dataflowStorageId: null });
  });

  it('sends a bearer token asked for the Power BI scope', async () => {
    route = (_request, response) => sendJson(response, 200, { value: [] });

    await powerBi().listCapacities();

    expect(seen[0]?.authorization).toMatch(/^Bearer /);
    expect(credential.scopesAsked).toContain('https://analysis.windows.net/powerbi/api/.default');
  });

  it('refuses a next link that leaves the Power BI origin', async () => {
    route = (_request, response) =>
      sendJson(response, 200, { value: [], '@odata.nextLink': 'https://elsewhere.example/groups' });

    await expect(powerBi().listWorkspaces()).rejects.toMatchObject({
      service: 'powerbi',
      code: 'MalformedResponse',
    });
    expect(seen).toHaveLength(1);
  });

  it('reports a body that is not JSON as MalformedResponse', async () => {
    route = (_request, response) => sendJson(response, 200, '<html>maintenance</html>');

    await expect(powerBi().getWorkspace('g1')).rejects.toMatchObject({
      status: 200,
      code: 'MalformedResponse',
    });
  });

  it('reports a list item missing a required field as MalformedResponse', async () => {
    route = (_request, response) => sendJson(response, 200, { value: [{ name: 'no id' }] });

    await expect(powerBi().listDataflows('g1')).rejects.toMatchObject({
      code: 'MalformedResponse',
    });
  });

  it('reports the Power BI error code and status of a refused call', async () => {
    route = (_request, response) =>
      sendJson(response, 403, {
        error: { code: 'TokenExpired', message: 'Access token has expired' },
      });

    const error = await powerBi()
      .listWorkspaceUsers('g1')
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ status: 403, code: 'TokenExpired' });
    expect((error as Error).message).not.toContain('expired');
  });

  it('posts the storage id as JSON to AssignToDataflowStorage', async () => {
    route = (_request, response) => {
      response.writeHead(200);
      response.end();
    };

    await powerBi().assignToDataflowStorage('g 1', 'd1');

    expect(seen[0]).toMatchObject({
      method: 'POST',
      path: `${BASE_PATH}/groups/g%201/AssignToDataflowStorage`,
    });
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ dataflowStorageId: 'd1' });
  });

  it('asks for a user’s credential once and reuses it for every call', async () => {
    route = (_request, response) => sendJson(response, 200, { value: [] });
    const asked: string[] = [];
    const ports = createCloudPorts({
      armEndpoint: `${server.url}/arm`,
      powerBiBaseUrl: `${server.url}${BASE_PATH}`,
      dataLakeUrl: (account) => `${server.url}/${account}`,
      ca: server.ca,
      credentialFor: (oid) => {
        asked.push(oid);
        return credential;
      },
    });

    await ports('user-1').powerBi.listWorkspaces();
    await ports('user-1').powerBi.listCapacities();
    await ports('user-1').powerBi.getTenantId();
    await ports('user-2').powerBi.listWorkspaces();

    expect(asked).toEqual(['user-1', 'user-2']);
  });

  it('reads the tenant id from the tid claim of the Power BI token', async () => {
    await expect(powerBi().getTenantId()).resolves.toBe(FAKE_TENANT_ID);
  });

  it('reports a token without tid as MalformedToken', async () => {
    credential = new FakeCredential({ oid: 'x' });
    await expect(powerBi().getTenantId()).rejects.toMatchObject({ code: 'MalformedToken' });
  });

  it('refuses a server whose certificate is not trusted, with status 0', async () => {
    route = (_request, response) => sendJson(response, 200, { value: [] });

    const error = await powerBi('system-only')
      .listWorkspaces()
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ service: 'powerbi', status: 0 });
    expect(seen).toHaveLength(0);
  });

  it('reports a call aborted by the caller as Aborted', async () => {
    route = (_request, response) => sendJson(response, 200, { value: [] });
    const controller = new AbortController();
    controller.abort();

    await expect(
      powerBi().listWorkspaces({ abortSignal: controller.signal }),
    ).rejects.toMatchObject({ status: 0, code: 'Aborted' });
  });
});

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}
