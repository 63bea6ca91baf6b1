import { ActivityTypes, CardFactory, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  type DialogContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { Actor } from '../../core/model';
import type { CardAction } from './card-action';
import type { ConnectFlow, FlowOutcome } from './connect-flow';
import type { FlowState } from './flow-state';
import { TURN_KEYS } from './turn-keys';

export const CONNECT_DIALOG_ID = 'connect';
const FLOW_STEP_ID = 'connect.cards';

/**
 * The connect conversation as a Bot Framework dialog. Waterfall steps only continue on
 * messages, and every step here continues on an `adaptiveCard/action` invoke, so the steps
 * live in one card-driven dialog whose state is the flow state.
 */
export class ConnectDialog extends ComponentDialog {
  constructor(flow: ConnectFlow) {
    super(CONNECT_DIALOG_ID);
    this.addDialog(new CardFlowDialog(FLOW_STEP_ID, flow));
    this.initialDialogId = FLOW_STEP_ID;
  }
}

class CardFlowDialog extends Dialog<Record<string, never>> {
  constructor(
    dialogId: string,
    private readonly flow: ConnectFlow,
  ) {
    super(dialogId);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const outcome = await this.flow.start(actorOf(dc.context), loggerOf(dc.context));
    return this.present(dc, outcome);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const action = dc.context.turnState.get(TURN_KEYS.cardAction) as CardAction | undefined;
    // A typed message while a card is open does not move the flow; commands are routed above.
    if (!action) return Dialog.EndOfTurn;
    const state = dc.activeDialog?.state as FlowState;
    const outcome = await this.flow.handle(
      state,
      action,
      actorOf(dc.context),
      loggerOf(dc.context),
    );
    return this.present(dc, outcome);
  }

  private async present(dc: DialogContext, outcome: FlowOutcome): Promise<DialogTurnResult> {
    await showCard(dc.context, outcome.card);
    for (const text of outcome.followUps ?? []) await dc.context.sendActivity(text);
    if (!outcome.state) return dc.endDialog();
    if (dc.activeDialog) dc.activeDialog.state = outcome.state;
    return Dialog.EndOfTurn;
  }
}

/** Answers an invoke with the card in place; anything else gets the card as a new message. */
export async function showCard(context: TurnContext, card: object): Promise<void> {
  if (context.activity.type === ActivityTypes.Invoke) {
    context.turnState.set(TURN_KEYS.invokeCard, card);
    return;
  }
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}

function loggerOf(context: TurnContext): Logger | undefined {
  return context.turnState.get(TURN_KEYS.logger) as Logger | undefined;
}

function actorOf(context: TurnContext): Actor {
  return context.turnState.get(TURN_KEYS.actor) as Actor;
}
