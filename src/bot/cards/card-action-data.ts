import type { CardName } from './view-models';

/** `data.flowId` of a help or notice button shown outside any flow; it only starts a new one. */
export const NO_FLOW_ID = 'none';

/** Ids of the card inputs. Teams merges each input's value into the action's `data` by its id. */
export const InputId = {
  workspaceId: 'workspaceId',
  subscriptionId: 'subscriptionId',
  resourceGroup: 'resourceGroup',
  accountName: 'accountName',
} as const;

export type InputId = (typeof InputId)[keyof typeof InputId];

/**
 * The shape the templates give `value.action.data` of an `adaptiveCard/action` invoke, once Teams
 * has merged the inputs in. It arrives from the client: validate it before use.
 */
export interface CardActionData {
  flowId: string;
  /** The card that held the button, so a click on an out-of-date card can be recognised. */
  step: CardName;
  /** Sent by check-result and bind-failed cards: the checks run or bind attempt on show. */
  operationId?: string;
  workspaceId?: string;
  subscriptionId?: string;
  resourceGroup?: string;
  accountName?: string;
}
