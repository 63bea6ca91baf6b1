import { findAccount, resolveScope } from './world-catalog';
import { WorldError } from './world-error';
import type { World } from './world-schema';

/** First path segments the sandbox routes to its own services, so no account may use them. */
export const RESERVED_ACCOUNT_NAMES: readonly string[] = ['arm', 'powerbi', 'sandbox'];

/**
 * Checks the rules that span several fields of a parsed world.
 * Throws a WorldError naming the first offending field.
 */
export function checkWorldRules(world: World): void {
  checkUsers(world);
  checkAzure(world);
  checkRoleAssignments(world);
  checkPowerBi(world);
}

function reservedNameReason(name: string): string {
  const routes = RESERVED_ACCOUNT_NAMES.map((reserved) => `/${reserved}`).join(', ');
  return `'${name}' is reserved by the sandbox's routing (${routes}); choose another name`;
}

function firstDuplicate(values: readonly string[]): number {
  const seen = new Set<string>();
  return values.findIndex((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

function checkUsers(world: World): void {
  const index = firstDuplicate(world.users.map((user) => user.oid));
  if (index >= 0) throw new WorldError(`users[${index}].oid`, 'two users have this oid');
}

function checkAzure(world: World): void {
  const subscriptions = world.azure.subscriptions;
  const duplicateSubscription = firstDuplicate(subscriptions.map((sub) => sub.subscriptionId));
  if (duplicateSubscription >= 0) {
    const path = `azure.subscriptions[${duplicateSubscription}].subscriptionId`;
    throw new WorldError(path, 'two subscriptions have this id');
  }

  const accountNames = new Set<string>();
  subscriptions.forEach((subscription, s) => {
    const groupPath = (g: number) => `azure.subscriptions[${s}].resourceGroups[${g}]`;
    const duplicateGroup = firstDuplicate(subscription.resourceGroups.map((group) => group.name));
    if (duplicateGroup >= 0) {
      const path = `${groupPath(duplicateGroup)}.name`;
      throw new WorldError(path, 'two resource groups have this name');
    }

    subscription.resourceGroups.forEach((group, g) => {
      group.storageAccounts.forEach((account, a) => {
        const path = `${groupPath(g)}.storageAccounts[${a}].name`;
        if (RESERVED_ACCOUNT_NAMES.includes(account.name)) {
          throw new WorldError(path, reservedNameReason(account.name));
        }
        if (accountNames.has(account.name)) {
          const reason = `'${account.name}' is used twice; account names are unique, as in Azure`;
          throw new WorldError(path, reason);
        }
        accountNames.add(account.name);
      });
    });
  });
}

function checkRoleAssignments(world: World): void {
  world.azure.roleAssignments.forEach((assignment, index) => {
    if (resolveScope(world, assignment.scope) === null) {
      const reason = `'${assignment.scope}' is no subscription, group or account of this world`;
      throw new WorldError(`azure.roleAssignments[${index}].scope`, reason);
    }
  });
}

function checkPowerBi(world: World): void {
  const powerBi = world.powerBi;
  const storageIds = powerBi.dataflowStorageAccounts.map((account) => account.id);
  const duplicateStorage = firstDuplicate(storageIds);
  if (duplicateStorage >= 0) {
    const path = `powerBi.dataflowStorageAccounts[${duplicateStorage}].id`;
    throw new WorldError(path, 'two dataflow storage accounts have this id');
  }

  const tenantAccount = powerBi.tenantStorageAccount;
  if (tenantAccount !== null && findAccount(world, tenantAccount) === undefined) {
    const reason = `'${tenantAccount}' is not a storage account in azure.subscriptions`;
    throw new WorldError('powerBi.tenantStorageAccount', reason);
  }

  const duplicateWorkspace = firstDuplicate(powerBi.workspaces.map((workspace) => workspace.id));
  if (duplicateWorkspace >= 0) {
    const path = `powerBi.workspaces[${duplicateWorkspace}].id`;
    throw new WorldError(path, 'two workspaces have this id');
  }

  const oids = new Set(world.users.map((user) => user.oid));
  powerBi.workspaces.forEach((workspace, w) => {
    const path = `powerBi.workspaces[${w}]`;
    for (const role of ['admins', 'members'] as const) {
      const unknown = workspace[role].findIndex((oid) => !oids.has(oid));
      if (unknown >= 0) {
        throw new WorldError(`${path}.${role}[${unknown}]`, 'is not the oid of a user in users');
      }
    }
    const storageId = workspace.dataflowStorageId;
    if (storageId !== null && !storageIds.includes(storageId)) {
      const reason = 'is not the id of an account in powerBi.dataflowStorageAccounts';
      throw new WorldError(`${path}.dataflowStorageId`, reason);
    }
  });
}
