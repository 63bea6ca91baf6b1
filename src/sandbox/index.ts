/**
 * The sandbox cloud: a local stand-in for Azure Resource Manager, the Power BI REST API and the
 * Data Lake endpoint, answering over HTTPS from a world file.
 */
export { DEMO_WORLD_PATH } from './demo-world-path';
export { loadWorld, parseWorld } from './load-world';
export { startSandbox, type Sandbox, type SandboxOptions } from './sandbox-server';
export { tenantProfileOf } from './tenant-profile';
export { WorldError } from './world-error';
export type { World } from './world-schema';
