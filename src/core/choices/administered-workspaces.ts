import type { Actor, Workspace, WorkspaceUser } from '../model';
import type { CallOptions, PowerBiPort } from '../ports';
import { sameId } from '../same-id';

/**
 * The workspaces the actor administers. Power BI lists every workspace the user belongs to;
 * the access right comes from each workspace's user list, fetched concurrently.
 * A workspace whose user list cannot be read is left out rather than guessed; when none can be
 * read, the first failure is thrown.
 */
export async function listAdministeredWorkspaces(
  powerBi: PowerBiPort,
  actor: Actor,
  options: CallOptions = {},
): Promise<Workspace[]> {
  const workspaces = await powerBi.listWorkspaces(options);
  const rights = await Promise.allSettled(
    workspaces.map((workspace) => powerBi.listWorkspaceUsers(workspace.id, options)),
  );
  const firstFailure = rights.find((right) => right.status === 'rejected');
  if (firstFailure && rights.every((right) => right.status === 'rejected')) {
    // Nothing readable: an empty list would wrongly say "you administer nothing".
    throw firstFailure.reason;
  }
  return workspaces.filter((_workspace, index) => {
    const users = rights[index];
    if (users?.status !== 'fulfilled') return false;
    return isAdmin(users.value, actor);
  });
}

/**
 * The workspace `workspaceId` if the actor may see it and administers it, else null: the check
 * a chosen workspace must pass. Reads the workspace list and that one workspace's users at
 * once, so it costs two calls and one round trip however many workspaces the actor is in.
 * Throws the first failure of a read it needs.
 */
export async function findAdministeredWorkspace(
  powerBi: PowerBiPort,
  actor: Actor,
  workspaceId: string,
  options: CallOptions = {},
): Promise<Workspace | null> {
  const [workspaces, users] = await Promise.allSettled([
    powerBi.listWorkspaces(options),
    powerBi.listWorkspaceUsers(workspaceId, options),
  ]);
  if (workspaces.status === 'rejected') throw workspaces.reason;
  const workspace = workspaces.value.find((item) => sameId(item.id, workspaceId));
  // Power BI refuses the user list of a workspace the actor is not in; that is no failure here.
  if (!workspace) return null;
  if (users.status === 'rejected') throw users.reason;
  return isAdmin(users.value, actor) ? workspace : null;
}

function isAdmin(users: WorkspaceUser[], actor: Actor): boolean {
  return users.some((user) => user.graphId === actor.oid && user.accessRight === 'Admin');
}
