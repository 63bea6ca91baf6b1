import {
  ActivityTypes,
  CardFactory,
  TurnContext,
  type CloudAdapter,
  type ConversationReference,
} from 'botbuilder';
import type { Logger } from 'pino';
import { errorSummary } from './server';

export type NotifyResult =
  | { kind: 'posted'; channelId: string }
  | { kind: 'duplicate' }
  | { kind: 'no-channel'; hint: string }
  | { kind: 'refused'; code: string; hint: string };

// Outcome keys remembered to post each outcome once; far more than binds in a day.
const REMEMBERED_KEYS = 1_000;

/**
 * Posts outcomes to a Teams channel. A failed post never fails the operation that caused it:
 * the caller gets a result to pass on to the admin.
 */
export class ChannelNotifier {
  private readonly channels = new Map<string, Partial<ConversationReference>>();
  private readonly postedKeys = new Set<string>();
  private lastChannelId: string | null = null;
  private route: Partial<ConversationReference> | null = null;

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
    private readonly preferredChannelId: string | undefined,
    private readonly logger: Logger,
  ) {}

  /**
   * Remembers how to reach Teams (service URL, bot, tenant) from any inbound activity, so a
   * configured channel can be posted to before the bot has seen a message from it.
   */
  observe(context: TurnContext): void {
    const { serviceUrl, channelId } = context.activity;
    if (channelId === 'msteams' && serviceUrl) {
      this.route = TurnContext.getConversationReference(context.activity);
    }
  }

  /** Remembers the channel of a team the bot was just installed in (or mentioned from). */
  rememberChannel(context: TurnContext, channelId: string): void {
    this.channels.set(
      channelId,
      channelReference(TurnContext.getConversationReference(context.activity), channelId),
    );
    this.lastChannelId = channelId;
    this.logger.info({ channelKnown: true }, 'notification channel remembered');
  }

  /**
   * Posts the card to the configured channel, or to the one remembered last. `key` names the
   * outcome: a second post with the same key (a double click, a re-delivery) is skipped.
   */
  async post(card: object, key: string): Promise<NotifyResult> {
    if (this.postedKeys.has(key)) return { kind: 'duplicate' };
    const channelId = this.preferredChannelId ?? this.lastChannelId;
    const reference = channelId ? this.referenceFor(channelId) : undefined;
    if (!channelId || !reference) {
      this.logger.info({ posted: false }, 'no notification channel known');
      return { kind: 'no-channel', hint: NO_CHANNEL_HINT };
    }
    this.remember(key);
    try {
      await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
        const attachments = [CardFactory.adaptiveCard(card)];
        await context.sendActivity({ type: ActivityTypes.Message, attachments });
      });
      return { kind: 'posted', channelId };
    } catch (error) {
      const code = refusalCode(error);
      this.logger.warn({ err: errorSummary(error), code }, 'channel post failed');
      return { kind: 'refused', code, hint: hintFor(code) };
    }
  }

  private referenceFor(channelId: string): Partial<ConversationReference> | undefined {
    const known = this.channels.get(channelId);
    if (known) return known;
    return this.route ? channelReference(this.route, channelId) : undefined;
  }

  private remember(key: string): void {
    this.postedKeys.add(key);
    if (this.postedKeys.size <= REMEMBERED_KEYS) return;
    const oldest = this.postedKeys.values().next().value;
    if (oldest !== undefined) this.postedKeys.delete(oldest);
  }
}

const NO_CHANNEL_HINT =
  'The outcome was not posted to a channel: no channel is known yet. Add Lakelink to a team, ' +
  'or set NOTIFY_CHANNEL_ID, to get outcome posts.';

function channelReference(
  base: Partial<ConversationReference>,
  channelId: string,
): Partial<ConversationReference> {
  const conversation = {
    ...base.conversation,
    id: channelId,
    isGroup: true,
    conversationType: 'channel',
    name: '',
  };
  return { ...base, conversation, activityId: undefined, user: undefined };
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
