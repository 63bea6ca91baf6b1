import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { startConnectorStandIn, type ConnectorStandIn } from './connector-stand-in';
import { fakeTeams } from './fake-teams-identities';
import { personalMessage } from './teams-activities';

const personalId = fakeTeams.personalConversationId;
const threadId = `${fakeTeams.channel.id};messageid=1700000000000`;

function message(text: string): Activity {
  return { type: 'message', text } as Activity;
}

/** The client botbuilder itself builds when it runs anonymous, so no package beyond botbuilder. */
async function anonymousConnector(serviceUrl: string) {
  const auth = new ConfigurationBotFrameworkAuthentication({});
  const inbound = personalMessage({ serviceUrl, text: 'hi' }) as unknown as Activity;
  const { connectorFactory, audience } = await auth.authenticateRequest(inbound, '');
  if (!connectorFactory) throw new Error('botbuilder returned no connector factory');
  return connectorFactory.create(serviceUrl, audience);
}

describe('connector stand-in', () => {
  let standIn: ConnectorStandIn;

  beforeEach(async () => {
    standIn = await startConnectorStandIn();
  });

  afterEach(async () => {
    await standIn.close();
  });

  it('should serve on 127.0.0.1 under a Teams-like path with a trailing slash', () => {
    expect(standIn.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/amer\/$/);
  });

  it('should record a send under the decoded conversation id and answer its id', async () => {
    const client = await anonymousConnector(standIn.url);

    const sent = await client.conversations.sendToConversation(threadId, message('hello'));

    expect(sent.id).toMatch(/^\d+$/);
    const [request] = standIn.requests;
    expect(request).toMatchObject({
      seq: 1,
      method: 'POST',
      operation: 'sendToConversation',
      conversationId: threadId,
      path: `/v3/conversations/${threadId}/activities`,
      status: 201,
      response: { id: sent.id },
      activity: { type: 'message', text: 'hello' },
    });
    expect(request?.rawPath).toMatch(/^\/amer\/v3\/conversations\/19%3A.*%40thread\.tacv2%3B/);
    expect(request?.authorization).toBeUndefined();
  });

  it('should keep the latest content per activity id across reply, update and delete', async () => {
    const client = await anonymousConnector(standIn.url);

    const first = await client.conversations.replyToActivity(personalId, 'in-1', message('v1'));
    const second = await client.conversations.sendToConversation(personalId, message('other'));
    await client.conversations.updateActivity(personalId, first.id, message('v2'));

    expect(standIn.activitiesFor(personalId).map((a) => [a.id, a.text])).toEqual([
      [first.id, 'v2'],
      [second.id, 'other'],
    ]);
    expect(standIn.requests.map((r) => [r.operation, r.activityId])).toEqual([
      ['replyToActivity', 'in-1'],
      ['sendToConversation', undefined],
      ['updateActivity', first.id],
    ]);

    await client.conversations.deleteActivity(personalId, second.id);
    expect(standIn.activitiesFor(personalId).map((a) => a.id)).toEqual([first.id]);
  });

  it('should answer a repeated delete like the first, since clients retry a DELETE', async () => {
    const client = await anonymousConnector(standIn.url);
    const sent = await client.conversations.sendToConversation(personalId, message('bye'));

    await client.conversations.deleteActivity(personalId, sent.id);
    await expect(client.conversations.deleteActivity(personalId, sent.id)).resolves.toBeDefined();
    expect(standIn.requests.map((r) => r.status)).toEqual([201, 200, 200]);
  });

  it('should answer 404 to an update of an activity it never saw', async () => {
    const client = await anonymousConnector(standIn.url);

    const update = client.conversations.updateActivity(personalId, '999', message('x'));

    await expect(update).rejects.toMatchObject({ statusCode: 404 });
    expect(standIn.requests[0]).toMatchObject({ status: 404, activity: { text: 'x' } });
  });

  it('should open a channel thread with its first post and answer {id, activityId}', async () => {
    const client = await anonymousConnector(standIn.url);

    const created = await client.conversations.createConversation({
      isGroup: true,
      bot: { ...fakeTeams.bot },
      tenantId: fakeTeams.tenantId,
      channelData: { channel: { id: fakeTeams.channel.id } },
      activity: message('Workspace linked'),
    });

    expect(created.id).toBe(`${fakeTeams.channel.id};messageid=${created.activityId}`);
    expect(standIn.activitiesFor(created.id)).toEqual([
      { type: 'message', text: 'Workspace linked', id: created.activityId },
    ]);
    expect(standIn.requests[0]).toMatchObject({
      operation: 'createConversation',
      status: 201,
      activity: { text: 'Workspace linked' },
    });
  });

  it('should fail only the next matching request when told to', async () => {
    const client = await anonymousConnector(standIn.url);
    const roster = { code: 'BotNotInConversationRoster', message: 'The bot is not in the team.' };
    standIn.failNext('POST', '/v3/conversations', 403, { error: roster });
    const parameters = {
      isGroup: true,
      bot: { ...fakeTeams.bot },
      channelData: { channel: { id: fakeTeams.channel.id } },
      activity: message('post'),
    };

    await expect(client.conversations.createConversation(parameters)).rejects.toMatchObject({
      statusCode: 403,
      code: 'BotNotInConversationRoster',
    });
    await expect(client.conversations.createConversation(parameters)).resolves.toHaveProperty('id');
    expect(standIn.requests.map((r) => r.status)).toEqual([403, 201]);
    expect(standIn.requests[0]?.response).toEqual({ error: roster });
  });

  it('should match failNext paths by RegExp and answer a default ErrorResponse', async () => {
    const client = await anonymousConnector(standIn.url);
    standIn.failNext('post', /\/activities$/, 400);

    const sending = client.conversations.sendToConversation(personalId, message('a'));

    await expect(sending).rejects.toMatchObject({ statusCode: 400, code: 'StandInFailure' });
    expect(standIn.requests[0]?.response).toEqual({
      error: { code: 'StandInFailure', message: 'Failure injected by the test.' },
    });
    expect(standIn.activitiesFor(personalId)).toEqual([]);
  });

  // Pins botbuilder's behaviour: its client retries 5xx (4 attempts in all, about 6 s when every
  // attempt fails), so a single injected 5xx only delays the bot.
  it('should see botbuilder retry a one-off 5xx and the send then succeed', async () => {
    const client = await anonymousConnector(standIn.url);
    standIn.failNext('POST', /\/activities$/, 503);

    const sent = await client.conversations.sendToConversation(personalId, message('again'));

    expect(standIn.requests.map((r) => r.status)).toEqual([503, 201]);
    expect(standIn.activitiesFor(personalId)).toEqual([
      { type: 'message', text: 'again', id: sent.id },
    ]);
  });

  it('should list members and find one by MRI or AAD object id', async () => {
    const client = await anonymousConnector(standIn.url);

    const members = await client.conversations.getConversationMembers(personalId);
    const byMri = await client.conversations.getConversationMember(personalId, fakeTeams.user.id);
    const byAad = await client.conversations.getConversationMember(
      personalId,
      fakeTeams.user.aadObjectId,
    );

    expect(members).toEqual([expect.objectContaining({ id: fakeTeams.user.id })]);
    expect(byMri).toMatchObject({ name: 'Test User', aadObjectId: fakeTeams.user.aadObjectId });
    expect(byAad.id).toBe(fakeTeams.user.id);
    await expect(
      client.conversations.getConversationMember(personalId, 'nobody'),
    ).rejects.toMatchObject({ statusCode: 404 });
  });

  it('should resolve waitFor when a matching request arrives later', async () => {
    const client = await anonymousConnector(standIn.url);

    const waiting = standIn.waitFor((r) => r.activity?.text === 'later');
    await client.conversations.sendToConversation(personalId, message('sooner'));
    await client.conversations.sendToConversation(personalId, message('later'));

    await expect(waiting).resolves.toMatchObject({ seq: 2, conversationId: personalId });
  });

  it('should resolve waitFor at once for a request that already arrived', async () => {
    const client = await anonymousConnector(standIn.url);
    await client.conversations.sendToConversation(personalId, message('done'));

    const found = await standIn.waitFor((r) => r.activity?.text === 'done', 1);

    expect(found.seq).toBe(1);
  });

  it('should reject waitFor with the requests that did arrive', async () => {
    const client = await anonymousConnector(standIn.url);
    await client.conversations.sendToConversation(personalId, message('hello'));

    const waiting = standIn.waitFor((r) => r.operation === 'updateActivity', 50);

    await expect(waiting).rejects.toThrow(/no request matched .*updateActivity.* within 50 ms/);
    await expect(waiting).rejects.toThrow(
      /#1 POST \/v3\/conversations\/a:1Fake.*\/activities -> 201 \(sendToConversation\)/,
    );
    await expect(waiting).rejects.toThrow(/\(sendToConversation\) type=message text="hello"/);
  });

  it('should reject pending waits when it closes', async () => {
    const waiting = standIn.waitFor(() => true, 10_000);

    await standIn.close();

    await expect(waiting).rejects.toThrow(/before the stand-in closed\. Received none/);
    await expect(standIn.close()).resolves.toBeUndefined();
  });

  it('should reject waitFor with the error a predicate throws', async () => {
    const client = await anonymousConnector(standIn.url);
    const waiting = standIn.waitFor((r) => {
      if (r.activity?.text === 'boom') throw new Error('predicate failed');
      return false;
    });

    const rejected = expect(waiting).rejects.toThrow('predicate failed');
    await client.conversations.sendToConversation(personalId, message('boom'));

    await rejected;
  });

  it('should answer 400 to a body that is not JSON and 404 to an unknown route', async () => {
    const bad = await fetch(`${standIn.url}v3/conversations/x/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    const unknown = await fetch(`${standIn.url}v3/nowhere`);

    expect(bad.status).toBe(400);
    expect(unknown.status).toBe(404);
    expect(standIn.requests.map((r) => [r.operation, r.status])).toEqual([
      ['sendToConversation', 400],
      ['unknown', 404],
    ]);
  });
});
