/** Reads one named segment of an ARM resource id, e.g. `resourceGroups` → `rg-lake`. */
function segmentAfter(id: string, name: string): string | null {
  const parts = id.split('/');
  // ARM ids are case-insensitive in their fixed segments (`resourcegroups` is seen in the wild).
  const at = parts.findIndex((part) => part.toLowerCase() === name.toLowerCase());
  const value = at >= 0 ? parts[at + 1] : undefined;
  return value ? value : null;
}

export function subscriptionIdFromId(id: string): string | null {
  return segmentAfter(id, 'subscriptions');
}

export function resourceGroupFromId(id: string): string | null {
  return segmentAfter(id, 'resourceGroups');
}
