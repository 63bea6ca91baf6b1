import { failureReason } from '../failure-reason';
import { known, unreadable, type Fact } from './fact';

type Calls = Record<string, () => Promise<unknown>>;

/** The facts `calls` produced, under the same keys. */
export type SettledFacts<T extends Calls> = { [K in keyof T]: Fact<Awaited<ReturnType<T[K]>>> };

/**
 * Starts every call before waiting for any, so the wall time is that of the slowest call.
 * A call that throws, even synchronously, becomes an unreadable fact instead of an error.
 */
export async function settleAll<T extends Calls>(calls: T): Promise<SettledFacts<T>> {
  const keys = Object.keys(calls) as (keyof T & string)[];
  const started = keys.map((key) => startCall(calls[key] as () => Promise<unknown>));
  const settled = await Promise.allSettled(started);

  const facts: Record<string, Fact<unknown>> = {};
  settled.forEach((outcome, index) => {
    const key = keys[index] as string;
    facts[key] =
      outcome.status === 'fulfilled'
        ? known(outcome.value)
        : unreadable(failureReason(outcome.reason));
  });
  return facts as SettledFacts<T>;
}

function startCall(call: () => Promise<unknown>): Promise<unknown> {
  return new Promise((resolve) => resolve(call()));
}
