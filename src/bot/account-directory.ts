import type { Choice } from './dialogs/flow-cards';

export interface AccountDirectoryOptions {
  /** Lists kept at most; the least recently used goes first. */
  maxLists?: number;
  /** How long a loaded list answers searches before it must be loaded again. */
  ttlMs?: number;
  now?: () => number;
}

interface Entry {
  choices: Choice[];
  loadedAt: number;
}

// A list answers typeahead for as long as an admin plausibly stays on one card; after that the
// account picker is shown again and reloads it with the user's current access.
const DEFAULT_TTL_MS = 10 * 60 * 1000;
const DEFAULT_MAX_LISTS = 500;

/**
 * The storage-account lists that account pickers were built from, per user and flow, so a
 * typeahead search is answered from memory instead of paging through ARM again.
 */
export class AccountDirectory {
  private readonly lists = new Map<string, Entry>();
  private readonly maxLists: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: AccountDirectoryOptions = {}) {
    this.maxLists = options.maxLists ?? DEFAULT_MAX_LISTS;
    this.ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  remember(oid: string, flowId: string, choices: Choice[]): void {
    const key = keyOf(oid, flowId);
    this.lists.delete(key);
    this.lists.set(key, { choices, loadedAt: this.now() });
    while (this.lists.size > this.maxLists) {
      const oldest = this.lists.keys().next().value;
      if (oldest === undefined) break;
      this.lists.delete(oldest);
    }
  }

  /**
   * The account's name as listed, `false` when the loaded list lacks it, `null` when no list is
   * loaded for this user and flow.
   */
  find(oid: string, flowId: string, name: string): string | false | null {
    const entry = this.fresh(keyOf(oid, flowId));
    if (!entry) return null;
    const wanted = name.toLowerCase();
    return entry.choices.find((choice) => choice.value.toLowerCase() === wanted)?.value ?? false;
  }

  /**
   * Accounts whose name contains `query` (any case), names starting with it first; `null` when
   * no list is loaded for this user and flow (or it expired).
   */
  search(oid: string, flowId: string, query: string, skip: number, top: number): Choice[] | null {
    const entry = this.fresh(keyOf(oid, flowId));
    if (!entry) return null;
    const needle = query.trim().toLowerCase();
    const starts: Choice[] = [];
    const contains: Choice[] = [];
    for (const choice of entry.choices) {
      const name = choice.value.toLowerCase();
      if (name.startsWith(needle)) starts.push(choice);
      else if (name.includes(needle)) contains.push(choice);
    }
    return [...starts, ...contains].slice(skip, skip + top);
  }

  private fresh(key: string): Entry | null {
    const entry = this.lists.get(key);
    if (!entry) return null;
    if (this.now() - entry.loadedAt <= this.ttlMs) return entry;
    this.lists.delete(key);
    return null;
  }
}

function keyOf(oid: string, flowId: string): string {
  return `${oid}|${flowId}`;
}
