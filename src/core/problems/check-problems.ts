import { DOCS } from './docs-links';
import type { ProblemDefinition } from './problem-definition';

const ROLE_PORTAL_PATH = 'Storage account → Access control (IAM) → Add → Add role assignment';
const AZURE_CONNECTIONS_PATH = 'Admin portal → Tenant settings → Azure connections';

/** Problems a prerequisite check can report. */
export const CHECK_PROBLEMS = [
  {
    code: 'TENANT_MISMATCH',
    title: 'Storage account in another Entra tenant',
    message:
      'The storage account belongs to tenant {accountTenantId}, but Power BI runs in tenant {powerBiTenantId}.',
    fix: {
      summary:
        'Power BI only uses storage accounts of its own Microsoft Entra tenant. Choose an account in a subscription of tenant {powerBiTenantId}.',
      docsUrl: DOCS.limitations,
    },
  },
  {
    code: 'HNS_DISABLED',
    title: 'Hierarchical namespace is off',
    message:
      'The storage account {account} is not an ADLS Gen2 account: hierarchical namespace is off.',
    fix: {
      summary:
        'Upgrade the account to Data Lake Storage Gen2 (this cannot be undone) or choose an account created with hierarchical namespace.',
      cli: 'az storage account hns-migration start --type upgrade --name {account} --resource-group {resourceGroup} --subscription {subscriptionId}',
      portalPath: 'Storage account → Settings → Data Lake Gen2 upgrade',
      docsUrl: DOCS.hnsUpgrade,
    },
  },
  {
    code: 'REGION_MISMATCH',
    title: 'Storage account in another region',
    message:
      'The storage account is in {accountRegion}, but the workspace runs in {expectedRegion}.',
    fix: {
      summary:
        'Use a storage account in {expectedRegion}. A storage account cannot be moved to another region.',
      docsUrl: DOCS.integration,
    },
  },
  {
    code: 'TLS_TOO_OLD',
    title: 'Minimum TLS version too old',
    message: 'The storage account {account} accepts {actualTls}; Power BI needs TLS 1.2 or higher.',
    fix: {
      summary: 'Set the minimum TLS version of the account to TLS 1.2.',
      cli: 'az storage account update --name {account} --resource-group {resourceGroup} --subscription {subscriptionId} --min-tls-version TLS1_2',
      portalPath: 'Storage account → Settings → Configuration → Minimum TLS version',
      docsUrl: DOCS.minimumTls,
    },
  },
  {
    code: 'FIREWALL_ENABLED',
    title: 'Storage account behind a firewall',
    message:
      'The storage account {account} limits network access; Power BI does not support accounts behind a firewall.',
    fix: {
      summary: 'Enable public network access from all networks on the account.',
      cli: 'az storage account update --name {account} --resource-group {resourceGroup} --subscription {subscriptionId} --public-network-access Enabled --default-action Allow',
      portalPath:
        'Storage account → Security + networking → Networking → Enabled from all networks',
      docsUrl: DOCS.integration,
    },
  },
  {
    code: 'OWNER_ROLE_MISSING',
    title: 'Owner role missing',
    message: 'You are not Owner of the storage account {account}.',
    fix: {
      summary:
        'Ask an Owner of the account to make you Owner on the storage account itself (not on its resource group or subscription).',
      cli: 'az role assignment create --assignee-object-id {oid} --assignee-principal-type User --role Owner --scope {accountId}',
      portalPath: ROLE_PORTAL_PATH,
      docsUrl: DOCS.integration,
    },
  },
  {
    code: 'OWNER_ROLE_INHERITED',
    title: 'Owner role only inherited',
    message:
      'You are Owner of {account} only through {inheritedFrom}. Power BI today rejects Owner inherited from a resource group or subscription.',
    fix: {
      summary: 'Add an Owner assignment on the storage account itself, then check again.',
      cli: 'az role assignment create --assignee-object-id {oid} --assignee-principal-type User --role Owner --scope {accountId}',
      portalPath: ROLE_PORTAL_PATH,
      docsUrl: DOCS.integration,
    },
  },
  {
    code: 'DATA_ROLE_MISSING',
    title: 'No Storage Blob Data role',
    message:
      'You have neither Storage Blob Data Owner nor Storage Blob Data Contributor on {account}, so the bot cannot confirm what Power BI writes to the lake.',
    fix: {
      summary:
        'Give yourself Storage Blob Data Owner on the account; role changes can take a few minutes to apply.',
      cli: 'az role assignment create --assignee-object-id {oid} --assignee-principal-type User --role "Storage Blob Data Owner" --scope {accountId}',
      portalPath: ROLE_PORTAL_PATH,
      docsUrl: DOCS.integration,
    },
  },
  {
    code: 'WORKSPACE_HAS_DATAFLOWS',
    title: 'Workspace has dataflows',
    message: 'The workspace still has {count} dataflow(s): {names}.',
    fix: {
      summary:
        'Power BI changes a workspace’s storage only while it has no dataflows. Export each dataflow (model.json), delete it, connect, then import it again.',
      portalPath: 'Workspace → dataflow → More options → Export .json, then Delete',
      docsUrl: DOCS.integration,
    },
  },
  {
    code: 'NOT_WORKSPACE_ADMIN',
    title: 'Not a workspace admin',
    message: 'Your role in the workspace is {accessRight}; connecting storage needs Admin.',
    fix: {
      summary: 'Ask a workspace admin to give you the Admin role in this workspace.',
      portalPath: 'Workspace → Manage access → Add people or groups → Admin',
      docsUrl: DOCS.workspaceRoles,
    },
  },
  {
    code: 'WORKSPACE_STORAGE_NOT_ALLOWED',
    title: 'Workspace-level storage not allowed',
    message: 'Your tenant does not let workspace admins connect their own storage account.',
    fix: {
      summary:
        'A Fabric administrator must turn on “Allow workspace admins to connect their own storage account”.',
      portalPath: `${AZURE_CONNECTIONS_PATH} → Workspace-level storage permissions`,
      docsUrl: DOCS.azureConnections,
    },
  },
  {
    code: 'WORKSPACE_STORAGE_SETTING_UNKNOWN',
    title: 'Workspace-level storage setting not known',
    message:
      'No API returns whether workspace admins may connect their own storage, and it is not configured for this bot.',
    fix: {
      summary:
        'Confirm with a Fabric administrator that “Allow workspace admins to connect their own storage account” is on.',
      portalPath: `${AZURE_CONNECTIONS_PATH} → Workspace-level storage permissions`,
      docsUrl: DOCS.azureConnections,
    },
  },
  {
    code: 'ACCOUNT_NOT_REGISTERED',
    title: 'Storage account not yet known to Power BI',
    message:
      'Power BI does not list {account} among its dataflow storage accounts. Power BI registers a new account only from its own settings page.',
    fix: {
      summary:
        'Connect the account once in the workspace settings, then ask me to check again; I verify the rest.',
      portalPath: 'Workspace settings → Azure connections → Storage → Connect to Azure',
      docsUrl: DOCS.integration,
    },
  },
  {
    code: 'ACCOUNT_DISABLED',
    title: 'Storage account disabled in Power BI',
    message: 'Power BI knows {account} but does not allow assigning workspaces to it.',
    fix: {
      summary:
        'A Fabric administrator must allow workspace admins to assign workspaces to this account.',
      portalPath: `${AZURE_CONNECTIONS_PATH} → Tenant-level storage`,
      docsUrl: DOCS.azureConnections,
    },
  },
  {
    code: 'TENANT_STORAGE_NOT_CONFIGURED',
    title: 'No tenant-level storage configured',
    message: 'This bot knows of no tenant-level dataflow storage account for your tenant.',
    fix: {
      summary:
        'Connect your own storage account instead, or ask a Fabric administrator to set up tenant-level storage and the bot operator to configure its name.',
      portalPath: `${AZURE_CONNECTIONS_PATH} → Tenant-level storage`,
      docsUrl: DOCS.azureConnections,
    },
  },
  {
    code: 'TENANT_STORAGE_NOT_FOUND',
    title: 'Tenant-level storage not found',
    message: 'Power BI does not list the tenant-level storage account {account}.',
    fix: {
      summary:
        'Ask a Fabric administrator to check the tenant-level storage connection and that workspaces may be assigned to it.',
      portalPath: `${AZURE_CONNECTIONS_PATH} → Tenant-level storage`,
      docsUrl: DOCS.azureConnections,
    },
  },
  {
    code: 'CHECK_CALL_FAILED',
    title: 'Check could not be completed',
    message: 'The bot could not read what this check needs: {reason}.',
    fix: {
      summary:
        'A 403 means your account may not read it: ask for Reader on the storage account, or membership of the workspace. A 401 means the service did not accept your identity. A 429 or 5xx is passing: check again in a minute.',
      docsUrl: DOCS.roleAssignmentsCli,
    },
  },
] as const satisfies readonly ProblemDefinition[];
