import type { ConnectRequest } from '../../../src/core/connect-request';
import type { Actor, RoleAssignment, StorageAccount, TenantProfile } from '../../../src/core/model';
import { ROLE_IDS } from '../../../src/core/checks/role-ids';
import { storageAccountId } from '../../../src/core/storage-account-id';
import type { FakeWorld } from './fake-world';

/** Ids of the sample world. None is a real tenant, subscription or user. */
export const IDS = {
  tenant: '0d3b7c6e-1111-4a1a-9a1a-000000000001',
  otherTenant: '0d3b7c6e-2222-4a1a-9a1a-000000000002',
  subscription: '5b0c1d2e-3333-4b2b-8b2b-000000000003',
  resourceGroup: 'rg-lake',
  account: 'contosolake',
  tenantAccount: 'contosotenantlake',
  workspace: '9f8e7d6c-4444-4c3c-8c3c-000000000004',
  capacity: 'c0ffee00-5555-4d4d-8d4d-000000000005',
  dataflowStorage: 'd692ae06-6666-4e5e-8e5e-000000000006',
  tenantDataflowStorage: 'd692ae06-7777-4f6f-8f6f-000000000007',
  actor: 'a11ce000-8888-4070-8070-000000000008',
  colleague: 'b0b00000-9999-4181-8181-000000000009',
} as const;

export const ACTOR: Actor = { oid: IDS.actor, displayName: 'Alice Admin' };

export const ACCOUNT_REF = {
  subscriptionId: IDS.subscription,
  resourceGroup: IDS.resourceGroup,
  name: IDS.account,
};

export const ACCOUNT_ID = storageAccountId(ACCOUNT_REF);
export const SUBSCRIPTION_ID = `/subscriptions/${IDS.subscription}`;
export const RESOURCE_GROUP_ID = `${SUBSCRIPTION_ID}/resourceGroups/${IDS.resourceGroup}`;

/** A healthy ADLS Gen2 account in West Europe. */
export function sampleAccount(overrides: Partial<StorageAccount> = {}): StorageAccount {
  return {
    ...ACCOUNT_REF,
    id: ACCOUNT_ID,
    location: 'westeurope',
    kind: 'StorageV2',
    isHnsEnabled: true,
    minimumTlsVersion: 'TLS1_2',
    publicNetworkAccess: 'Enabled',
    networkDefaultAction: 'Allow',
    ...overrides,
  };
}

/** An assignment of built-in role `roleGuid` to `principalId` at `scope`. */
export function roleAssignment(
  scope: string,
  roleGuid: string,
  principalId: string = IDS.actor,
): RoleAssignment {
  const authorization = 'providers/Microsoft.Authorization';
  return {
    id: `${scope}/${authorization}/roleAssignments/${roleGuid}-${principalId}`,
    scope,
    roleDefinitionId: `${SUBSCRIPTION_ID}/${authorization}/roleDefinitions/${roleGuid}`,
    principalId,
  };
}

export function sampleProfile(overrides: Partial<TenantProfile> = {}): TenantProfile {
  return {
    homeRegion: 'northeurope',
    workspaceStorageAllowed: true,
    tenantStorageAccountName: IDS.tenantAccount,
    ...overrides,
  };
}

export function accountRequest(overrides: Partial<ConnectRequest> = {}): ConnectRequest {
  return {
    actor: ACTOR,
    workspaceId: IDS.workspace,
    target: { kind: 'account', account: { ...ACCOUNT_REF } },
    ...overrides,
  };
}

export function tenantDefaultRequest(): ConnectRequest {
  return { actor: ACTOR, workspaceId: IDS.workspace, target: { kind: 'tenant-default' } };
}

/**
 * A world where the actor may attach the sample workspace to the sample account: every
 * check passes. Tests break one fact at a time.
 */
export function readyWorld(): FakeWorld {
  return {
    powerBiTenantId: IDS.tenant,
    subscriptions: [
      {
        subscriptionId: IDS.subscription,
        displayName: 'Contoso Data',
        tenantId: IDS.tenant,
        state: 'Enabled',
      },
    ],
    accounts: [sampleAccount()],
    roleAssignments: [
      roleAssignment(ACCOUNT_ID, ROLE_IDS.owner),
      roleAssignment(ACCOUNT_ID, ROLE_IDS.storageBlobDataOwner),
    ],
    workspaces: [
      {
        id: IDS.workspace,
        name: 'Sales',
        isOnDedicatedCapacity: true,
        capacityId: IDS.capacity,
        dataflowStorageId: null,
      },
    ],
    workspaceUsers: {
      [IDS.workspace]: [
        { graphId: IDS.actor, identifier: 'alice@contoso.example', accessRight: 'Admin' },
        { graphId: IDS.colleague, identifier: 'bob@contoso.example', accessRight: 'Member' },
      ],
    },
    dataflows: { [IDS.workspace]: [] },
    dataflowStorageAccounts: [
      { id: IDS.dataflowStorage, name: IDS.account, isEnabled: true },
      { id: IDS.tenantDataflowStorage, name: IDS.tenantAccount, isEnabled: true },
    ],
    capacities: [{ id: IDS.capacity, displayName: 'Contoso P1', region: 'West Europe' }],
    lake: {},
  };
}
