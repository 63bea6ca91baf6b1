import type { CheckId, CheckResult, Fix } from '../../src/core/checks/check-result';

/** Check results as the core reports them for Sales → contosolakenew in the example world. */

const LEARN = 'https://learn.microsoft.com/power-bi/transform-model/dataflows';

export const FIXES = {
  hns: {
    summary:
      'Hierarchical namespace cannot be switched on later for this account. Create a new StorageV2 account with it enabled.',
    cli: 'az storage account create -n contosolake2 -g rg-lake --kind StorageV2 --hns true',
    portalPath: 'Create a resource → Storage account → Advanced → Enable hierarchical namespace',
    docsUrl: `${LEARN}/dataflows-azure-data-lake-storage-integration#prerequisites`,
  },
  firewall: {
    summary:
      'Power BI cannot reach an account behind a firewall. Allow public network access from all networks.',
    cli: 'az storage account update -n contosolakenew -g rg-lake --default-action Allow',
    portalPath: 'Storage account → Networking → Public network access',
    docsUrl: `${LEARN}/dataflows-azure-data-lake-storage-integration#considerations-and-limitations`,
  },
  owner: {
    summary:
      'Ask an owner of the subscription to give you the Owner role on the storage account itself.',
    cli: 'az role assignment create --assignee ada@contoso.example --role Owner --scope /subscriptions/22222222-2222-4222-8222-222222222222/resourceGroups/rg-lake/providers/Microsoft.Storage/storageAccounts/contosolakenew',
    docsUrl: 'https://learn.microsoft.com/azure/role-based-access-control/role-assignments-cli',
  },
  region: {
    summary: 'Dataflows read and write across regions, which adds egress cost and latency.',
    docsUrl: `${LEARN}/dataflows-azure-data-lake-storage-integration#considerations-and-limitations`,
  },
  registered: {
    summary:
      'Connect the account once in the workspace settings; Power BI has no API for this step.',
    portalPath: 'Workspace settings → Azure connections → Storage → Connect to Azure',
    docsUrl: `${LEARN}/dataflows-azure-data-lake-storage-integration#connect-to-an-azure-data-lake-gen-2-at-a-workspace-level`,
  },
} satisfies Record<string, Fix>;

const PASSES: CheckResult[] = [
  pass('SAME_TENANT', 'Same Entra tenant', 'tenant 11111111-1111-4111-8111-111111111111'),
  pass('HIERARCHICAL_NAMESPACE', 'Hierarchical namespace (ADLS Gen2)', 'enabled'),
  pass('REGION', 'Region', 'westeurope', 'West Europe (the workspace region)'),
  pass('TLS_VERSION', 'Minimum TLS version', 'TLS1_2', 'TLS 1.2 or later'),
  pass('FIREWALL', 'Network access', 'all networks', 'public access from all networks'),
  pass('OWNER_ROLE', 'Owner of the storage account', 'Owner at the account'),
  pass('DATA_ROLE', 'Storage Blob Data role', 'Storage Blob Data Owner'),
  pass('WORKSPACE_EMPTY', 'Workspace has no dataflows', 'no dataflows'),
  pass('WORKSPACE_ADMIN', 'Workspace admin', 'admin of Sales'),
  pass('WORKSPACE_STORAGE_ALLOWED', 'Workspace-level storage allowed', 'allowed'),
  pass('KNOWN_TO_POWER_BI', 'Registered in Power BI', 'registered and enabled'),
];

/** Every check passed. */
export const allPassed = (): CheckResult[] => PASSES.map((r) => ({ ...r }));

/** Only a warning remains: the account is in another region than the workspace. */
export function regionWarning(): CheckResult[] {
  return replace(allPassed(), {
    id: 'REGION',
    status: 'warn',
    title: 'Region',
    expected: 'West Europe (the workspace region)',
    actual: 'eastus',
    problem: 'REGION_MISMATCH',
    fix: FIXES.region,
  });
}

/** Everything passes but Power BI does not know the account yet. */
export function notRegistered(): CheckResult[] {
  return replace(allPassed(), {
    id: 'KNOWN_TO_POWER_BI',
    status: 'fail',
    title: 'Registered in Power BI',
    expected: 'contosolakenew is known to Power BI',
    actual: 'not listed by Power BI',
    problem: 'ACCOUNT_NOT_REGISTERED',
    fix: FIXES.registered,
  });
}

/** Two failures and a check that could not run. */
export function blocked(): CheckResult[] {
  let results = replace(allPassed(), {
    id: 'HIERARCHICAL_NAMESPACE',
    status: 'fail',
    title: 'Hierarchical namespace (ADLS Gen2)',
    expected: 'enabled',
    actual: 'disabled',
    problem: 'HNS_DISABLED',
    fix: FIXES.hns,
  });
  results = replace(results, {
    id: 'FIREWALL',
    status: 'fail',
    title: 'Network access',
    expected: 'public access from all networks',
    actual: 'selected networks only (default action Deny)',
    problem: 'FIREWALL_ENABLED',
    fix: FIXES.firewall,
  });
  return replace(results, {
    id: 'OWNER_ROLE',
    status: 'unknown',
    title: 'Owner of the storage account',
    expected: 'Owner assigned at the account',
    actual: 'could not be read (403 AuthorizationFailed)',
    problem: 'CHECK_CALL_FAILED',
    fix: FIXES.owner,
  });
}

function pass(id: CheckId, title: string, actual: string, expected = actual): CheckResult {
  return { id, status: 'pass', title, expected, actual };
}

function replace(results: CheckResult[], changed: CheckResult): CheckResult[] {
  return results.map((r) => (r.id === changed.id ? changed : r));
}
