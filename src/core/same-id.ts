/**
 * True when two ids name the same thing. GUIDs and ARM ids are case-insensitive, and ARM
 * sometimes returns a trailing slash on a scope.
 */
export function sameId(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

function normalise(id: string): string {
  return id.trim().replace(/\/+$/, '').toLowerCase();
}
