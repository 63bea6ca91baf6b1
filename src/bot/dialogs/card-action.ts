import { z } from 'zod';
import { Verb } from '../cards/verbs';

const guid = z.string().regex(/^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i, 'must be a GUID');

// Names follow Azure's own rules, so nothing else can reach a URL path.
const resourceGroupName = z.string().regex(/^[-\w.()]{1,90}$/, 'is not a resource group name');
const accountName = z.string().regex(/^[a-z0-9]{3,24}$/, 'is not a storage account name');

// An untouched choice set submits an empty string: that is "nothing chosen", not bad input.
const blankIsAbsent = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const verb = z.enum(Object.values(Verb) as [Verb, ...Verb[]]);

const data = z
  .object({
    flowId: z.string().min(1).max(64),
    operationId: z.string().max(64).optional(),
    workspaceId: blankIsAbsent(guid),
    subscriptionId: blankIsAbsent(guid),
    resourceGroup: blankIsAbsent(resourceGroupName),
    accountName: blankIsAbsent(accountName),
  })
  .passthrough();

const invokeValue = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb,
    data: data.default({ flowId: '' }),
  }),
});

export interface CardAction {
  verb: Verb;
  flowId: string;
  operationId?: string;
  workspaceId?: string;
  subscriptionId?: string;
  resourceGroup?: string;
  accountName?: string;
}

export type ParsedCardAction = { ok: true; action: CardAction } | { ok: false; field: string };

/**
 * Validates an `adaptiveCard/action` invoke value. Card payloads come from the client and are
 * never trusted: each id is checked here for shape and later against what the user may see.
 */
export function parseCardAction(value: unknown): ParsedCardAction {
  const parsed = invokeValue.safeParse(value);
  if (!parsed.success) {
    return { ok: false, field: parsed.error.issues[0]?.path.join('.') || 'value' };
  }
  const { verb: actionVerb, data: fields } = parsed.data.action;
  return {
    ok: true,
    action: {
      verb: actionVerb,
      flowId: fields.flowId,
      operationId: fields.operationId,
      workspaceId: fields.workspaceId,
      subscriptionId: fields.subscriptionId,
      resourceGroup: fields.resourceGroup,
      accountName: fields.accountName,
    },
  };
}
