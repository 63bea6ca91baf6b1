/**
 * Holds every fake call until released, so a test can see which calls were started before
 * any of them answered. Once released it lets later calls through at once.
 */
export class CallGate {
  private readonly held: Array<() => void> = [];
  private open = false;

  /** How many calls are waiting now. */
  get waiting(): number {
    return this.held.length;
  }

  wait(): Promise<void> {
    if (this.open) return Promise.resolve();
    return new Promise((resolve) => this.held.push(resolve));
  }

  /** Lets every waiting and every later call through. */
  releaseAll(): void {
    this.open = true;
    this.held.splice(0).forEach((release) => release());
  }
}

/** Resolves after every pending promise reaction has run; no timer is involved. */
export function settleMicrotasks(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
