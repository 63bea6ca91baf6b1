import { checkDataRole } from '../../../src/core/checks/check-data-role';
import { known, unreadable } from '../../../src/core/checks/fact';
import type { RoleFacts } from '../../../src/core/checks/role-facts';
import { ROLE_IDS } from '../../../src/core/checks/role-ids';
import type { RoleAssignment } from '../../../src/core/model';
import { ACCOUNT_ID, ACTOR, IDS, RESOURCE_GROUP_ID, roleAssignment } from '../fakes/sample-world';

const facts = (assignments: RoleAssignment[]): RoleFacts => ({
  actor: ACTOR,
  accountName: IDS.account,
  accountId: ACCOUNT_ID,
  assignments: known(assignments),
});

const EXPECTED = 'Storage Blob Data Owner or Contributor';

describe('checkDataRole', () => {
  it('passes with Storage Blob Data Owner on the account', () => {
    const owner = roleAssignment(ACCOUNT_ID, ROLE_IDS.storageBlobDataOwner);
    const result = checkDataRole(facts([owner]));

    expect(result).toMatchObject({ id: 'DATA_ROLE', status: 'pass', expected: EXPECTED });
    expect(result.actual).toBe('Storage Blob Data Owner');
  });

  it('passes with Storage Blob Data Contributor inherited from the resource group', () => {
    const result = checkDataRole(
      facts([roleAssignment(RESOURCE_GROUP_ID, ROLE_IDS.storageBlobDataContributor)]),
    );

    expect(result.status).toBe('pass');
    expect(result.actual).toBe('Storage Blob Data Contributor');
  });

  it('warns with DATA_ROLE_MISSING when the actor is only Owner', () => {
    const result = checkDataRole(facts([roleAssignment(ACCOUNT_ID, ROLE_IDS.owner)]));

    expect(result).toMatchObject({ status: 'warn', problem: 'DATA_ROLE_MISSING' });
    expect(result.expected).toBe(EXPECTED);
    expect(result.actual).toBe('no Storage Blob Data role');
    expect(result.fix?.cli).toContain('--role "Storage Blob Data Owner"');
  });

  it('is unknown when role assignments cannot be listed', () => {
    const assignments = unreadable<RoleAssignment[]>('no answer (ETIMEDOUT)');
    const result = checkDataRole({ ...facts([]), assignments });

    expect(result).toMatchObject({ status: 'unknown', expected: EXPECTED });
    expect(result.actual).toBe('could not be read (no answer (ETIMEDOUT))');
  });
});
