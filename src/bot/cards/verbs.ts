/**
 * The verbs carried by the cards' `Action.Execute` buttons. Teams drops an `Action.Execute` that
 * has no verb, so every button names one of these and the bot routes on it.
 */
export const Verb = {
  workspaceSelect: 'workspace.select',
  storageTenant: 'storage.tenant',
  storageAzure: 'storage.azure',
  subscriptionSelect: 'subscription.select',
  resourceGroupSelect: 'resourceGroup.select',
  accountSelect: 'account.select',
  checksRerun: 'checks.rerun',
  bindConfirm: 'bind.confirm',
  bindAnyway: 'bind.anyway',
  navBack: 'nav.back',
  navCancel: 'nav.cancel',
  flowRestart: 'flow.restart',
  helpShow: 'help.show',
} as const;

export type Verb = (typeof Verb)[keyof typeof Verb];

const allVerbs: ReadonlySet<string> = new Set(Object.values(Verb));

/** Narrows a verb taken from an invoke payload, which is never trusted. */
export function isVerb(value: unknown): value is Verb {
  return typeof value === 'string' && allVerbs.has(value);
}
