import type { CallOptions, CloudPorts } from '../../../src/core/ports';
import { CallGate } from './call-gate';
import { fakeAzurePort } from './fake-azure-port';
import { fakeLakePort } from './fake-lake-port';
import { fakePowerBiPort } from './fake-power-bi-port';
import type { FakeWorld } from './fake-world';

/** One call a port received. */
export interface RecordedCall {
  method: string;
  args: unknown[];
  abortSignal: AbortSignal | undefined;
  /** Whose identity the ports were built for. */
  oid: string;
}

/**
 * An in-memory Azure, Power BI and Data Lake sharing one world. Ports built with portsFor
 * see it with one user's rights and change it like the real services would (an assignment
 * moves the workspace and makes Power BI create its file system). Every call is recorded,
 * can be held at a gate, and can be made to fail with an injected error.
 */
export class FakeCloud {
  readonly calls: RecordedCall[] = [];
  /** `start <method>` and `end <method>` in the order they happened. */
  readonly events: string[] = [];
  gate: CallGate | null = null;
  private readonly faults = new Map<string, unknown>();
  private readonly lostAnswers = new Map<string, unknown>();

  constructor(readonly world: FakeWorld) {}

  /** Ports acting as the user with Entra object id `oid`. */
  portsFor(oid: string): CloudPorts {
    return {
      azure: fakeAzurePort(this, oid),
      powerBi: fakePowerBiPort(this, oid),
      lake: fakeLakePort(this, oid),
    };
  }

  /** Makes every later call of `method` (e.g. `azure.getStorageAccount`) throw `error`. */
  failOn(method: string, error: unknown): void {
    this.faults.set(method, error);
  }

  /** Later calls of `method` take effect, then throw `error`: the answer is lost on the way. */
  loseAnswerOf(method: string, error: unknown): void {
    this.lostAnswers.set(method, error);
  }

  /** Undoes failOn: later calls of `method` work again. */
  recover(method: string): void {
    this.faults.delete(method);
  }

  /** Holds every later call until the returned gate is released. */
  hold(): CallGate {
    this.gate = new CallGate();
    return this.gate;
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /**
   * Records the call, waits at the gate, honours the abort signal and injected faults, then
   * runs `work` against the world and hands back a copy, so callers never share its state.
   */
  async track<T>(
    oid: string,
    method: string,
    args: unknown[],
    options: CallOptions | undefined,
    work: () => T,
  ): Promise<T> {
    this.calls.push({ method, args, abortSignal: options?.abortSignal, oid });
    this.events.push(`start ${method}`);
    try {
      if (this.gate) await this.gate.wait();
      options?.abortSignal?.throwIfAborted();
      if (this.faults.has(method)) throw this.faults.get(method);
      const result = structuredClone(work());
      if (this.lostAnswers.has(method)) throw this.lostAnswers.get(method);
      return result;
    } finally {
      this.events.push(`end ${method}`);
    }
  }
}
