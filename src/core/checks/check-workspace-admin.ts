import type { Actor, WorkspaceAccessRight, WorkspaceUser } from '../model';
import { sameId } from '../same-id';
import type { CheckResult } from './check-result';
import {
  passResult,
  problemResult,
  unknownResult,
  type CheckHeading,
} from './check-result-builders';
import type { Fact } from './fact';

const HEADING: CheckHeading = {
  id: 'WORKSPACE_ADMIN',
  title: 'Workspace admin',
  expected: 'Admin',
};

export interface WorkspaceAdminFacts {
  actor: Actor;
  users: Fact<WorkspaceUser[]>;
}

/** Passes when the actor, by Entra object id, is listed as Admin of the workspace. */
export function checkWorkspaceAdmin(facts: WorkspaceAdminFacts): CheckResult {
  if (!facts.users.ok) return unknownResult(HEADING, facts.users.reason);

  // Limitation: a user who is Admin only through an Entra group is not recognised, because
  // resolving group membership needs Microsoft Graph, which the ports do not offer.
  const rights = facts.users.value
    .filter((user) => user.graphId !== null && sameId(user.graphId, facts.actor.oid))
    .map((user) => user.accessRight);
  if (rights.includes('Admin')) return passResult(HEADING, 'Admin');

  const accessRight = strongest(rights);
  const actual = accessRight === null ? 'not a member' : accessRight;
  return problemResult(HEADING, 'fail', actual, 'NOT_WORKSPACE_ADMIN', { accessRight: actual });
}

const ORDER: readonly WorkspaceAccessRight[] = ['Admin', 'Member', 'Contributor', 'Viewer'];

function strongest(rights: WorkspaceAccessRight[]): WorkspaceAccessRight | null {
  return ORDER.find((right) => rights.includes(right)) ?? null;
}
