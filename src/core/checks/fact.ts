/** The answer of one port call: its value, or the user-safe reason it failed. */
export type Fact<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A fact that was read. */
export function known<T>(value: T): Fact<T> {
  return { ok: true, value };
}

/** A fact that could not be read, with the user-safe reason. */
export function unreadable<T>(reason: string): Fact<T> {
  return { ok: false, reason };
}
