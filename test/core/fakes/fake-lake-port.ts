import { ROLE_IDS, roleGuidOf } from '../../../src/core/checks/role-ids';
import type { LakePort } from '../../../src/core/ports';
import { UpstreamError } from '../../../src/core/upstream-error';
import type { FakeCloud } from './fake-cloud';
import type { FakeFileSystem } from './fake-world';
import { scopeCovers } from './scope-covers';

/** Storage Blob Data Reader; with Owner and Contributor, the roles that allow reading data. */
const DATA_READER = '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1';
const DATA_ROLES: readonly string[] = [
  ROLE_IDS.storageBlobDataOwner,
  ROLE_IDS.storageBlobDataContributor,
  DATA_READER,
];

/**
 * The Data Lake endpoint over the fake world, as user `oid` sees it. Like the real service,
 * it answers 403 AuthorizationPermissionMismatch to a user without a Storage Blob Data role,
 * whatever their ARM roles.
 */
export function fakeLakePort(cloud: FakeCloud, oid: string): LakePort {
  const world = cloud.world;

  const fileSystemsOf = (accountName: string): Record<string, FakeFileSystem> => {
    const name = accountName.toLowerCase();
    const account = world.accounts.find((a) => a.name.toLowerCase() === name);
    if (!account) throw new UpstreamError('lake', 0, 'ENOTFOUND');

    const canRead = world.roleAssignments.some(
      (a) =>
        a.principalId === oid &&
        scopeCovers(a.scope, account.id) &&
        DATA_ROLES.includes(roleGuidOf(a.roleDefinitionId)),
    );
    if (!canRead) throw new UpstreamError('lake', 403, 'AuthorizationPermissionMismatch');
    return world.lake[account.name] ?? {};
  };

  const fileSystem = (accountName: string, name: string): FakeFileSystem => {
    const found = fileSystemsOf(accountName)[name];
    if (!found) throw new UpstreamError('lake', 404, 'FilesystemNotFound');
    return found;
  };

  return {
    fileSystemExists: (accountName, name, options) =>
      cloud.track(oid, 'lake.fileSystemExists', [accountName, name], options, () =>
        Object.hasOwn(fileSystemsOf(accountName), name),
      ),

    listFiles: (accountName, name, directory, options) =>
      cloud.track(oid, 'lake.listFiles', [accountName, name, directory], options, () => {
        const prefix = directory === '' ? '' : `${directory.replace(/\/+$/, '')}/`;
        return Object.keys(fileSystem(accountName, name)).filter((p) => p.startsWith(prefix));
      }),

    readFile: async (accountName, name, path, options) => {
      const args = [accountName, name, path];
      const text = await cloud.track(oid, 'lake.readFile', args, options, () => {
        const content = fileSystem(accountName, name)[path];
        if (content === undefined) throw new UpstreamError('lake', 404, 'PathNotFound');
        return content;
      });
      return Buffer.from(text, 'utf8');
    },
  };
}
