import type { TeamsChannelAccount } from 'botbuilder';
import channelSample from '../fixtures/teams-activities/channel-message-with-channelData.json';
import installSample from '../fixtures/teams-activities/conversationUpdate-bot-installed-in-team.json';
import invokeSample from '../fixtures/teams-activities/adaptive-card-action-execute-invoke.json';

/** A Teams user as a test names it; `id` (the `29:` MRI) is derived when left out. */
export interface TeamsUser {
  aadObjectId: string;
  name: string;
  id?: string;
}

/** The fake tenant, bot, user, team and channel that every sample activity shares. */
export const fakeTeams = {
  tenantId: invokeSample.channelData.tenant.id,
  bot: { id: invokeSample.recipient.id, name: invokeSample.recipient.name },
  user: {
    id: invokeSample.from.id,
    name: invokeSample.from.name,
    aadObjectId: invokeSample.from.aadObjectId,
  },
  installer: { id: installSample.from.id, aadObjectId: installSample.from.aadObjectId },
  personalConversationId: invokeSample.conversation.id,
  team: {
    id: installSample.channelData.team.id,
    name: installSample.channelData.team.name,
    aadGroupId: installSample.channelData.team.aadGroupId,
  },
  channel: { id: channelSample.channelData.channel.id, name: installSample.conversation.name },
} as const;

/** The MRI Teams would use for this user: the sample's own for the sample user, else a fake one. */
export function userMri(user: TeamsUser): string {
  if (user.id) return user.id;
  if (user.aadObjectId === fakeTeams.user.aadObjectId) return fakeTeams.user.id;
  return `29:1FakeUserMri-ForTestsOnly-${user.aadObjectId}`;
}

/** The roster entry Teams returns for a user (`GET …/members/{id}`), with fake mail addresses. */
export function teamsMember(user: TeamsUser): TeamsChannelAccount {
  const [givenName = user.name, ...rest] = user.name.split(' ');
  const mailbox = `${user.name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@contoso.example`;
  return {
    id: userMri(user),
    name: user.name,
    aadObjectId: user.aadObjectId,
    givenName,
    surname: rest.join(' '),
    email: mailbox,
    userPrincipalName: mailbox,
    tenantId: fakeTeams.tenantId,
    userRole: 'user',
  };
}
