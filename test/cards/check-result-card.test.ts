import { checkResultModel } from '../../src/bot/cards/check-result-model';
import { renderCard } from '../../src/bot/cards/render-card';
import { Verb } from '../../src/bot/cards/verbs';
import type { CheckVerdict } from '../../src/bot/cards/view-models';
import { elementsOfType, executeButtons, verbsOf, visibleText } from './card-walk';
import { allPassed, blocked, FIXES, notRegistered, regionWarning } from './sample-check-results';
import { checkInput, TENANT_TARGET } from './sample-view-models';

const RESULTS_FOR: Record<CheckVerdict, () => ReturnType<typeof allPassed>> = {
  ready: allPassed,
  'needs-confirmation': regionWarning,
  'needs-registration': notRegistered,
  blocked,
};

function cardFor(verdict: CheckVerdict) {
  const model = checkResultModel(checkInput({ verdict, results: RESULTS_FOR[verdict]() }));
  return renderCard('check-result', model);
}

describe('check-result card', () => {
  it('shows expected, found and the whole fix for a failing check', () => {
    const card = cardFor('blocked');
    const text = visibleText(card);

    expect(text).toContain('❌ Fail · Network access');
    expect(text).toContain('Expected: public access from all networks');
    expect(text).toContain('Found: selected networks only (default action Deny)');
    expect(text).toContain(`How to fix: ${FIXES.firewall.summary}`);
    expect(text).toContain(`In the portal: ${FIXES.firewall.portalPath}`);
    expect(text).toContain('Problem code: FIREWALL_ENABLED');
  });

  it('shows the CLI command in a monospace run and links the docs', () => {
    const card = cardFor('blocked');

    const runs = elementsOfType(card, 'TextRun').filter((r) => r.text === FIXES.firewall.cli);
    expect(runs).toEqual([expect.objectContaining({ fontType: 'Monospace' })]);
    const links = elementsOfType(card, 'Action.OpenUrl').map((a) => a.url);
    expect(links).toContain(FIXES.firewall.docsUrl);
  });

  it('marks a check that could not run as unknown, with its fix', () => {
    const text = visibleText(cardFor('blocked'));

    expect(text).toContain('❔ Unknown · Owner of the storage account');
    expect(text).toContain('Found: could not be read (403 AuthorizationFailed)');
    expect(text).toContain(`How to fix: ${FIXES.owner.summary}`);
  });

  it('shows no fix for checks that passed', () => {
    const card = cardFor('ready');

    expect(visibleText(card)).not.toContain('How to fix');
    expect(elementsOfType(card, 'Action.OpenUrl')).toEqual([]);
    expect(visibleText(card)).toContain('✅ Pass · Region');
  });

  it.each<[CheckVerdict, string[]]>([
    ['ready', [Verb.bindConfirm, Verb.navBack, Verb.navCancel]],
    ['needs-confirmation', [Verb.bindAnyway, Verb.checksRerun, Verb.navBack, Verb.navCancel]],
    ['needs-registration', [Verb.checksRerun, Verb.navBack, Verb.navCancel]],
    ['blocked', [Verb.checksRerun, Verb.navBack, Verb.navCancel]],
  ])('offers the right buttons when the verdict is %s', (verdict, verbs) => {
    expect(verbsOf(cardFor(verdict))).toEqual(verbs);
  });

  it('offers the Bind button for the ready verdict only', () => {
    const withBind = (
      ['ready', 'needs-confirmation', 'needs-registration', 'blocked'] as const
    ).filter((verdict) => verbsOf(cardFor(verdict)).includes(Verb.bindConfirm));
    expect(withBind).toEqual(['ready']);
  });

  it('names the accepted warnings next to Bind anyway', () => {
    const text = visibleText(cardFor('needs-confirmation'));

    expect(text).toContain('⚠️ Warning · Region');
    expect(text).toContain('Selecting Bind anyway accepts this warning: Region.');
  });

  it('spells out the one registration step when only registration is missing', () => {
    const text = visibleText(cardFor('needs-registration'));

    expect(text).toContain('Workspace settings → Azure connections → Storage → Connect to Azure');
    expect(text).toContain('account contosolakenew');
    expect(text).toContain('Then select Check again.');
  });

  it('sends the checks run id with every button, so a bind binds what was checked', () => {
    const buttons = executeButtons(cardFor('ready'));
    const operationIds = new Set(buttons.map((b) => b.data.operationId));
    expect([...operationIds]).toEqual([checkInput().operationId]);
  });

  it('lets Back and Cancel through without a choice being made', () => {
    const navigation = executeButtons(cardFor('blocked')).filter(
      (b) => b.verb === Verb.navBack || b.verb === Verb.navCancel,
    );
    expect(navigation.map((b) => b.associatedInputs)).toEqual(['None', 'None']);
  });

  it('heads an Azure target with account, resource group and subscription', () => {
    const text = visibleText(cardFor('ready'));

    expect(text).toContain('Sales → contosolakenew');
    expect(text).toMatch(/Resource group\nrg-lake/);
    expect(text).toMatch(/Subscription\nAnalytics Prod/);
  });

  it('heads a tenant default target as tenant default storage', () => {
    const model = checkResultModel(checkInput({ storage: TENANT_TARGET }));
    const text = visibleText(renderCard('check-result', model));

    expect(text).toContain('Sales → tenant default storage (contosolake)');
    expect(text).not.toContain('Resource group');
  });
});
