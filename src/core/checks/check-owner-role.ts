import { sameId } from '../same-id';
import type { CheckResult } from './check-result';
import {
  passResult,
  problemResult,
  unknownResult,
  type CheckHeading,
} from './check-result-builders';
import { describeScope } from './describe-scope';
import type { RoleFacts } from './role-facts';
import { ROLE_IDS, roleGuidOf } from './role-ids';

const HEADING: CheckHeading = {
  id: 'OWNER_ROLE',
  title: 'Owner of the storage account',
  expected: 'Owner assigned on the account itself',
};

/**
 * Passes when the actor is Owner at the account's own scope. Owner inherited from a resource
 * group or subscription only warns: Azure honours it, but Power BI today rejects it.
 */
export function checkOwnerRole(facts: RoleFacts): CheckResult {
  if (!facts.assignments.ok) return unknownResult(HEADING, facts.assignments.reason);

  const owners = facts.assignments.value.filter(
    (assignment) => roleGuidOf(assignment.roleDefinitionId) === ROLE_IDS.owner,
  );
  if (owners.some((owner) => sameId(owner.scope, facts.accountId))) {
    return passResult(HEADING, 'Owner on the account');
  }

  const params = { account: facts.accountName, accountId: facts.accountId, oid: facts.actor.oid };
  const inherited = owners[0];
  if (inherited === undefined) {
    return problemResult(HEADING, 'fail', 'no Owner role', 'OWNER_ROLE_MISSING', params);
  }

  const inheritedFrom = describeScope(inherited.scope);
  const actual = `Owner inherited from ${inheritedFrom}`;
  return problemResult(HEADING, 'warn', actual, 'OWNER_ROLE_INHERITED', {
    ...params,
    inheritedFrom,
  });
}
