/**
 * An in-process lock per workspace id. It never waits: a second taker is told the
 * workspace is busy, so a stuck operation cannot queue up users behind it.
 */
export class WorkspaceLock {
  private readonly held = new Set<string>();

  /** Takes the lock; returns its release function, or `null` when someone holds it. */
  tryAcquire(workspaceId: string): (() => void) | null {
    const key = workspaceId.toLowerCase();
    if (this.held.has(key)) return null;

    this.held.add(key);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.held.delete(key);
    };
  }

  /** Whether the workspace is locked now. */
  isHeld(workspaceId: string): boolean {
    return this.held.has(workspaceId.toLowerCase());
  }
}
