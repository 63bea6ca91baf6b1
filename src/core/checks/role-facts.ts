import type { Actor, RoleAssignment } from '../model';
import type { Fact } from './fact';

/** What the role checks read: the actor's assignments that apply at the account. */
export interface RoleFacts {
  actor: Actor;
  accountName: string;
  /** ARM id of the account, computed from the request. */
  accountId: string;
  /** Assignments made at the account or above it, for the actor (groups included). */
  assignments: Fact<RoleAssignment[]>;
}
