import type { PipelineRetryOptions } from '@azure/core-rest-pipeline';
import type { StorageRetryOptions } from '@azure/storage-file-datalake';

/*
 * One retry budget for every pipeline, because a Teams user is waiting on the answer: three
 * retries after the first try. The ARM and Power BI pipelines back off 1, 2 and 4 s (each
 * jittered down to half), so a call that keeps failing gains at most 7 s; a 429 or 503 with
 * Retry-After instead waits as long as the service asks (however long: the caller's abort signal
 * is what bounds it), and still counts as one of the three.
 * The storage policy's own curve with the same 1 s base waits 0, 1 and 3 s; its default 4 s
 * base would add up to 16 s.
 */
export const RETRY_OPTIONS: Readonly<PipelineRetryOptions> = Object.freeze({
  maxRetries: 3,
  retryDelayInMs: 1_000,
});

// Limitation: the lake does not honour Retry-After or retry 429: the storage SDK swaps the core
// retry policy for its own, which retries only 500, 503 and network errors on its own curve.
export const STORAGE_RETRY_OPTIONS: Readonly<StorageRetryOptions> = Object.freeze({
  maxTries: 4,
  retryDelayInMs: 1_000,
});
