/** Built-in Azure role definition GUIDs the checks look for. */
export const ROLE_IDS = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b',
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
} as const;

/** The role GUID of a full role definition id: its last path segment, lower-cased. */
export function roleGuidOf(roleDefinitionId: string): string {
  const segments = roleDefinitionId.split('/').filter((segment) => segment.length > 0);
  return (segments[segments.length - 1] ?? '').toLowerCase();
}
