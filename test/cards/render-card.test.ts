import { InputId, NO_FLOW_ID } from '../../src/bot/cards/card-action-data';
import { renderCard } from '../../src/bot/cards/render-card';
import { Verb } from '../../src/bot/cards/verbs';
import type { CardName } from '../../src/bot/cards/view-models';
import { elementsOfType, executeButtons, stringsIn, verbsOf, visibleText } from './card-walk';
import { SAMPLES, type CardSample } from './sample-view-models';

function sampleOf<K extends CardName>(label: string): CardSample<K> {
  const found = SAMPLES.find((s) => s.label === label);
  if (!found) throw new Error(`no sample "${label}"`);
  return found as CardSample<K>;
}

function render(label: string) {
  const { name, model } = sampleOf(label);
  return renderCard(name, model);
}

function choiceTitles(card: object): unknown[] {
  return elementsOfType(card, 'Input.ChoiceSet').flatMap((set) =>
    (set.choices as { title: unknown }[]).map((c) => c.title),
  );
}

describe('renderCard', () => {
  it('shows text from the model as written, never evaluating it as an expression', () => {
    const card = renderCard('storage-mode', {
      flowId: 'f1',
      workspaceName: 'Sales ${flowId} ${if(true, 1, 2)}',
      tenantDefault: null,
    });

    expect(visibleText(card)).toContain('Sales ${flowId} ${if(true, 1, 2)}');
  });

  it('returns a new card each time, so changing one leaves the next render alone', () => {
    const first = render('notice with start over');
    (first.body as { text?: string }[])[0]!.text = 'changed';

    expect(visibleText(render('notice with start over'))).toContain('This card is out of date');
  });

  it.each([
    ['workspace picker', InputId.workspaceId, Verb.workspaceSelect],
    ['subscription picker', InputId.subscriptionId, Verb.subscriptionSelect],
    ['resource group picker', InputId.resourceGroup, Verb.resourceGroupSelect],
    ['account picker with an unusable account', InputId.accountName, Verb.accountSelect],
  ])('%s: a required compact choice set named %s and Next with %s', (label, inputId, verb) => {
    const card = render(label);

    expect(elementsOfType(card, 'Input.ChoiceSet')).toEqual([
      expect.objectContaining({ id: inputId, style: 'compact', isRequired: true }),
    ]);
    expect(executeButtons(card).find((b) => b.title === 'Next')?.verb).toBe(verb);
  });

  it.each([
    ['workspace picker with no workspaces', 'You are not an admin of any workspace you can see'],
    ['subscription picker with no subscriptions', 'You cannot see any Azure subscription'],
    ['resource group picker with no groups', 'You cannot see any resource group in Analytics Prod'],
    ['account picker with no accounts', 'You cannot see any storage account in rg-lake'],
  ])('%s: says so instead of showing an empty choice and Next', (label, emptyText) => {
    const card = render(label);

    expect(visibleText(card)).toContain(emptyText);
    expect(elementsOfType(card, 'Input.ChoiceSet')).toEqual([]);
    expect(executeButtons(card).map((b) => b.title)).not.toContain('Next');
  });

  it('lets every Back and Cancel on a picker go without a choice', () => {
    const pickers = SAMPLES.filter((s) => s.name.endsWith('-picker'));
    const navigation = pickers.flatMap((s) =>
      executeButtons(renderCard(s.name, s.model)).filter(
        (b) => b.verb === Verb.navBack || b.verb === Verb.navCancel,
      ),
    );

    expect(navigation.length).toBeGreaterThan(pickers.length);
    expect(navigation.filter((b) => b.associatedInputs !== 'None')).toEqual([]);
  });

  it('shows workspace notes after the name', () => {
    expect(choiceTitles(render('workspace picker'))).toEqual([
      'Sales',
      'Finance — has 2 dataflows',
      'Marketing — already uses contosolake',
    ]);
  });

  it('lists an account that can never qualify with its mark instead of hiding it', () => {
    expect(choiceTitles(render('account picker with an unusable account'))).toEqual([
      'contosolake',
      'contosolakenew',
      'contosoblob — no hierarchical namespace, cannot be used',
    ]);
  });

  it('shows a resource group with its location when known', () => {
    expect(choiceTitles(render('resource group picker'))).toEqual([
      'rg-lake (westeurope)',
      'rg-us (eastus)',
      'rg-unplaced',
    ]);
  });

  it('breadcrumbs the choices made so far on the account picker', () => {
    const text = visibleText(render('account picker with an unusable account'));

    expect(text).toMatch(/Workspace\nSales\nSubscription\nAnalytics Prod\nResource group\nrg-lake/);
  });

  it('offers the tenant default storage only when the tenant has one', () => {
    const withDefault = render('storage mode with a tenant default');
    const without = render('storage mode without a tenant default');

    expect(executeButtons(withDefault)[0]).toMatchObject({
      title: "Use the tenant's default storage (contosolake)",
      verb: Verb.storageTenant,
    });
    expect(verbsOf(without)).toEqual([Verb.storageAzure, Verb.navBack, Verb.navCancel]);
  });

  it('adds the sandbox note to help only in the sandbox', () => {
    expect(visibleText(render('help in the sandbox'))).toContain('Sandbox mode');
    expect(visibleText(render('help outside a flow, after an unknown command'))).not.toContain(
      'Sandbox mode',
    );
  });

  it('lists the commands on the help card and starts a flow from it', () => {
    const card = render('help in the sandbox');

    expect(visibleText(card)).toMatch(/connect\n.*\nhelp\n.*\ncancel\n/);
    expect(executeButtons(card)).toEqual([
      expect.objectContaining({ title: 'Connect a workspace', verb: Verb.flowRestart }),
    ]);
  });

  it('sends NO_FLOW_ID from help and notice buttons shown outside a flow', () => {
    const help = render('help outside a flow, after an unknown command');
    const notice = renderCard('notice', { title: 't', message: 'm', restart: true });

    expect([...executeButtons(help), ...executeButtons(notice)].map((b) => b.data.flowId)).toEqual([
      NO_FLOW_ID,
      NO_FLOW_ID,
    ]);
  });

  it('makes a notice read-only unless it offers to start over', () => {
    expect(executeButtons(render('read-only notice outside a flow'))).toEqual([]);
    expect(verbsOf(render('notice with start over'))).toEqual([Verb.flowRestart]);
    expect(visibleText(render('notice with start over'))).toContain('Problem code: STALE_CARD');
  });

  it('makes the confirmation read-only apart from connecting another workspace', () => {
    const card = render('confirmation for an Azure account');
    const text = visibleText(card);

    expect(verbsOf(card)).toEqual([Verb.flowRestart]);
    expect(text).toMatch(/Connected by\nAda Admin\nConnected at\n2025-03-14T09:26:53.589Z/);
    expect(text).toContain('✓ Region (warning accepted)');
  });

  it('shows tenant default storage on the confirmation without Azure details', () => {
    const text = visibleText(render('confirmation for the tenant default, nothing listed'));

    expect(text).toMatch(/Storage\nTenant default\n/);
    expect(text).not.toContain('Verified');
  });

  it('shows the problem code, expected and found, and the fix when a bind failed', () => {
    const card = render('bind failed after a verification');
    const text = visibleText(card);

    expect(text).toMatch(/Problem code\nBIND_NOT_VERIFIED/);
    expect(text).toContain('Expected: file system "powerbi" in contosolakenew');
    expect(text).toContain('Found: not found');
    expect(text).toContain('How to fix: ');
    expect(verbsOf(card)).toEqual([Verb.checksRerun, Verb.navCancel]);
  });

  it('leaves out expected, found and fix on a failed bind that has none', () => {
    const text = visibleText(render('bind failed without a fix'));

    expect(text).not.toMatch(/Expected:|Found:|How to fix/);
    expect(stringsIn(render('bind failed without a fix'))).toContain('WORKSPACE_BUSY');
  });
});
