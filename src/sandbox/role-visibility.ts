import { scopeContains } from './arm-scope';
import { DATA_READ_ROLES, DATA_WRITE_ROLES } from './built-in-roles';
import { resolveScope, type ResolvedScope } from './world-catalog';
import type { World, WorldRoleAssignment } from './world-schema';

/** A role assignment with its scope resolved to the canonical ARM id. */
export interface PlacedAssignment {
  assignment: WorldRoleAssignment;
  scope: ResolvedScope;
}

/** Every assignment of the world with its scope resolved (world rules guarantee they resolve). */
export function placedAssignments(world: World): PlacedAssignment[] {
  return world.azure.roleAssignments.flatMap((assignment) => {
    const scope = resolveScope(world, assignment.scope);
    return scope === null ? [] : [{ assignment, scope }];
  });
}

function assignmentsOf(world: World, oid: string): PlacedAssignment[] {
  return placedAssignments(world).filter((placed) => placed.assignment.principalId === oid);
}

/** The user holds some role at `scopeId` or at one of its ancestors. */
export function hasRoleAtOrAbove(world: World, oid: string, scopeId: string): boolean {
  return assignmentsOf(world, oid).some((placed) => scopeContains(placed.scope.id, scopeId));
}

/** The user holds some role at `scopeId`, above it, or anywhere below it. */
export function hasRoleAround(world: World, oid: string, scopeId: string): boolean {
  return assignmentsOf(world, oid).some(
    (placed) => scopeContains(placed.scope.id, scopeId) || scopeContains(scopeId, placed.scope.id),
  );
}

/** A subscription is listed when any assignment is at it or below it. */
export function canSeeSubscription(world: World, oid: string, subscriptionId: string): boolean {
  return assignmentsOf(world, oid).some((placed) => scopeContains(subscriptionId, placed.scope.id));
}

/** A resource group is visible with an assignment at its subscription or at the group itself. */
export function canSeeResourceGroup(world: World, oid: string, groupId: string): boolean {
  return assignmentsOf(world, oid).some(
    (placed) => placed.scope.kind !== 'storageAccount' && scopeContains(placed.scope.id, groupId),
  );
}

/** A storage account is visible with an assignment at the account or above it. */
export function canSeeAccount(world: World, oid: string, accountId: string): boolean {
  return hasRoleAtOrAbove(world, oid, accountId);
}

/** The data access the user's Storage Blob Data roles give at an account. */
export function dataAccessAt(
  world: World,
  oid: string,
  accountId: string,
): 'write' | 'read' | 'none' {
  const roles = assignmentsOf(world, oid)
    .filter((placed) => scopeContains(placed.scope.id, accountId))
    .map((placed) => placed.assignment.role);
  if (roles.some((role) => DATA_WRITE_ROLES.includes(role))) return 'write';
  if (roles.some((role) => DATA_READ_ROLES.includes(role))) return 'read';
  return 'none';
}
