import { createHash } from 'node:crypto';

/** One file system of a world: path → content (a string as is, other JSON as its text). */
export type FileSystemContent = Record<string, unknown>;

export interface TreeEntry {
  /** Path inside the file system, without a leading slash. */
  name: string;
  isDirectory: boolean;
  /** Bytes of a file; empty for a directory. */
  bytes: Buffer;
  /** `application/json` for a JSON value, `application/octet-stream` for a string. */
  contentType: string;
}

function normalize(path: string): string {
  return path
    .split('/')
    .filter((segment) => segment !== '')
    .join('/');
}

export function contentBytes(value: unknown): Buffer {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8');
}

/**
 * Every file of a file system and every directory its paths imply, sorted by name the way
 * List Paths returns them.
 */
export function treeOf(content: FileSystemContent): TreeEntry[] {
  const entries = new Map<string, TreeEntry>();
  for (const [rawPath, value] of Object.entries(content)) {
    const name = normalize(rawPath);
    if (name === '') continue;
    const contentType = typeof value === 'string' ? 'application/octet-stream' : 'application/json';
    entries.set(name, { name, isDirectory: false, bytes: contentBytes(value), contentType });

    const parts = name.split('/');
    for (let depth = 1; depth < parts.length; depth += 1) {
      const directory = parts.slice(0, depth).join('/');
      if (!entries.has(directory)) {
        const bytes = Buffer.alloc(0);
        const contentType = 'application/octet-stream';
        entries.set(directory, { name: directory, isDirectory: true, bytes, contentType });
      }
    }
  }
  return [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The entry at `path`, or `undefined` when the file system has nothing there. */
export function entryAt(content: FileSystemContent, path: string): TreeEntry | undefined {
  const wanted = normalize(path);
  return treeOf(content).find((entry) => entry.name === wanted);
}

/**
 * Entries below `directory` ('' for the root): all of them when recursive, else only its
 * children. `null` when the directory does not exist.
 */
export function listUnder(
  content: FileSystemContent,
  directory: string,
  recursive: boolean,
): TreeEntry[] | null {
  const base = normalize(directory);
  const tree = treeOf(content);
  if (base !== '' && !tree.some((entry) => entry.isDirectory && entry.name === base)) return null;

  const prefix = base === '' ? '' : `${base}/`;
  return tree.filter((entry) => {
    if (!entry.name.startsWith(prefix)) return false;
    return recursive || !entry.name.slice(prefix.length).includes('/');
  });
}

/** A storage-style ETag (`"0x8D…"`) that changes when the bytes change. */
export function etagOf(seed: string | Buffer): string {
  const hex = createHash('sha256').update(seed).digest('hex').slice(0, 13).toUpperCase();
  return `"0x8D${hex}"`;
}

/** Fixed timestamps keep listings identical across runs. */
export const LAST_MODIFIED = 'Wed, 01 Oct 2025 08:00:00 GMT';

/** LAST_MODIFIED as a Windows file time (100 ns ticks since 1601), as List Paths sends it. */
export const CREATION_TICKS = String(
  (BigInt(Date.parse(LAST_MODIFIED)) + 11_644_473_600_000n) * 10_000n,
);
