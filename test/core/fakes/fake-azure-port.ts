import type { AzurePort } from '../../../src/core/ports';
import { UpstreamError } from '../../../src/core/upstream-error';
import type { FakeCloud } from './fake-cloud';
import { scopeCovers } from './scope-covers';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Azure Resource Manager over the fake world, as user `oid` sees it. */
export function fakeAzurePort(cloud: FakeCloud, oid: string): AzurePort {
  const world = cloud.world;
  return {
    listSubscriptions: (options) =>
      cloud.track(oid, 'azure.listSubscriptions', [], options, () => world.subscriptions),

    getSubscription: (subscriptionId, options) =>
      cloud.track(oid, 'azure.getSubscription', [subscriptionId], options, () => {
        const found = world.subscriptions.find((s) => same(s.subscriptionId, subscriptionId));
        if (!found) throw new UpstreamError('arm', 404, 'SubscriptionNotFound');
        return found;
      }),

    listResourceGroups: (subscriptionId, options) =>
      cloud.track(oid, 'azure.listResourceGroups', [subscriptionId], options, () => {
        const inSubscription = world.accounts.filter((a) => same(a.subscriptionId, subscriptionId));
        const names = [...new Set(inSubscription.map((a) => a.resourceGroup))];
        return names.map((name) => ({
          name,
          location: inSubscription.find((a) => a.resourceGroup === name)?.location ?? '',
        }));
      }),

    listStorageAccounts: (subscriptionId, resourceGroup, options) =>
      cloud.track(oid, 'azure.listStorageAccounts', [subscriptionId, resourceGroup], options, () =>
        world.accounts.filter(
          (a) => same(a.subscriptionId, subscriptionId) && same(a.resourceGroup, resourceGroup),
        ),
      ),

    getStorageAccount: (ref, options) =>
      cloud.track(oid, 'azure.getStorageAccount', [ref], options, () => {
        const found = world.accounts.find(
          (a) =>
            same(a.subscriptionId, ref.subscriptionId) &&
            same(a.resourceGroup, ref.resourceGroup) &&
            same(a.name, ref.name),
        );
        if (!found) throw new UpstreamError('arm', 404, 'ResourceNotFound');
        return found;
      }),

    listRoleAssignments: (scope, principalId, options) =>
      cloud.track(oid, 'azure.listRoleAssignments', [scope, principalId], options, () =>
        world.roleAssignments.filter(
          (a) => same(a.principalId, principalId) && scopeCovers(a.scope, scope),
        ),
      ),
  };
}
