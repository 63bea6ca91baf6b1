import {
  ActivityTypes,
  CardFactory,
  type CloudAdapter,
  type ConversationReference,
  TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import { errorSummary } from './server';

export type NotifyResult =
  | { kind: 'posted'; channelId: string }
  | { kind: 'no-channel' }
  | { kind: 'refused'; code: string; hint: string };

/**
 * Posts outcomes to a Teams channel. A failed post never fails the operation that caused it:
 * the caller gets a result to pass on to the admin.
 */
export class ChannelNotifier {
  private readonly channels = new Map<string, Partial<ConversationReference>>();
  private lastChannelId: string | null = null;

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
    private readonly preferredChannelId: string | undefined,
    private readonly logger: Logger,
  ) {}

  /** Remembers the channel of a team the bot was just installed in (or mentioned from). */
  rememberChannel(context: TurnContext, channelId: string): void {
    const base = TurnContext.getConversationReference(context.activity);
    const conversation = {
      ...base.conversation,
      id: channelId,
      isGroup: true,
      conversationType: 'channel',
      name: '',
    };
    this.channels.set(channelId, { ...base, conversation, activityId: undefined });
    this.lastChannelId = channelId;
    this.logger.info({ channelKnown: true }, 'notification channel remembered');
  }

  /** Posts the card to the configured channel, or to the one remembered last. */
  async post(card: object): Promise<NotifyResult> {
    const channelId = this.preferredChannelId ?? this.lastChannelId;
    const reference = channelId ? this.channels.get(channelId) : undefined;
    if (!channelId || !reference) return { kind: 'no-channel' };
    try {
      await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
        await context.sendActivity({
          type: ActivityTypes.Message,
          attachments: [CardFactory.adaptiveCard(card)],
        });
      });
      return { kind: 'posted', channelId };
    } catch (error) {
      const code = refusalCode(error);
      this.logger.warn({ err: errorSummary(error), code }, 'channel post failed');
      return { kind: 'refused', code, hint: hintFor(code) };
    }
  }
}

function refusalCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code !== '') return code;
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? `HTTP_${status}` : 'UNKNOWN';
}

function hintFor(code: string): string {
  if (code === 'BotNotInConversationRoster') {
    return 'The app is not in that team any more. Add Lakelink to the team to get channel posts.';
  }
  if (code === 'BotDisabledByAdmin') {
    return 'A Teams admin has blocked the app in that team. Ask them to allow it.';
  }
  return 'The channel post did not go through; the outcome above is still valid.';
}
