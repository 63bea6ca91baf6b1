import type { Activity, ChannelInfo, TeamsChannelAccount } from 'botbuilder';
import type { ConnectorRoute } from './connector-route';

/** What the stand-in sends back for one request. */
export interface ConnectorReply {
  status: number;
  body?: unknown;
}

/** The team that `GET /v3/teams/{teamId}` and `…/conversations` describe. */
export interface StandInTeam {
  id: string;
  name: string;
  aadGroupId: string;
  channels: ChannelInfo[];
}

/** An activity as the stand-in holds it: the latest content, with the id it assigned. */
export type StoredActivity = Partial<Activity> & { id: string };

/** The Bot Connector's error shape (`ErrorResponse` in ConnectorAPI.json). */
export function connectorError(status: number, code: string, message: string): ConnectorReply {
  return { status, body: { error: { code, message } } };
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  return isObject ? (value as Record<string, unknown>) : undefined;
}

function asActivity(value: unknown): Partial<Activity> | undefined {
  return asObject(value) as Partial<Activity> | undefined;
}

/** The activity a request carries: its body, or the first message of a new conversation. */
export function activityInRequest(
  route: ConnectorRoute,
  body: unknown,
): Partial<Activity> | undefined {
  switch (route.operation) {
    case 'sendToConversation':
    case 'replyToActivity':
    case 'updateActivity':
      return asActivity(body);
    case 'createConversation':
      return asActivity(asObject(body)?.activity);
    default:
      return undefined;
  }
}

/** Answers Bot Connector v3 calls from an in-memory record of conversations. */
export class ConnectorResponder {
  private readonly conversations = new Map<string, Map<string, StoredActivity>>();
  /** `conversation|activity` of every activity deleted so far. */
  private readonly deleted = new Set<string>();
  private lastId = 1_700_000_900_000;
  private createdConversations = 0;

  constructor(
    private readonly roster: TeamsChannelAccount[],
    private readonly team: StandInTeam,
    private readonly strictActivityIds: boolean,
  ) {}

  activitiesFor(conversationId: string): StoredActivity[] {
    const stored = this.conversations.get(conversationId);
    return stored ? [...stored.values()].map((activity) => structuredClone(activity)) : [];
  }

  answer(route: ConnectorRoute, body: unknown): ConnectorReply {
    const { conversationId = '', activityId = '' } = route;
    switch (route.operation) {
      case 'sendToConversation':
      case 'replyToActivity':
        return this.store(conversationId, body);
      case 'updateActivity':
        return this.update(conversationId, activityId, body);
      case 'deleteActivity':
        return this.remove(conversationId, activityId);
      case 'createConversation':
        return this.createConversation(body);
      case 'getConversationMembers':
      case 'getActivityMembers':
        return { status: 200, body: this.roster };
      case 'getConversationPagedMembers':
        return { status: 200, body: { members: this.roster } };
      case 'getConversationMember':
        return this.member(route.memberId ?? '');
      case 'getTeamDetails':
        return this.teamDetails(route.teamId ?? '');
      case 'getTeamChannels':
        return route.teamId === this.team.id
          ? { status: 200, body: { conversations: this.team.channels } }
          : connectorError(404, 'NotFound', 'Team not found.');
      default:
        return connectorError(404, 'NotFound', 'The stand-in does not implement this call.');
    }
  }

  private nextActivityId(): string {
    this.lastId += 1;
    return String(this.lastId);
  }

  private store(conversationId: string, body: unknown): ConnectorReply {
    const activity = asActivity(body);
    if (!activity?.type) return connectorError(400, 'BadArgument', 'Activity type is required.');

    const id = this.nextActivityId();
    const stored = this.conversations.get(conversationId) ?? new Map<string, StoredActivity>();
    stored.set(id, { ...structuredClone(activity), id });
    this.conversations.set(conversationId, stored);
    return { status: 201, body: { id } };
  }

  private update(conversationId: string, activityId: string, body: unknown): ConnectorReply {
    const activity = asActivity(body);
    if (!activity) return connectorError(400, 'BadArgument', 'An activity body is required.');

    const stored = this.conversations.get(conversationId) ?? new Map<string, StoredActivity>();
    if (!stored.has(activityId) && this.strictActivityIds) {
      return connectorError(404, 'NotFound', 'Activity not found.');
    }
    stored.set(activityId, { ...structuredClone(activity), id: activityId });
    this.conversations.set(conversationId, stored);
    return { status: 200, body: { id: activityId } };
  }

  private remove(conversationId: string, activityId: string): ConnectorReply {
    const removed = this.conversations.get(conversationId)?.delete(activityId) ?? false;
    const key = `${conversationId}|${activityId}`;
    if (removed) this.deleted.add(key);
    // A client retries a DELETE whose answer it lost; deleting twice is not an unknown id.
    if (!removed && !this.deleted.has(key) && this.strictActivityIds) {
      return connectorError(404, 'NotFound', 'Activity not found.');
    }
    return { status: 200 };
  }

  private createConversation(body: unknown): ConnectorReply {
    const parameters = asObject(body);
    if (!parameters) return connectorError(400, 'BadArgument', 'Conversation parameters required.');

    // A channel post opens a new thread whose id is the channel id plus the root message id.
    const channel = asObject(asObject(parameters.channelData)?.channel);
    const channelId = typeof channel?.id === 'string' ? channel.id : undefined;
    const first = asActivity(parameters.activity);
    const activityId = first ? this.nextActivityId() : undefined;
    this.createdConversations += 1;
    const conversationId = channelId
      ? `${channelId};messageid=${activityId ?? this.nextActivityId()}`
      : `a:1StandInConversation-${this.createdConversations}`;

    const stored = new Map<string, StoredActivity>();
    if (first && activityId) stored.set(activityId, { ...structuredClone(first), id: activityId });
    this.conversations.set(conversationId, stored);
    return { status: 201, body: { id: conversationId, activityId } };
  }

  private member(memberId: string): ConnectorReply {
    const found = this.roster.find((m) => m.id === memberId || m.aadObjectId === memberId);
    if (found) return { status: 200, body: found };
    return connectorError(404, 'MemberNotFoundInConversation', 'The member was not found.');
  }

  private teamDetails(teamId: string): ConnectorReply {
    if (teamId !== this.team.id) return connectorError(404, 'NotFound', 'Team not found.');
    const { id, name, aadGroupId, channels } = this.team;
    const details = { id, name, aadGroupId, channelCount: channels.length };
    return { status: 200, body: { ...details, memberCount: this.roster.length } };
  }
}
