import type { DataLakeServiceClient } from '@azure/storage-file-datalake';
import type { CallOptions, LakePort } from '../core/ports';
import { withUpstreamErrors } from './to-upstream-error';

/** The Data Lake (DFS) endpoints of storage accounts, as one user sees them. */
export class LakeAdapter implements LakePort {
  constructor(private readonly serviceFor: (accountName: string) => DataLakeServiceClient) {}

  fileSystemExists(
    accountName: string,
    fileSystem: string,
    options: CallOptions = {},
  ): Promise<boolean> {
    return guarded(() => {
      const client = this.serviceFor(accountName).getFileSystemClient(fileSystem);
      return client.exists({ abortSignal: options.abortSignal });
    });
  }

  listFiles(
    accountName: string,
    fileSystem: string,
    directory: string,
    options: CallOptions = {},
  ): Promise<string[]> {
    return guarded(async () => {
      const client = this.serviceFor(accountName).getFileSystemClient(fileSystem);
      const path = trimSlashes(directory);
      const paths = client.listPaths({
        path: path === '' ? undefined : path,
        recursive: true,
        abortSignal: options.abortSignal,
      });

      // The pager follows the continuation token from page to page.
      const files: string[] = [];
      for await (const entry of paths) {
        if (!entry.isDirectory && entry.name) files.push(entry.name);
      }
      return files;
    });
  }

  readFile(
    accountName: string,
    fileSystem: string,
    path: string,
    options: CallOptions = {},
  ): Promise<Buffer> {
    return guarded(() => {
      const file = this.serviceFor(accountName).getFileSystemClient(fileSystem).getFileClient(path);
      return file.readToBuffer(0, undefined, { abortSignal: options.abortSignal });
    });
  }
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

function guarded<T>(call: () => Promise<T>): Promise<T> {
  return withUpstreamErrors('lake', call);
}
