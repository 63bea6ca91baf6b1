/** Keys under which one turn passes values between the handler and the dialogs. */
export const TURN_KEYS = {
  /** The validated card action of an `adaptiveCard/action` invoke. */
  cardAction: Symbol('lakelink.cardAction'),
  /** The card that answers the current invoke (set by whichever dialog handled it). */
  invokeCard: Symbol('lakelink.invokeCard'),
  /** The actor of this turn. */
  actor: Symbol('lakelink.actor'),
  /** The turn's child logger, bound to its correlation id. */
  logger: Symbol('lakelink.logger'),
} as const;
