import { checkOwnerRole } from '../../../src/core/checks/check-owner-role';
import { known, unreadable } from '../../../src/core/checks/fact';
import type { RoleFacts } from '../../../src/core/checks/role-facts';
import { ROLE_IDS } from '../../../src/core/checks/role-ids';
import type { RoleAssignment } from '../../../src/core/model';
import {
  ACCOUNT_ID,
  ACTOR,
  IDS,
  RESOURCE_GROUP_ID,
  SUBSCRIPTION_ID,
  roleAssignment,
} from '../fakes/sample-world';

const facts = (assignments: RoleAssignment[]): RoleFacts => ({
  actor: ACTOR,
  accountName: IDS.account,
  accountId: ACCOUNT_ID,
  assignments: known(assignments),
});

const EXPECTED = 'Owner assigned on the account itself';

describe('checkOwnerRole', () => {
  it('passes when Owner is assigned at the account scope, whatever the case of the scope', () => {
    const result = checkOwnerRole(
      facts([
        roleAssignment(RESOURCE_GROUP_ID, ROLE_IDS.owner),
        roleAssignment(ACCOUNT_ID.toLowerCase(), ROLE_IDS.owner.toUpperCase()),
      ]),
    );

    expect(result).toMatchObject({ id: 'OWNER_ROLE', status: 'pass', expected: EXPECTED });
    expect(result.actual).toBe('Owner on the account');
  });

  it('warns with OWNER_ROLE_INHERITED when Owner comes only from the resource group', () => {
    const result = checkOwnerRole(facts([roleAssignment(RESOURCE_GROUP_ID, ROLE_IDS.owner)]));

    expect(result).toMatchObject({ status: 'warn', problem: 'OWNER_ROLE_INHERITED' });
    expect(result.expected).toBe(EXPECTED);
    expect(result.actual).toBe(`Owner inherited from resource group ${IDS.resourceGroup}`);
    expect(result.fix?.cli).toBe(
      `az role assignment create --assignee-object-id ${IDS.actor} ` +
        `--assignee-principal-type User --role Owner --scope ${ACCOUNT_ID}`,
    );
  });

  it('warns and names the subscription when Owner comes from the subscription', () => {
    const result = checkOwnerRole(facts([roleAssignment(SUBSCRIPTION_ID, ROLE_IDS.owner)]));

    expect(result.status).toBe('warn');
    expect(result.actual).toBe(`Owner inherited from subscription ${IDS.subscription}`);
  });

  it('fails with OWNER_ROLE_MISSING when the actor holds other roles only', () => {
    const result = checkOwnerRole(
      facts([
        roleAssignment(ACCOUNT_ID, ROLE_IDS.storageBlobDataOwner),
        roleAssignment(ACCOUNT_ID, 'b24988ac-6180-42a0-ab88-20f7382dd24c'),
      ]),
    );

    expect(result).toMatchObject({ status: 'fail', problem: 'OWNER_ROLE_MISSING' });
    expect(result.expected).toBe(EXPECTED);
    expect(result.actual).toBe('no Owner role');
    expect(result.fix?.cli).toContain(`--scope ${ACCOUNT_ID}`);
  });

  it('is unknown when role assignments cannot be listed', () => {
    const assignments = unreadable<RoleAssignment[]>('403 AuthorizationFailed');
    const result = checkOwnerRole({ ...facts([]), assignments });

    expect(result).toMatchObject({ status: 'unknown', expected: EXPECTED });
    expect(result.actual).toBe('could not be read (403 AuthorizationFailed)');
  });
});
