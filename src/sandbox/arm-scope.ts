/** An ARM scope the sandbox understands, as written (names not yet checked against a world). */
export interface ArmScopeParts {
  subscriptionId: string;
  resourceGroup?: string;
  accountName?: string;
}

const SCOPE_PATTERN = new RegExp(
  [
    '^/subscriptions/([^/]+)',
    '(?:/resourcegroups/([^/]+)',
    '(?:/providers/microsoft\\.storage/storageaccounts/([^/]+))?)?$',
  ].join(''),
  'i',
);

/** Collapses repeated slashes and drops a trailing one, as ARM does with request paths. */
export function normalizeArmPath(path: string): string {
  const collapsed = path.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 && collapsed.endsWith('/') ? collapsed.slice(0, -1) : collapsed;
}

/**
 * Splits a subscription, resource group or storage account scope into its names.
 * Returns `null` for anything else (tenant root, management groups, other resource types).
 */
export function parseArmScope(scope: string): ArmScopeParts | null {
  const match = SCOPE_PATTERN.exec(normalizeArmPath(scope));
  if (match === null) return null;

  const [, subscriptionId, resourceGroup, accountName] = match;
  if (subscriptionId === undefined) return null;
  return {
    subscriptionId: subscriptionId.toLowerCase(),
    ...(resourceGroup === undefined ? {} : { resourceGroup }),
    ...(accountName === undefined ? {} : { accountName: accountName.toLowerCase() }),
  };
}

/** True when `outer` is `inner` or one of its ancestors; both are canonical scope ids. */
export function scopeContains(outer: string, inner: string): boolean {
  const a = outer.toLowerCase();
  const b = inner.toLowerCase();
  return a === b || b.startsWith(`${a}/`);
}
