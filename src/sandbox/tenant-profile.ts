import type { TenantProfile } from '../core/model';
import type { World } from './world-schema';

/** The tenant facts no public API returns, taken from the world's Power BI settings. */
export function tenantProfileOf(world: World): TenantProfile {
  return {
    homeRegion: world.powerBi.homeRegion,
    workspaceStorageAllowed: world.powerBi.workspaceStorageAllowed,
    tenantStorageAccountName: world.powerBi.tenantStorageAccount,
  };
}
