import { z } from 'zod';

/** The typeahead dataset of the account picker. */
export const ACCOUNT_DATASET = 'storageAccounts';

// Teams asks for 15 at a time; the ceiling keeps a forged request from asking for everything.
const MAX_TOP = 50;

const searchValue = z.object({
  queryText: z.string().max(100).default(''),
  dataset: z.literal(ACCOUNT_DATASET),
  queryOptions: z
    .object({
      skip: z.number().int().min(0).max(100_000).default(0),
      top: z.number().int().min(1).max(MAX_TOP).default(15),
    })
    .default({}),
  data: z
    .object({ flowId: z.string().max(64).optional() })
    .passthrough()
    .default({}),
});

export interface SearchRequest {
  queryText: string;
  skip: number;
  top: number;
  flowId: string | undefined;
}

/** Validates an `application/search` invoke value; `null` when it is not one we serve. */
export function parseSearchRequest(value: unknown): SearchRequest | null {
  const parsed = searchValue.safeParse(value);
  if (!parsed.success) return null;
  const { queryText, queryOptions, data } = parsed.data;
  return { queryText, skip: queryOptions.skip, top: queryOptions.top, flowId: data.flowId };
}
