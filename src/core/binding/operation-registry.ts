/** How many finished operations a registry keeps unless told otherwise. */
export const DEFAULT_REMEMBERED_OPERATIONS = 1000;

/**
 * Remembers the outcome of the latest operations by key, oldest forgotten first, so a
 * re-delivered request gets the outcome of its first delivery instead of running again.
 */
export class OperationRegistry<T> {
  private readonly entries = new Map<string, T>();
  private readonly capacity: number;

  constructor(capacity = DEFAULT_REMEMBERED_OPERATIONS) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError('registry capacity must be a positive integer');
    }
    this.capacity = capacity;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): T | undefined {
    return this.entries.get(key);
  }

  /** Stores `value` under `key`, forgetting the oldest entry when full. */
  remember(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size <= this.capacity) return;

    const oldest = this.entries.keys().next();
    if (!oldest.done) this.entries.delete(oldest.value);
  }

  /** Forgets `key`, but only while it still holds `value`. */
  forget(key: string, value: T): void {
    if (this.entries.get(key) === value) this.entries.delete(key);
  }
}
