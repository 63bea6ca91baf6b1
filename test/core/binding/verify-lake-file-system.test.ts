import { verifyLakeFileSystem } from '../../../src/core/binding/verify-lake-file-system';
import { ROLE_IDS } from '../../../src/core/checks/role-ids';
import { UpstreamError } from '../../../src/core/upstream-error';
import { FakeCloud } from '../fakes/fake-cloud';
import { ACCOUNT_ID, IDS, readyWorld, roleAssignment } from '../fakes/sample-world';

function lakeOf(cloud: FakeCloud) {
  return cloud.portsFor(IDS.actor).lake;
}

describe('verifyLakeFileSystem', () => {
  it('is ok when the powerbi file system exists', async () => {
    const cloud = new FakeCloud({ ...readyWorld(), lake: { [IDS.account]: { powerbi: {} } } });

    const verification = await verifyLakeFileSystem(lakeOf(cloud), IDS.account);

    expect(verification).toEqual({
      id: 'LAKE_FILE_SYSTEM',
      ok: true,
      expected: `file system "powerbi" in ${IDS.account}`,
      actual: 'present',
    });
  });

  it('is not ok when the file system is missing', async () => {
    const cloud = new FakeCloud(readyWorld());

    const verification = await verifyLakeFileSystem(lakeOf(cloud), IDS.account);

    expect(verification).toMatchObject({ ok: false, actual: 'not found' });
  });

  it('says the account is assigned but unreadable on a 403', async () => {
    const ownerOnly = [roleAssignment(ACCOUNT_ID, ROLE_IDS.owner)];
    const cloud = new FakeCloud({ ...readyWorld(), roleAssignments: ownerOnly });

    const verification = await verifyLakeFileSystem(lakeOf(cloud), IDS.account);

    expect(verification.ok).toBe(false);
    expect(verification.actual).toBe(
      'assigned, but you cannot read the lake to confirm (403 AuthorizationPermissionMismatch)',
    );
  });

  it('gives the reason of any other failure without its message', async () => {
    const cloud = new FakeCloud(readyWorld());
    cloud.failOn('lake.fileSystemExists', new UpstreamError('lake', 0, 'ECONNRESET'));

    const verification = await verifyLakeFileSystem(lakeOf(cloud), IDS.account);

    expect(verification).toMatchObject({
      ok: false,
      actual: 'could not be read (no answer (ECONNRESET))',
    });
  });
});
