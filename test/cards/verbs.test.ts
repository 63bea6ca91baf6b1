import { isVerb, Verb } from '../../src/bot/cards/verbs';

describe('Verb', () => {
  it('names exactly the verbs the bot routes', () => {
    expect(Object.values(Verb).sort()).toEqual(
      [
        'workspace.select',
        'storage.tenant',
        'storage.azure',
        'subscription.select',
        'resourceGroup.select',
        'account.select',
        'checks.rerun',
        'bind.confirm',
        'bind.anyway',
        'nav.back',
        'nav.cancel',
        'flow.restart',
        'help.show',
      ].sort(),
    );
  });

  it('recognises its own verbs and nothing else', () => {
    expect(isVerb('bind.confirm')).toBe(true);
    expect([isVerb('bind.Confirm'), isVerb(''), isVerb(undefined), isVerb({})]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
