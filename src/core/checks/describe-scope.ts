/**
 * A short name for an ARM scope: "resource group rg-lake", "subscription 1234…",
 * "management group corp", or the scope itself when it has none of these shapes.
 */
export function describeScope(scope: string): string {
  const segments = scope.split('/').filter((segment) => segment.length > 0);
  const keys = segments.map((segment) => segment.toLowerCase());

  if (segments.length === 4 && keys[2] === 'resourcegroups') {
    return `resource group ${segments[3]}`;
  }
  if (segments.length === 2 && keys[0] === 'subscriptions') return `subscription ${segments[1]}`;

  const managementGroup = keys.indexOf('managementgroups');
  if (managementGroup >= 0 && segments[managementGroup + 1] !== undefined) {
    return `management group ${segments[managementGroup + 1]}`;
  }
  if (segments.length === 0) return 'the root scope';
  return scope;
}
