import { checkResultModel, type CheckResultInput } from '../../src/bot/cards/check-result-model';
import type { CardName, StorageTarget, ViewModels } from '../../src/bot/cards/view-models';
import { allPassed, blocked, FIXES, notRegistered, regionWarning } from './sample-check-results';

/** One realistic view model for a template, with a label that names the situation. */
export interface CardSample<K extends CardName = CardName> {
  label: string;
  name: K;
  model: ViewModels[K];
}

const flowId = '6f1c2a9e-3b7d-4e52-9a0c-5d8e7f6a1b2c';
const operationId = '0b9d8c7a-6e5f-4a3b-8c2d-1e0f9a8b7c6d';

export const AZURE_TARGET: StorageTarget = {
  kind: 'azure',
  accountName: 'contosolakenew',
  resourceGroup: 'rg-lake',
  subscriptionName: 'Analytics Prod',
};

export const TENANT_TARGET: StorageTarget = { kind: 'tenant-default', accountName: 'contosolake' };

export function checkInput(overrides: Partial<CheckResultInput> = {}): CheckResultInput {
  return {
    flowId,
    operationId,
    workspaceName: 'Sales',
    storage: AZURE_TARGET,
    verdict: 'ready',
    results: allPassed(),
    ...overrides,
  };
}

function sample<K extends CardName>(label: string, name: K, model: ViewModels[K]): CardSample<K> {
  return { label, name, model };
}

export const SAMPLES: CardSample[] = [
  sample('help in the sandbox', 'help', { flowId, sandbox: true }),
  sample('help outside a flow, after an unknown command', 'help', {
    sandbox: false,
    intro: "I didn't catch that. Here is what I can do.",
  }),
  sample('workspace picker', 'workspace-picker', {
    flowId,
    workspaces: [
      { id: 'eeeeeeee-0000-4000-8000-000000000001', name: 'Sales' },
      { id: 'eeeeeeee-0000-4000-8000-000000000002', name: 'Finance', note: 'has 2 dataflows' },
      {
        id: 'eeeeeeee-0000-4000-8000-000000000003',
        name: 'Marketing',
        note: 'already uses contosolake',
      },
    ],
  }),
  sample('workspace picker with no workspaces', 'workspace-picker', { flowId, workspaces: [] }),
  sample('storage mode with a tenant default', 'storage-mode', {
    flowId,
    workspaceName: 'Sales',
    tenantDefault: 'contosolake',
  }),
  sample('storage mode without a tenant default', 'storage-mode', {
    flowId,
    workspaceName: 'Sales',
    tenantDefault: null,
  }),
  sample('subscription picker', 'subscription-picker', {
    flowId,
    workspaceName: 'Sales',
    subscriptions: [
      { id: '22222222-2222-4222-8222-222222222222', name: 'Analytics Prod' },
      {
        id: '33333333-3333-4333-8333-333333333333',
        name: 'Partner Sandbox',
        note: 'other tenant, cannot be used',
      },
    ],
  }),
  sample('subscription picker with no subscriptions', 'subscription-picker', {
    flowId,
    workspaceName: 'Sales',
    subscriptions: [],
  }),
  sample('resource group picker', 'resource-group-picker', {
    flowId,
    workspaceName: 'Sales',
    subscriptionName: 'Analytics Prod',
    resourceGroups: [
      { name: 'rg-lake', location: 'westeurope' },
      { name: 'rg-us', location: 'eastus' },
      { name: 'rg-unplaced' },
    ],
  }),
  sample('resource group picker with no groups', 'resource-group-picker', {
    flowId,
    workspaceName: 'Sales',
    subscriptionName: 'Analytics Prod',
    resourceGroups: [],
  }),
  sample('account picker with an unusable account', 'account-picker', {
    flowId,
    workspaceName: 'Sales',
    subscriptionName: 'Analytics Prod',
    resourceGroup: 'rg-lake',
    accounts: [
      { name: 'contosolake' },
      { name: 'contosolakenew' },
      { name: 'contosoblob', mark: 'no hierarchical namespace, cannot be used' },
    ],
    searchable: false,
    totalAccounts: 3,
  }),
  sample('account picker of a large resource group, with typeahead', 'account-picker', {
    flowId,
    workspaceName: 'Sales',
    subscriptionName: 'Analytics Prod',
    resourceGroup: 'rg-big',
    accounts: Array.from({ length: 100 }, (_, index) => ({ name: `lake${index}` })),
    searchable: true,
    totalAccounts: 5000,
  }),
  sample('account picker with no accounts', 'account-picker', {
    flowId,
    workspaceName: 'Sales',
    subscriptionName: 'Analytics Prod',
    resourceGroup: 'rg-lake',
    accounts: [],
    searchable: false,
    totalAccounts: 0,
  }),
  sample('check result: ready', 'check-result', checkResultModel(checkInput())),
  sample(
    'check result: needs confirmation',
    'check-result',
    checkResultModel(checkInput({ verdict: 'needs-confirmation', results: regionWarning() })),
  ),
  sample(
    'check result: needs registration',
    'check-result',
    checkResultModel(checkInput({ verdict: 'needs-registration', results: notRegistered() })),
  ),
  sample(
    'check result: blocked',
    'check-result',
    checkResultModel(checkInput({ verdict: 'blocked', results: blocked() })),
  ),
  sample(
    'check result: tenant default, ready',
    'check-result',
    checkResultModel(checkInput({ storage: TENANT_TARGET, results: allPassed().slice(7) })),
  ),
  sample('confirmation for an Azure account', 'confirmation', {
    flowId,
    workspaceName: 'Sales',
    storage: AZURE_TARGET,
    boundBy: 'Ada Admin',
    boundAt: '2025-03-14T09:26:53.589Z',
    verified: ['Hierarchical namespace (ADLS Gen2)', 'Region (warning accepted)'],
  }),
  sample('confirmation for the tenant default, nothing listed', 'confirmation', {
    flowId,
    workspaceName: 'Sales',
    storage: { kind: 'tenant-default', accountName: null },
    boundBy: 'Ada Admin',
    boundAt: '2025-03-14T09:26:53Z',
    verified: [],
  }),
  sample('bind failed after a verification', 'bind-failed', {
    flowId,
    operationId,
    heading: '⚠️ Sales was assigned, but the bot could not confirm it',
    headingStyle: 'warning',
    workspaceName: 'Sales',
    storage: AZURE_TARGET,
    problem: 'BIND_NOT_VERIFIED',
    message: 'Power BI accepted the assignment, but the bot could not confirm it.',
    expected: 'file system "powerbi" in contosolakenew',
    actual: 'not found',
    fix: FIXES.firewall,
  }),
  sample('bind failed with a short fix', 'bind-failed', {
    flowId,
    operationId,
    heading: '❌ Sales was not connected',
    headingStyle: 'attention',
    workspaceName: 'Sales',
    storage: TENANT_TARGET,
    problem: 'BIND_CALL_FAILED',
    message: 'Power BI did not accept the assignment: 400 PowerBIEntityNotFound.',
    fix: FIXES.region,
  }),
  sample('bind failed without a fix', 'bind-failed', {
    flowId,
    operationId,
    heading: '❌ Sales was not connected',
    headingStyle: 'attention',
    workspaceName: 'Sales',
    storage: AZURE_TARGET,
    problem: 'WORKSPACE_BUSY',
    message: 'Another connect or disconnect for this workspace is still running.',
  }),
  sample('notice with start over', 'notice', {
    flowId,
    title: 'This card is out of date',
    message: 'This card belongs to an earlier or finished conversation, so nothing was done.',
    problem: 'STALE_CARD',
    restart: true,
  }),
  sample('read-only notice outside a flow', 'notice', {
    title: 'Cancelled',
    message: 'Nothing was changed.',
  }),
];
