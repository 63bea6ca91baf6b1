import { DEMO_WORLD_PATH, loadWorld, startSandbox, type Sandbox } from '../../src/sandbox';
import { accountId, accountsOf, ADA, ANALYTICS_SUB, BEN, PARTNER_SUB } from './support/demo-users';
import { ARM_SCOPE, armGet, call, STORAGE_SCOPE } from './support/https-call';

const UNKNOWN_SUB = '44444444-4444-4444-8444-444444444444';
const STRANGER = 'dddddddd-9999-4999-8999-999999999999';

let sandbox: Sandbox;
let other: Sandbox;

beforeAll(async () => {
  const world = loadWorld(DEMO_WORLD_PATH);
  [sandbox, other] = await Promise.all([startSandbox(world), startSandbox(world)]);
});

afterAll(() => Promise.all([sandbox.close(), other.close()]));

function errorOf(answer: { status: number; json: unknown }): [number, string | undefined] {
  return [answer.status, (answer.json as { error?: { code?: string } } | undefined)?.error?.code];
}

describe('ARM request errors', () => {
  it('requires the api-version query parameter', async () => {
    const answer = await call(sandbox, '/arm/subscriptions', {
      credential: sandbox.credentialFor(ADA),
      scope: ARM_SCOPE,
    });
    expect(errorOf(answer)).toEqual([400, 'MissingApiVersionParameter']);
  });

  it('answers SubscriptionNotFound for a subscription the world lacks', async () => {
    expect(errorOf(await armGet(sandbox, ADA, `/subscriptions/${UNKNOWN_SUB}`))).toEqual([
      404,
      'SubscriptionNotFound',
    ]);
  });

  it('answers ResourceGroupNotFound for an unknown group', async () => {
    const answer = await armGet(sandbox, ADA, accountsOf('rg-none'));
    expect(errorOf(answer)).toEqual([404, 'ResourceGroupNotFound']);
  });

  it('answers ResourceNotFound for an unknown storage account', async () => {
    const answer = await armGet(sandbox, ADA, accountId('rg-lake', 'nosuch'));
    expect(errorOf(answer)).toEqual([404, 'ResourceNotFound']);
  });

  it('matches paths case-insensitively, as ARM does', async () => {
    const shouting = `/SUBSCRIPTIONS/${ANALYTICS_SUB}/RESOURCEGROUPS/RG-LAKE`;
    const path = `${shouting}/providers/microsoft.storage/storageaccounts/ContosoLake`;
    const answer = await armGet(sandbox, ADA, path);
    expect([answer.status, (answer.json as { name: string }).name]).toEqual([200, 'contosolake']);
  });

  it('names the caller, the action and the scope in AuthorizationFailed', async () => {
    const answer = await armGet(sandbox, BEN, `/subscriptions/${PARTNER_SUB}`);
    const message = (answer.json as { error: { message: string } }).error.message;
    expect(errorOf(answer)).toEqual([403, 'AuthorizationFailed']);
    expect(message).toContain(`The client '${BEN}' with object id '${BEN}'`);
    expect(message).toContain("action 'Microsoft.Resources/subscriptions/read'");
  });

  it('answers an unknown route with 404 in the ARM shape', async () => {
    const answer = await armGet(sandbox, ADA, '/providers/Microsoft.Web/sites');
    expect(errorOf(answer)).toEqual([404, 'NotFound']);
  });

  it('refuses a $filter term it does not understand with 400', async () => {
    const filter = encodeURIComponent("roleName eq 'Owner'");
    const provider = 'providers/Microsoft.Authorization/roleAssignments';
    const path = `/subscriptions/${ANALYTICS_SUB}/${provider}`;
    const answer = await armGet(sandbox, ADA, `${path}?$filter=${filter}`);
    expect(errorOf(answer)).toEqual([400, 'UnsupportedFilter']);
  });
});

describe('ARM authentication', () => {
  const subscriptions = '/arm/subscriptions?api-version=2022-12-01';

  it('refuses a request without a token', async () => {
    expect(errorOf(await call(sandbox, subscriptions))).toEqual([401, 'AuthenticationFailed']);
  });

  it('refuses a token signed by another sandbox', async () => {
    const credential = other.credentialFor(ADA);
    const answer = await call(sandbox, subscriptions, { credential, scope: ARM_SCOPE });
    expect(errorOf(answer)).toEqual([401, 'InvalidAuthenticationToken']);
  });

  it('refuses a token for the storage audience', async () => {
    const credential = sandbox.credentialFor(ADA);
    const answer = await call(sandbox, subscriptions, { credential, scope: STORAGE_SCOPE });
    expect(errorOf(answer)).toEqual([401, 'InvalidAuthenticationTokenAudience']);
  });

  it('refuses a token for an oid that is not a user of the world', async () => {
    const credential = sandbox.credentialFor(STRANGER);
    const answer = await call(sandbox, subscriptions, { credential, scope: ARM_SCOPE });
    expect(errorOf(answer)).toEqual([401, 'InvalidAuthenticationToken']);
  });

  it('refuses a storage request with an ARM token in the storage error shape', async () => {
    const answer = await call(sandbox, '/contosolake/powerbi?resource=filesystem&recursive=true', {
      credential: sandbox.credentialFor(ADA),
      scope: ARM_SCOPE,
    });
    expect(answer.status).toBe(401);
    expect(answer.headers['x-ms-error-code']).toBe('InvalidAuthenticationInfo');
  });
});

describe('control routes', () => {
  it('serves the current world at /sandbox/state without a token', async () => {
    const answer = await call(sandbox, '/sandbox/state');
    expect(answer.status).toBe(200);
    expect((answer.json as { users: unknown[] }).users).toHaveLength(3);
  });
});
