import { fakeTeams, teamsMember, userMri } from './fake-teams-identities';
import {
  botInstalledInTeam,
  cardActionInvoke,
  channelMention,
  personalMessage,
  submitMessage,
  type TeamsWireActivity,
} from './teams-activities';

const serviceUrl = 'http://127.0.0.1:1/amer/';
const otherUser = { aadObjectId: '00000000-0000-0000-0000-0000000000aa', name: 'Other Person' };

function all(): TeamsWireActivity[] {
  return [
    personalMessage({ serviceUrl, text: 'hi' }),
    channelMention({ serviceUrl, text: 'status' }),
    submitMessage({ serviceUrl, value: { action: 'approve' } }),
    cardActionInvoke({ serviceUrl, verb: 'refresh', replyToId: '1' }),
    botInstalledInTeam({ serviceUrl }),
  ];
}

describe('Teams activity builders', () => {
  it('should keep tenant, bot and channel consistent across every builder', () => {
    for (const activity of all()) {
      expect(activity).toMatchObject({ serviceUrl, channelId: 'msteams' });
      expect(activity.recipient).toEqual(fakeTeams.bot);
      expect(activity.channelData).toMatchObject({ tenant: { id: fakeTeams.tenantId } });
      expect(activity.conversation.tenantId).toBe(fakeTeams.tenantId);
      expect(Number.isNaN(Date.parse(activity.timestamp))).toBe(false);
    }
  });

  it('should give every activity a fresh id', () => {
    const ids = [...all(), ...all()].map((activity) => activity.id);

    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should return deep copies that share nothing with each other', () => {
    const first = personalMessage({ serviceUrl, text: 'a' });
    (first.channelData as { tenant: { id: string } }).tenant.id = 'changed';
    first.conversation.id = 'changed';

    const second = personalMessage({ serviceUrl, text: 'b' });

    expect(second.channelData).toMatchObject({ tenant: { id: fakeTeams.tenantId } });
    expect(second.conversation.id).toBe(fakeTeams.personalConversationId);
  });

  it('should build a personal message with the text and its html copy', () => {
    const activity = personalMessage({ serviceUrl, text: 'a < b', conversationId: 'a:other' });

    expect(activity).toMatchObject({
      type: 'message',
      text: 'a < b',
      attachments: [{ contentType: 'text/html', content: '<p>a &lt; b</p>' }],
      conversation: { id: 'a:other', conversationType: 'personal' },
      from: fakeTeams.user,
    });
  });

  it('should derive a distinct MRI for a user other than the sample one', () => {
    const activity = personalMessage({ serviceUrl, text: 'hi', user: otherUser });

    expect(activity.from).toEqual({ ...otherUser, id: userMri(otherUser) });
    expect(activity.from.id).not.toBe(fakeTeams.user.id);
    expect(teamsMember(otherUser)).toMatchObject({ id: activity.from.id, givenName: 'Other' });
  });

  it('should build a channel mention whose entity matches the text', () => {
    const activity = channelMention({ serviceUrl, text: 'link workspace' });

    expect(activity.text).toBe('<at>Test Bot</at> link workspace');
    expect(activity.entities).toContainEqual({
      mentioned: fakeTeams.bot,
      text: '<at>Test Bot</at>',
      type: 'mention',
    });
    expect(activity.conversation).toMatchObject({ conversationType: 'channel', isGroup: true });
    expect(activity.channelData).toMatchObject({ team: { id: fakeTeams.team.id } });
  });

  it('should build a card submit as a message with a value and no text', () => {
    const value = { action: 'approve', comment: 'ok' };
    const activity = submitMessage({ serviceUrl, value, replyToId: '1700000000009' });
    value.comment = 'changed';

    expect(activity.text).toBeUndefined();
    expect(activity).toMatchObject({ type: 'message', replyToId: '1700000000009' });
    expect(activity.value).toEqual({ action: 'approve', comment: 'ok' });
  });

  it('should build an adaptiveCard/action invoke with the verb and data', () => {
    const activity = cardActionInvoke({
      serviceUrl,
      verb: 'link',
      data: { workspaceId: 'w1' },
      replyToId: '1700000000009',
      scope: 'channel',
    });

    expect(activity).toMatchObject({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: '1700000000009',
      conversation: { conversationType: 'channel' },
    });
    expect(activity.id).toMatch(/^f:[0-9a-f-]{36}$/);
    expect(activity.value).toEqual({
      action: { type: 'Action.Execute', verb: 'link', data: { workspaceId: 'w1' } },
      trigger: 'manual',
    });
  });

  it('should build the conversationUpdate of the bot being added to a team', () => {
    const activity = botInstalledInTeam({ serviceUrl, team: { name: 'Data Team' } });

    expect(activity).toMatchObject({
      type: 'conversationUpdate',
      membersAdded: [{ id: fakeTeams.bot.id }],
      conversation: { id: fakeTeams.channel.id, conversationType: 'channel' },
      channelData: {
        eventType: 'teamMemberAdded',
        team: { id: fakeTeams.team.id, name: 'Data Team', aadGroupId: fakeTeams.team.aadGroupId },
      },
    });
  });
});
