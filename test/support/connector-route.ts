/** The Bot Connector v3 operations the stand-in knows, named as in ConnectorAPI.json. */
export type ConnectorOperation =
  | 'createConversation'
  | 'getConversations'
  | 'sendToConversation'
  | 'sendConversationHistory'
  | 'replyToActivity'
  | 'updateActivity'
  | 'deleteActivity'
  | 'getConversationMembers'
  | 'getConversationMember'
  | 'getConversationPagedMembers'
  | 'getActivityMembers'
  | 'getTeamChannels'
  | 'getTeamDetails'
  | 'unknown';

/** An operation with its path parameters, already URL-decoded. */
export interface ConnectorRoute {
  operation: ConnectorOperation;
  conversationId?: string;
  activityId?: string;
  memberId?: string;
  teamId?: string;
}

type RouteParam = 'conversationId' | 'activityId' | 'memberId' | 'teamId';

const routes: ReadonlyArray<[string, string, ConnectorOperation]> = [
  ['POST', 'v3/conversations', 'createConversation'],
  ['GET', 'v3/conversations', 'getConversations'],
  ['POST', 'v3/conversations/:conversationId/activities', 'sendToConversation'],
  // Listed before the `:activityId` routes so that "history" is not taken for an activity id.
  ['POST', 'v3/conversations/:conversationId/activities/history', 'sendConversationHistory'],
  ['POST', 'v3/conversations/:conversationId/activities/:activityId', 'replyToActivity'],
  ['PUT', 'v3/conversations/:conversationId/activities/:activityId', 'updateActivity'],
  ['DELETE', 'v3/conversations/:conversationId/activities/:activityId', 'deleteActivity'],
  ['GET', 'v3/conversations/:conversationId/activities/:activityId/members', 'getActivityMembers'],
  ['GET', 'v3/conversations/:conversationId/members', 'getConversationMembers'],
  ['GET', 'v3/conversations/:conversationId/members/:memberId', 'getConversationMember'],
  ['GET', 'v3/conversations/:conversationId/pagedmembers', 'getConversationPagedMembers'],
  ['GET', 'v3/teams/:teamId/conversations', 'getTeamChannels'],
  ['GET', 'v3/teams/:teamId', 'getTeamDetails'],
];

function decodeSegments(path: string): string[] | undefined {
  try {
    return path
      .split('/')
      .filter((segment) => segment !== '')
      .map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

function matchPattern(pattern: string, segments: string[]): ConnectorRoute | undefined {
  const parts = pattern.split('/');
  if (parts.length !== segments.length) return undefined;

  const params: Partial<Record<RouteParam, string>> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] as string;
    if (part.startsWith(':')) params[part.slice(1) as RouteParam] = segment;
    else if (part !== segment) return undefined;
  }
  return { operation: 'unknown', ...params };
}

/**
 * Finds the operation for a request path relative to the service URL. Each segment is decoded on
 * its own because Teams conversation ids carry `:`, `;` and `@`, which clients percent-encode.
 */
export function matchConnectorRoute(method: string, relativePath: string): ConnectorRoute {
  const segments = decodeSegments(relativePath);
  if (!segments) return { operation: 'unknown' };

  for (const [routeMethod, pattern, operation] of routes) {
    if (routeMethod !== method.toUpperCase()) continue;
    const match = matchPattern(pattern, segments);
    if (match) return { ...match, operation };
  }
  return { operation: 'unknown' };
}
