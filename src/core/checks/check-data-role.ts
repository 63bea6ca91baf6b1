import type { CheckResult } from './check-result';
import {
  passResult,
  problemResult,
  unknownResult,
  type CheckHeading,
} from './check-result-builders';
import type { RoleFacts } from './role-facts';
import { ROLE_IDS, roleGuidOf } from './role-ids';

const HEADING: CheckHeading = {
  id: 'DATA_ROLE',
  title: 'Storage Blob Data role',
  expected: 'Storage Blob Data Owner or Contributor',
};

const DATA_ROLES = new Map<string, string>([
  [ROLE_IDS.storageBlobDataOwner, 'Storage Blob Data Owner'],
  [ROLE_IDS.storageBlobDataContributor, 'Storage Blob Data Contributor'],
]);

/**
 * Passes when the actor holds a Storage Blob Data Owner or Contributor role that applies to
 * the account, assigned there or inherited. Missing only warns: Power BI does not need it,
 * but without it the bot cannot read the lake to verify the connection.
 */
export function checkDataRole(facts: RoleFacts): CheckResult {
  if (!facts.assignments.ok) return unknownResult(HEADING, facts.assignments.reason);

  for (const assignment of facts.assignments.value) {
    const roleName = DATA_ROLES.get(roleGuidOf(assignment.roleDefinitionId));
    if (roleName !== undefined) return passResult(HEADING, roleName);
  }

  return problemResult(HEADING, 'warn', 'no Storage Blob Data role', 'DATA_ROLE_MISSING', {
    account: facts.accountName,
    accountId: facts.accountId,
    oid: facts.actor.oid,
  });
}
