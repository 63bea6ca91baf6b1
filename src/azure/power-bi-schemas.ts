import { z } from 'zod';
import type {
  Capacity,
  Dataflow,
  DataflowStorageAccount,
  Workspace,
  WorkspaceUser,
} from '../core/model';

/*
 * The Power BI REST shapes the adapter reads, and their translation into the domain. Fields the
 * swagger marks optional get the domain's "absent" value; fields the bot cannot work without are
 * required, so a body without them is reported as malformed instead of half-understood.
 */

const optionalText = z.string().nullish();

export const groupSchema = z
  .object({
    id: z.string().min(1),
    name: z.string(),
    isOnDedicatedCapacity: z.boolean().nullish(),
    capacityId: optionalText,
    dataflowStorageId: optionalText,
  })
  .transform((group): Workspace => ({
    id: group.id,
    name: group.name,
    isOnDedicatedCapacity: group.isOnDedicatedCapacity ?? false,
    capacityId: group.capacityId ?? null,
    dataflowStorageId: group.dataflowStorageId ?? null,
  }));

export const groupUserSchema = z
  .object({
    identifier: z.string().min(1),
    groupUserAccessRight: z.enum(['Admin', 'Member', 'Contributor', 'Viewer', 'None']),
    graphId: optionalText,
  })
  .transform((user): WorkspaceUser => ({
    graphId: user.graphId ?? null,
    identifier: user.identifier,
    accessRight: user.groupUserAccessRight,
  }));

export const dataflowSchema = z
  .object({
    objectId: z.string().min(1),
    name: z.string().nullish(),
    modelUrl: optionalText,
  })
  .transform((dataflow): Dataflow => ({
    objectId: dataflow.objectId,
    name: dataflow.name ?? '',
    modelUrl: dataflow.modelUrl ?? null,
  }));

export const dataflowStorageAccountSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().nullish(),
    isEnabled: z.boolean(),
  })
  .transform((account): DataflowStorageAccount => ({
    id: account.id,
    name: account.name ?? '',
    isEnabled: account.isEnabled,
  }));

export const capacitySchema = z
  .object({
    id: z.string().min(1),
    displayName: z.string(),
    region: z.string(),
  })
  .transform((capacity): Capacity => ({ ...capacity }));

/** One page of an OData collection, as every Power BI list endpoint returns it. */
export const collectionPageSchema = z.object({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.string().nullish(),
});
