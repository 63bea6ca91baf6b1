import type {
  Assignment,
  BindOutcome,
  CheckReport,
  StorageAccount,
  Workspace,
} from '../../src/core';
import { TemplateFlowCards } from '../../src/bot/cards/template-flow-cards';
import { Verb } from '../../src/bot/cards/verbs';
import type { FlowState } from '../../src/bot/dialogs/flow-state';
import { schemaErrors } from './card-validators';
import { executeButtons, stringsIn, verbsOf, visibleText } from './card-walk';
import { allPassed, regionWarning } from './sample-check-results';

const cards = new TemplateFlowCards();

const SUBSCRIPTION_ID = '22222222-2222-4222-8222-222222222222';
const state: FlowState = {
  flowId: 'flow-1',
  step: 'result',
  workspace: { id: 'eeeeeeee-0000-4000-8000-000000000001', name: 'Sales' },
  subscription: { id: SUBSCRIPTION_ID, name: 'Analytics Prod' },
  resourceGroup: 'rg-lake',
  accountName: 'contosolakenew',
  target: 'account',
  operationId: 'op-1',
};

const workspace: Workspace = {
  id: 'eeeeeeee-0000-4000-8000-000000000001',
  name: 'Sales',
  isOnDedicatedCapacity: false,
  capacityId: null,
  dataflowStorageId: 'dddddddd-0000-4000-8000-000000000003',
};

const account: StorageAccount = {
  id:
    `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/rg-lake` +
    '/providers/Microsoft.Storage/storageAccounts/contosolakenew',
  subscriptionId: SUBSCRIPTION_ID,
  resourceGroup: 'rg-lake',
  name: 'contosolakenew',
  location: 'westeurope',
  kind: 'StorageV2',
  isHnsEnabled: true,
  minimumTlsVersion: 'TLS1_2',
  publicNetworkAccess: 'Enabled',
  networkDefaultAction: 'Allow',
};

function report(overrides: Partial<CheckReport> = {}): CheckReport {
  return {
    request: {
      actor: { oid: 'aaaaaaaa-0000-4000-8000-000000000001', displayName: 'Ada Admin' },
      workspaceId: workspace.id,
      target: { kind: 'account', account },
    },
    results: allPassed(),
    verdict: 'ready',
    dataflowStorageAccount: {
      id: 'dddddddd-0000-4000-8000-000000000003',
      name: 'contosolakenew',
      isEnabled: true,
    },
    workspace,
    account,
    subscription: {
      subscriptionId: SUBSCRIPTION_ID,
      displayName: 'Analytics Prod',
      tenantId: '11111111-1111-4111-8111-111111111111',
      state: 'Enabled',
    },
    checkedAt: new Date('2025-03-14T09:26:50Z'),
    ...overrides,
  };
}

function assignment(): Assignment {
  const checked = report({ verdict: 'needs-confirmation', results: regionWarning() });
  return {
    dataflowStorageAccount: checked.dataflowStorageAccount!,
    account,
    subscription: checked.subscription,
    actor: checked.request.actor,
    at: new Date('2025-03-14T09:26:53.589Z'),
    verifications: [
      { id: 'WORKSPACE_STORAGE', ok: true, expected: 'storage d…', actual: 'storage d…' },
      {
        id: 'LAKE_FILE_SYSTEM',
        ok: false,
        expected: 'file system "powerbi" in contosolakenew',
        actual: 'not found',
      },
    ],
    report: checked,
  };
}

describe('TemplateFlowCards', () => {
  it("turns the flow's choices into picker choices, keeping notes as marks", () => {
    const card = cards.accountPicker(state, [
      { value: 'contosolakenew', title: 'contosolakenew' },
      {
        value: 'contosoblob',
        title: 'contosoblob',
        note: 'no hierarchical namespace, cannot be used',
      },
    ]);

    expect(visibleText(card)).toContain('contosoblob — no hierarchical namespace, cannot be used');
    expect(executeButtons(card)[0]?.data).toEqual({ flowId: 'flow-1', step: 'account-picker' });
  });

  it("renders the check report with its verdict and the flow's operation id", () => {
    const card = cards.checkResult(state, report());

    expect(verbsOf(card)[0]).toBe(Verb.bindConfirm);
    expect(executeButtons(card)[0]?.data.operationId).toBe('op-1');
    expect(visibleText(card)).toContain('Sales → contosolakenew');
  });

  it('shows a confirmation with who, when and what was verified after a bind', () => {
    const outcome: BindOutcome = { ...assignment(), kind: 'bound', workspace };
    const text = visibleText(cards.bindOutcome({ ...state, step: 'done' }, outcome));

    expect(text).toContain('Sales is connected');
    expect(text).toMatch(/Connected by\nAda Admin\nConnected at\n2025-03-14T09:26:53.589Z/);
    expect(text).toContain('✓ Region (warning accepted)');
    expect(text).toContain('✓ Power BI reports the workspace on the new storage');
  });

  it('shows expected and found of the verification that failed after an assignment', () => {
    const outcome: BindOutcome = {
      ...assignment(),
      kind: 'unverified',
      problem: 'BIND_NOT_VERIFIED',
      workspace,
    };
    const card = cards.bindOutcome({ ...state, step: 'done' }, outcome);
    const text = visibleText(card);

    expect(text).toMatch(/Problem code\nBIND_NOT_VERIFIED/);
    expect(text).toContain('Expected: file system "powerbi" in contosolakenew');
    expect(text).toContain('Found: not found');
    expect(verbsOf(card)).toEqual([Verb.checksRerun, Verb.navCancel]);
  });

  it("shows the catalogue message with Power BI's reason when the assignment call failed", () => {
    const outcome: BindOutcome = {
      kind: 'failed',
      problem: 'BIND_CALL_FAILED',
      reason: '400 PowerBIEntityNotFound',
      report: report(),
    };
    const text = visibleText(cards.bindOutcome(state, outcome));

    expect(text).toContain('400 PowerBIEntityNotFound');
    expect(text).toMatch(/Problem code\nBIND_CALL_FAILED/);
  });

  it('shows the checks again when the bind was refused', () => {
    const outcome: BindOutcome = {
      kind: 'refused',
      problem: 'BIND_REFUSED',
      reason: 'warnings-not-confirmed',
      report: report({ verdict: 'needs-confirmation', results: regionWarning() }),
    };

    expect(verbsOf(cards.bindOutcome(state, outcome))).toContain(Verb.bindAnyway);
  });

  it('renders every bind outcome as a valid card with nothing left unexpanded', () => {
    const base = assignment();
    const outcomes: BindOutcome[] = [
      { ...base, kind: 'bound', workspace },
      { ...base, kind: 'unverified', problem: 'BIND_NOT_VERIFIED', workspace: null },
      { kind: 'failed', problem: 'BIND_CALL_FAILED', reason: '400 Bad', report: report() },
      { kind: 'busy', problem: 'WORKSPACE_BUSY', workspaceId: workspace.id },
      { kind: 'refused', problem: 'BIND_REFUSED', reason: 'blocked', report: report() },
    ];
    const tenantState: FlowState = { ...state, target: 'tenant-default' };
    const rendered = outcomes.flatMap((o) => [
      cards.bindOutcome(state, o),
      cards.bindOutcome(tenantState, o),
    ]);

    expect(rendered.flatMap((card) => schemaErrors(card))).toEqual([]);
    expect(rendered.flatMap((card) => stringsIn(card)).filter((s) => s.includes('${'))).toEqual([]);
  });

  it('refuses to render a card whose earlier choices are missing from the state', () => {
    expect(() => cards.accountPicker({ flowId: 'f', step: 'account' }, [])).toThrow(/workspace/);
  });
});
