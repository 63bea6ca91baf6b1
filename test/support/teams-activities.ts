import { randomUUID } from 'node:crypto';
import submitSample from '../fixtures/teams-activities/adaptive-card-action-submit-message.json';
import invokeSample from '../fixtures/teams-activities/adaptive-card-action-execute-invoke.json';
import channelSample from '../fixtures/teams-activities/channel-message-with-channelData.json';
import installSample from '../fixtures/teams-activities/conversationUpdate-bot-installed-in-team.json';
import personalSample from '../fixtures/teams-activities/personal-chat-message.json';
import { fakeTeams, userMri, type TeamsUser } from './fake-teams-identities';

/** A Teams activity as it travels on the wire to `/api/messages` (dates are strings). */
export interface TeamsWireActivity {
  type: string;
  id: string;
  timestamp: string;
  serviceUrl: string;
  channelId: string;
  from: { id: string; name?: string; aadObjectId?: string };
  recipient: { id: string; name?: string };
  conversation: {
    id: string;
    conversationType?: string;
    isGroup?: boolean;
    tenantId?: string;
    name?: string;
  };
  channelData?: Record<string, unknown>;
  [field: string]: unknown;
}

/** Where an activity happens: the 1:1 chat or a thread in the sample team's channel. */
export type TeamsScope = 'personal' | 'channel';

/** Options every builder takes; the user defaults to the sample's "Test User". */
export interface ActivityPlace {
  /** The connector stand-in's `url`, where the bot will send its answers. */
  serviceUrl: string;
  user?: TeamsUser;
  conversationId?: string;
  scope?: TeamsScope;
}

let lastMessageId = 0;

/** Teams message ids are epoch milliseconds; keep them increasing and unique per process. */
function freshMessageId(): string {
  lastMessageId = Math.max(Date.now(), lastMessageId + 1);
  return String(lastMessageId);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function fromSample(sample: object, place: ActivityPlace, id: string): TeamsWireActivity {
  const activity = structuredClone(sample) as TeamsWireActivity;
  const user = place.user ?? fakeTeams.user;
  const now = new Date().toISOString();

  activity.id = id;
  activity.timestamp = now;
  activity.localTimestamp = now;
  activity.serviceUrl = place.serviceUrl;
  activity.from = { id: userMri(user), name: user.name, aadObjectId: user.aadObjectId };

  if (place.scope === 'channel') {
    activity.conversation = structuredClone(channelSample.conversation);
    activity.channelData = structuredClone(channelSample.channelData);
  }
  if (place.conversationId) activity.conversation.id = place.conversationId;
  return activity;
}

/** A 1:1 chat message from a user, with the `text/html` copy Teams attaches. */
export function personalMessage(options: ActivityPlace & { text: string }): TeamsWireActivity {
  const activity = fromSample(personalSample, { ...options, scope: 'personal' }, freshMessageId());
  activity.text = options.text;
  const html = `<p>${escapeHtml(options.text)}</p>`;
  activity.attachments = [{ contentType: 'text/html', content: html }];
  // The docs sample predates these fields; current Teams clients send them.
  activity.conversation.tenantId = fakeTeams.tenantId;
  activity.localTimezone = 'America/Los_Angeles';
  return activity;
}

/** A channel message that @mentions the bot, as Teams requires for the bot to see it. */
export function channelMention(options: ActivityPlace & { text: string }): TeamsWireActivity {
  const activity = fromSample(channelSample, { ...options, scope: 'channel' }, freshMessageId());
  const atBot = `<at>${fakeTeams.bot.name}</at>`;
  const span =
    `<span itemtype="http://schema.skype.com/Mention" itemscope="" itemid="0">` +
    `${escapeHtml(fakeTeams.bot.name)}</span>`;

  activity.text = `${atBot} ${options.text}`;
  activity.entities = [
    { mentioned: { ...fakeTeams.bot }, text: atBot, type: 'mention' },
    ...structuredClone(channelSample.entities).filter((entity) => entity.type !== 'mention'),
  ];
  activity.attachments = [
    { contentType: 'text/html', content: `<p>${span}&nbsp;${escapeHtml(options.text)}</p>` },
  ];
  return activity;
}

/** An Action.Submit click: a message with no text and the card's data merged with its inputs. */
export function submitMessage(
  options: ActivityPlace & { value: Record<string, unknown>; replyToId?: string },
): TeamsWireActivity {
  const activity = fromSample(submitSample, options, freshMessageId());
  activity.value = structuredClone(options.value);
  if (options.replyToId) activity.replyToId = options.replyToId;
  return activity;
}

/** An Action.Execute click: the `adaptiveCard/action` invoke the bot answers in the HTTP body. */
export function cardActionInvoke(
  options: ActivityPlace & {
    verb: string;
    data?: Record<string, unknown>;
    replyToId: string;
    title?: string;
  },
): TeamsWireActivity {
  const activity = fromSample(invokeSample, options, `f:${randomUUID()}`);
  const title = options.title === undefined ? {} : { title: options.title };
  const data = structuredClone(options.data ?? {});

  activity.value = {
    action: { type: 'Action.Execute', ...title, verb: options.verb, data },
    trigger: 'manual',
  };
  activity.replyToId = options.replyToId;
  return activity;
}

/** The conversationUpdate a bot receives when an admin or owner adds it to a team. */
export function botInstalledInTeam(options: {
  serviceUrl: string;
  installer?: TeamsUser;
  team?: { id?: string; name?: string; aadGroupId?: string };
  channelId?: string;
}): TeamsWireActivity {
  const installer = options.installer ?? { ...fakeTeams.installer, name: 'Test Installer' };
  const place = { serviceUrl: options.serviceUrl, user: installer };
  const activity = fromSample(installSample, place, `f:${randomUUID()}`);
  const team = { ...installSample.channelData.team, ...options.team };
  const channelId = options.channelId ?? fakeTeams.channel.id;

  activity.conversation.id = channelId;
  activity.channelData = {
    ...structuredClone(installSample.channelData),
    settings: { selectedChannel: { id: channelId } },
    team,
  };
  return activity;
}
