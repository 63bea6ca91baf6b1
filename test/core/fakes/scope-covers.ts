/** True when an assignment made at `assignedScope` applies at `scope` (same or above it). */
export function scopeCovers(assignedScope: string, scope: string): boolean {
  const above = trimmed(assignedScope);
  const below = trimmed(scope);
  return below === above || below.startsWith(`${above}/`) || above === '';
}

function trimmed(scope: string): string {
  return scope.toLowerCase().replace(/\/+$/, '');
}
