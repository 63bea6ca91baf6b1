import { z } from 'zod';
import { EMPTY_GUID } from '../core/model';
import { BUILT_IN_ROLE_NAMES } from './built-in-roles';

/*
 * The world file format (the team's sandbox-world.md) as a zod schema. Unknown fields are
 * dropped, optional fields get their defaults, and a few defaults are derived from parent
 * objects (a subscription's tenant, a resource group's and an account's location).
 */

const guid = z
  .string()
  .uuid('must be a GUID')
  .transform((id) => id.toLowerCase());

const nonEmpty = z.string().min(1, 'must not be empty');

/** A file's content: a string is served as is, any other JSON value as its JSON text. */
const fileSystemSchema = z.record(z.string(), z.unknown());

const networkAclsSchema = z.object({
  defaultAction: z.enum(['Allow', 'Deny']).default('Allow'),
  bypass: z.string().default('AzureServices'),
  ipRules: z
    .array(z.object({ value: nonEmpty, action: z.literal('Allow').default('Allow') }))
    .default([]),
  virtualNetworkRules: z
    .array(z.object({ id: nonEmpty, action: z.literal('Allow').default('Allow') }))
    .default([]),
});

const storageAccountSchema = z.object({
  name: z.string().regex(/^[a-z0-9]{3,24}$/, 'must be 3 to 24 lowercase letters or digits'),
  location: nonEmpty.optional(),
  kind: nonEmpty.default('StorageV2'),
  sku: nonEmpty.default('Standard_LRS'),
  // Absent stays absent in ARM answers, as with a real account that never set the property.
  isHnsEnabled: z.boolean().optional(),
  minimumTlsVersion: z.enum(['TLS1_0', 'TLS1_1', 'TLS1_2', 'TLS1_3']).optional(),
  publicNetworkAccess: z.enum(['Enabled', 'Disabled', 'SecuredByPerimeter']).optional(),
  networkAcls: networkAclsSchema.optional(),
  fileSystems: z.record(z.string(), fileSystemSchema).default({}),
});

const resourceGroupSchema = z.object({
  name: z.string().regex(/^[-\w.()]{1,90}$/, 'must be a valid resource group name'),
  location: nonEmpty.optional(),
  storageAccounts: z.array(storageAccountSchema).default([]),
});

const subscriptionSchema = z.object({
  subscriptionId: guid,
  displayName: nonEmpty.optional(),
  tenantId: guid.optional(),
  state: z.enum(['Enabled', 'Warned', 'PastDue', 'Disabled', 'Deleted']).default('Enabled'),
  resourceGroups: z.array(resourceGroupSchema).default([]),
});

const roleAssignmentSchema = z.object({
  principalId: guid,
  principalType: z.enum(['User', 'Group', 'ServicePrincipal']).default('User'),
  role: z.enum(BUILT_IN_ROLE_NAMES),
  scope: nonEmpty,
});

const userSchema = z
  .object({
    oid: guid,
    name: nonEmpty.optional(),
    upn: nonEmpty.optional(),
    powerBiAdmin: z.boolean().default(false),
  })
  .transform((user) => {
    const upn = user.upn ?? `${user.oid}@sandbox.example`;
    return { ...user, upn, name: user.name ?? upn };
  });

const dataflowSchema = z.object({
  objectId: guid,
  name: nonEmpty,
  description: z.string().optional(),
  /** Path of model.json inside the `powerbi` file system of the workspace's storage. */
  modelPath: nonEmpty.optional(),
  configuredBy: nonEmpty.optional(),
});

const workspaceSchema = z.object({
  id: guid,
  name: nonEmpty,
  admins: z.array(guid).default([]),
  members: z.array(guid).default([]),
  capacityRegion: nonEmpty.nullable().default(null),
  dataflowStorageId: guid
    .nullable()
    .default(null)
    .transform((id) => (id === EMPTY_GUID ? null : id)),
  dataflows: z.array(dataflowSchema).default([]),
});

const dataflowStorageAccountSchema = z.object({
  id: guid,
  name: nonEmpty,
  isEnabled: z.boolean().default(true),
});

const powerBiSchema = z.object({
  tenantId: guid,
  homeRegion: nonEmpty.default('westeurope'),
  // The real admin switch is off until a Power BI admin turns it on.
  workspaceStorageAllowed: z.boolean().default(false),
  tenantStorageAccount: nonEmpty.nullable().default(null),
  dataflowStorageAccounts: z.array(dataflowStorageAccountSchema).default([]),
  workspaces: z.array(workspaceSchema).default([]),
});

const faultSchema = z.object({
  method: z
    .string()
    .default('*')
    .transform((method) => method.toUpperCase()),
  path: z.string().startsWith('/', 'must start with "/"'),
  status: z
    .number()
    .int()
    .refine((status) => status === 0 || (status >= 100 && status <= 599), {
      message: 'must be 0 (drop the connection) or an HTTP status',
    }),
  /** Error code in the service's error body; derived from the status when absent. */
  code: nonEmpty.optional(),
  retryAfterSeconds: z.number().int().nonnegative().optional(),
  times: z.number().int().nonnegative().default(1),
});

const rawWorldSchema = z.object({
  powerBi: powerBiSchema,
  users: z.array(userSchema).default([]),
  azure: z
    .object({
      subscriptions: z.array(subscriptionSchema).default([]),
      roleAssignments: z.array(roleAssignmentSchema).default([]),
    })
    .default({}),
  latencyMs: z.number().int().nonnegative().default(0),
  faults: z.array(faultSchema).default([]),
});

type RawWorld = z.output<typeof rawWorldSchema>;

function withDerivedDefaults(world: RawWorld) {
  const subscriptions = world.azure.subscriptions.map((subscription) => ({
    ...subscription,
    displayName: subscription.displayName ?? subscription.subscriptionId,
    tenantId: subscription.tenantId ?? world.powerBi.tenantId,
    resourceGroups: subscription.resourceGroups.map((group) => {
      const groupLocation = group.location ?? world.powerBi.homeRegion;
      return {
        ...group,
        location: groupLocation,
        storageAccounts: group.storageAccounts.map((account) => ({
          ...account,
          location: account.location ?? groupLocation,
        })),
      };
    }),
  }));
  return { ...world, azure: { ...world.azure, subscriptions } };
}

/** Schema of a world file; parsing applies every default. */
export const worldSchema = rawWorldSchema.transform(withDerivedDefaults);

/** A loaded world with all defaults applied. */
export type World = z.output<typeof worldSchema>;
export type WorldUser = World['users'][number];
export type WorldSubscription = World['azure']['subscriptions'][number];
export type WorldResourceGroup = WorldSubscription['resourceGroups'][number];
export type WorldStorageAccount = WorldResourceGroup['storageAccounts'][number];
export type WorldRoleAssignment = World['azure']['roleAssignments'][number];
export type WorldWorkspace = World['powerBi']['workspaces'][number];
export type WorldDataflow = WorldWorkspace['dataflows'][number];
export type WorldFault = World['faults'][number];
