import { ActivityTypes, CardFactory, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { renderCard } from './cards/render-card';
import { cardInvokeResponse } from './invoke-response';
import { errorSummary } from './server';

/**
 * Last line of defence for a turn: log what failed (name and code only) and tell the user in
 * words they can act on, with the correlation id to quote. Never the error's own message.
 */
export async function handleTurnError(
  context: TurnContext,
  error: Error,
  logger: Logger,
): Promise<void> {
  const correlationId = context.activity.id ?? 'unknown';
  logger.error({ err: errorSummary(error), correlationId }, 'turn failed');
  const card = renderCard('notice', {
    title: 'Something failed on our side',
    message:
      `The bot hit an internal error (reference ${correlationId}). ` +
      'Nothing more was changed after the step that failed. Try again in a moment.',
    problem: 'BOT_INTERNAL_ERROR',
    restart: true,
  });
  try {
    if (context.activity.type === ActivityTypes.Invoke) {
      await context.sendActivity({ type: 'invokeResponse', value: cardInvokeResponse(card) });
      return;
    }
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  } catch (sendError) {
    logger.error({ err: errorSummary(sendError), correlationId }, 'could not report turn failure');
  }
}
