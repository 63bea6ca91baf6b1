import type { StorageAccount as SdkStorageAccount } from '@azure/arm-storage';
import {
  refFromListedAccount,
  toRoleAssignment,
  toStorageAccount,
  toSubscription,
} from '../../src/azure/arm-mappers';
import { resourceGroupFromId, subscriptionIdFromId } from '../../src/azure/arm-ids';
import { UpstreamError } from '../../src/core/upstream-error';

const ACCOUNT_ID =
  '/subscriptions/22222222-2222-4222-8222-222222222222/resourceGroups/rg-lake' +
  '/providers/Microsoft.Storage/storageAccounts/contosolake';

function sdkAccount(overrides: Partial<SdkStorageAccount> = {}): SdkStorageAccount {
  const base = { id: ACCOUNT_ID, name: 'contosolake', location: 'westeurope', kind: 'StorageV2' };
  return { ...base, ...overrides };
}

describe('ARM ids', () => {
  it('reads the subscription and resource group of a storage account id', () => {
    expect(subscriptionIdFromId(ACCOUNT_ID)).toBe('22222222-2222-4222-8222-222222222222');
    expect(resourceGroupFromId(ACCOUNT_ID)).toBe('rg-lake');
  });

  it('reads the resource group whatever the casing of the fixed segment', () => {
    const id = '/subscriptions/s/resourcegroups/RG-Lake/providers/x';
    expect(resourceGroupFromId(id)).toBe('RG-Lake');
  });

  it('answers null for a scope without that segment', () => {
    expect(resourceGroupFromId('/subscriptions/s')).toBeNull();
    expect(subscriptionIdFromId('/')).toBeNull();
  });
});

describe('toStorageAccount', () => {
  it('maps the firewall from the SDK networkRuleSet (REST networkAcls)', () => {
    const sdk = sdkAccount({
      isHnsEnabled: true,
      minimumTlsVersion: 'TLS1_0',
      publicNetworkAccess: 'Enabled',
      networkRuleSet: { defaultAction: 'Deny' },
    });
    const ref = refFromListedAccount(sdk, '22222222-2222-4222-8222-222222222222');

    expect(toStorageAccount(sdk, ref)).toEqual({
      subscriptionId: '22222222-2222-4222-8222-222222222222',
      resourceGroup: 'rg-lake',
      name: 'contosolake',
      id: ACCOUNT_ID,
      location: 'westeurope',
      kind: 'StorageV2',
      isHnsEnabled: true,
      minimumTlsVersion: 'TLS1_0',
      publicNetworkAccess: 'Enabled',
      networkDefaultAction: 'Deny',
    });
  });

  it('reports properties ARM did not send as null', () => {
    const account = toStorageAccount(sdkAccount(), {
      subscriptionId: 's',
      resourceGroup: 'rg-lake',
      name: 'contosolake',
    });

    expect(account.isHnsEnabled).toBeNull();
    expect(account.minimumTlsVersion).toBeNull();
    expect(account.publicNetworkAccess).toBeNull();
    expect(account.networkDefaultAction).toBeNull();
  });

  it('keeps the resource group spelled as the caller gave it', () => {
    const ref = { subscriptionId: 's', resourceGroup: 'RG-LAKE', name: 'contosolake' };
    expect(toStorageAccount(sdkAccount(), ref).resourceGroup).toBe('RG-LAKE');
  });

  it('rejects an account without an id as a malformed ARM answer', () => {
    const sdk = sdkAccount({ id: undefined });
    const error = captureError(() => refFromListedAccount(sdk, 's'));

    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ service: 'arm', status: 200, code: 'MalformedResponse' });
  });
});

describe('toSubscription and toRoleAssignment', () => {
  it('keeps the tenant of a subscription', () => {
    const sdk = {
      subscriptionId: 's1',
      displayName: 'Analytics',
      tenantId: 't1',
      state: 'Enabled' as const,
    };
    expect(toSubscription(sdk)).toEqual(sdk);
  });

  it('keeps the scope an assignment is made at', () => {
    const sdk = {
      id: '/x/roleAssignments/1',
      scope: ACCOUNT_ID,
      roleDefinitionId: '/providers/Microsoft.Authorization/roleDefinitions/8e3af657',
      principalId: 'p1',
      principalType: 'User',
    };
    expect(toRoleAssignment(sdk)).toEqual({
      id: '/x/roleAssignments/1',
      scope: ACCOUNT_ID,
      roleDefinitionId: '/providers/Microsoft.Authorization/roleDefinitions/8e3af657',
      principalId: 'p1',
    });
  });

  it('rejects a subscription without its tenant', () => {
    const error = captureError(() => toSubscription({ subscriptionId: 's1', displayName: 'x' }));
    expect(error).toMatchObject({ code: 'MalformedResponse' });
  });
});

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}
