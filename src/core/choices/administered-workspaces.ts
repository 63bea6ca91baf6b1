import type { Actor, Workspace } from '../model';
import type { CallOptions, PowerBiPort } from '../ports';

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
    return users.value.some((user) => user.graphId === actor.oid && user.accessRight === 'Admin');
  });
}
