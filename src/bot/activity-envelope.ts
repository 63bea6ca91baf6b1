import { z } from 'zod';

/**
 * The minimum shape an inbound activity must have before botbuilder sees it. botbuilder's own
 * parser throws outside its error handling on some malformed bodies; we answer 400 instead.
 */
const account = z.object({ id: z.string().min(1).max(512) }).passthrough();

export const activityEnvelope = z
  .object({
    type: z.string().min(1).max(64),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().url().max(2048),
    from: account,
    recipient: account,
    conversation: account,
    text: z.string().max(28_000).optional(),
    name: z.string().max(256).optional(),
  })
  .passthrough();

export type ActivityEnvelopeIssue = { field: string; problem: string };

/** Returns the first problem with the body, or null when it can go to the adapter. */
export function checkActivityEnvelope(body: unknown): ActivityEnvelopeIssue | null {
  const parsed = activityEnvelope.safeParse(body);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return { field: issue?.path.join('.') || 'body', problem: issue?.message ?? 'invalid' };
}
