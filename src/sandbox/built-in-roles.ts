/**
 * The Azure built-in roles a sandbox world may assign, by name, with their well-known role
 * definition GUIDs (the same in every tenant).
 */
export const BUILT_IN_ROLES = {
  Owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  Contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  Reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  'Storage Blob Data Owner': 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b',
  'Storage Blob Data Contributor': 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
  'Storage Blob Data Reader': '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1',
  'Reader and Data Access': 'c12c1c16-33a1-487b-954d-41c89c60f349',
} as const;

export type BuiltInRoleName = keyof typeof BUILT_IN_ROLES;

export const BUILT_IN_ROLE_NAMES = Object.keys(BUILT_IN_ROLES) as [
  BuiltInRoleName,
  ...BuiltInRoleName[],
];

/** Roles whose data actions let a caller read blobs and paths. */
export const DATA_READ_ROLES: readonly BuiltInRoleName[] = [
  'Storage Blob Data Owner',
  'Storage Blob Data Contributor',
  'Storage Blob Data Reader',
];

/** Roles whose data actions let a caller create file systems and write blobs. */
export const DATA_WRITE_ROLES: readonly BuiltInRoleName[] = [
  'Storage Blob Data Owner',
  'Storage Blob Data Contributor',
];

/** Full role definition id as ARM returns it for an assignment in this subscription. */
export function roleDefinitionId(subscriptionId: string, role: BuiltInRoleName): string {
  const provider = 'providers/Microsoft.Authorization/roleDefinitions';
  return `/subscriptions/${subscriptionId}/${provider}/${BUILT_IN_ROLES[role]}`;
}
