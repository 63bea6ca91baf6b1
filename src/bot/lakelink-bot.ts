import {
  TeamsActivityHandler,
  TurnContext,
  type BotState,
  type InvokeResponse,
  type StatePropertyAccessor,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import { describeProblem, type Actor } from '../core';
import { Verb } from './cards/verbs';
import type { AccountDirectory } from './account-directory';
import type { ChannelNotifier } from './channel-notifier';
import { parseCardAction } from './dialogs/card-action';
import { parseSearchRequest } from './dialogs/search-request';
import { CONNECT_DIALOG_ID, ConnectDialog, showCard } from './dialogs/connect-dialog';
import type { ConnectFlow } from './dialogs/connect-flow';
import type { FlowCards } from './dialogs/flow-cards';
import { TURN_KEYS } from './dialogs/turn-keys';
import { cardInvokeResponse, searchInvokeResponse } from './invoke-response';
import { parseCommand } from './text-command';

export interface LakelinkBotDeps {
  /** Where each user's flow lives: private to the user within one conversation. */
  flowState: BotState;
  flow: ConnectFlow;
  cards: FlowCards;
  directory: AccountDirectory;
  notifier: ChannelNotifier;
  logger: Logger;
  sandbox: boolean;
}

/**
 * The Teams front end: text commands start or stop the connect dialog, and every
 * `adaptiveCard/action` invoke is validated, then routed into it.
 */
export class LakelinkBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly dialogs: DialogSet;

  constructor(private readonly deps: LakelinkBotDeps) {
    super();
    this.dialogState = deps.flowState.createProperty<DialogState>('dialogState');
    this.dialogs = new DialogSet(this.dialogState).add(new ConnectDialog(deps.flow));

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onTeamsMembersAddedEvent(async (membersAdded, teamInfo, context, next) => {
      const botAdded = membersAdded.some((member) => member.id === context.activity.recipient.id);
      if (botAdded) {
        if (teamInfo?.id) this.rememberChannel(context, teamInfo.id);
        await context.sendActivity(teamInfo ? TEAM_WELCOME : PERSONAL_WELCOME);
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const logger = this.deps.logger.child({
      correlationId: context.activity.id,
      activityType: context.activity.type,
      conversationType: context.activity.conversation?.conversationType,
    });
    context.turnState.set(TURN_KEYS.logger, logger);
    this.deps.notifier.observe(context);
    logger.debug({ name: context.activity.name }, 'turn started');
    await super.run(context);
    await this.deps.flowState.saveChanges(context, false);
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'application/search') return this.answerSearch(context);
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);

    const parsed = parseCardAction(context.activity.value);
    if (!parsed.ok) {
      const problem = describeProblem('INVALID_CARD_INPUT', { field: parsed.field });
      return cardInvokeResponse(this.noticeFor(problem));
    }
    const actor = actorOf(context);
    if (!actor) return cardInvokeResponse(this.noticeFor(describeProblem('NO_USER_IDENTITY')));

    context.turnState.set(TURN_KEYS.actor, actor);
    context.turnState.set(TURN_KEYS.cardAction, parsed.action);
    const dc = await this.dialogs.createContext(context);
    if (parsed.action.verb === Verb.flowRestart) {
      await dc.cancelAllDialogs();
      await dc.beginDialog(CONNECT_DIALOG_ID);
    } else if (parsed.action.verb === Verb.helpShow && !dc.activeDialog) {
      await showCard(context, this.deps.cards.help({ sandbox: this.deps.sandbox }));
    } else {
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) {
        await showCard(context, this.noticeFor(describeProblem('STALE_CARD')));
      }
    }
    const card = context.turnState.get(TURN_KEYS.invokeCard) as object | undefined;
    return cardInvokeResponse(card ?? this.noticeFor(describeProblem('STALE_CARD')));
  }

  /** Typeahead on the account picker, answered from the list the picker was built from. */
  private answerSearch(context: TurnContext): InvokeResponse {
    const request = parseSearchRequest(context.activity.value);
    const actor = actorOf(context);
    if (!request || !actor || !request.flowId) return searchInvokeResponse([]);
    const { queryText, skip, top, flowId } = request;
    const found = this.deps.directory.search(actor.oid, flowId, queryText, skip, top) ?? [];
    return searchInvokeResponse(found);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const isChannel = context.activity.conversation?.conversationType === 'channel';
    if (isChannel) this.rememberChannel(context, channelIdOf(context));

    const command = parseCommand(TurnContext.removeRecipientMention(context.activity) ?? '');
    const dc = await this.dialogs.createContext(context);
    if (command === 'cancel') {
      const hadFlow = dc.activeDialog !== undefined;
      await dc.cancelAllDialogs();
      await context.sendActivity(
        hadFlow ? 'Cancelled. Nothing was changed.' : 'Nothing to cancel.',
      );
      return;
    }
    if (command !== 'connect') {
      const intro = command === 'help' ? undefined : "I didn't catch that. Here is what I can do.";
      await showCard(context, this.deps.cards.help({ sandbox: this.deps.sandbox, intro }));
      return;
    }
    const actor = actorOf(context);
    if (!actor) {
      await showCard(context, this.noticeFor(describeProblem('NO_USER_IDENTITY')));
      return;
    }
    context.turnState.set(TURN_KEYS.actor, actor);
    await dc.cancelAllDialogs();
    await dc.beginDialog(CONNECT_DIALOG_ID);
  }

  private rememberChannel(context: TurnContext, channelId: string | undefined): void {
    if (channelId) this.deps.notifier.rememberChannel(context, channelId);
  }

  private noticeFor(problem: { code: string; title: string; message: string }): object {
    return this.deps.cards.notice({
      title: problem.title,
      message: problem.message,
      problem: problem.code,
      restart: true,
    });
  }
}

const PERSONAL_WELCOME =
  "Hi, I'm Lakelink. I connect Power BI workspaces' dataflow storage to your own Azure Data " +
  'Lake Storage Gen2 account, checking every prerequisite first. Send "connect" to start, ' +
  'or "help".';

const TEAM_WELCOME =
  "Hi, I'm Lakelink. I will post here whenever someone connects a workspace's dataflow " +
  'storage. To connect one, @mention me with "connect", or chat with me directly.';

function actorOf(context: TurnContext): Actor | null {
  const oid = context.activity.from?.aadObjectId;
  if (!oid) return null;
  return { oid, displayName: context.activity.from.name ?? 'A Teams user' };
}

function channelIdOf(context: TurnContext): string | undefined {
  const data = context.activity.channelData as { channel?: { id?: unknown } } | undefined;
  return typeof data?.channel?.id === 'string' ? data.channel.id : undefined;
}
