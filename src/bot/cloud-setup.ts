import { DefaultAzureCredential } from '@azure/identity';
import type { Logger } from 'pino';
import { createCloudPorts } from '../azure';
import type { AppConfig, AzureConfig, SandboxConfig } from '../config/env';
import type { TenantProfile } from '../core/model';
import { listenFailure } from './startup-error';
import type { CloudPortsFactory } from '../core/ports';
import {
  DEMO_WORLD_PATH,
  loadWorld,
  startSandbox,
  tenantProfileOf,
  type Sandbox,
} from '../sandbox';

export interface CloudSetup {
  portsFor: CloudPortsFactory;
  profile: TenantProfile;
  /** Present in sandbox mode only. */
  sandbox: Sandbox | null;
  close(): Promise<void>;
}

/** Connects the core to the sandbox cloud or to Azure, as the configuration says. */
export async function setUpCloud(config: AppConfig, logger: Logger): Promise<CloudSetup> {
  return config.cloud.mode === 'sandbox'
    ? setUpSandbox(config.cloud, logger)
    : setUpAzure(config.cloud);
}

async function setUpSandbox(config: SandboxConfig, logger: Logger): Promise<CloudSetup> {
  const world = loadWorld(config.worldPath ?? DEMO_WORLD_PATH);
  const sandbox = await startSandbox(world, {
    port: config.sandboxPort,
    logger: logger.child({ module: 'sandbox' }),
  }).catch((error: unknown) => {
    throw listenFailure(error, config.sandboxPort ?? 0, 'SANDBOX_PORT');
  });
  const portsFor = createCloudPorts({
    armEndpoint: sandbox.armEndpoint,
    powerBiBaseUrl: sandbox.powerBiBaseUrl,
    dataLakeUrl: (account) => sandbox.dataLakeUrl(account),
    ca: sandbox.ca,
    credentialFor: (oid) => sandbox.credentialFor(oid),
  });
  return { portsFor, profile: tenantProfileOf(world), sandbox, close: () => sandbox.close() };
}

async function setUpAzure(config: AzureConfig): Promise<CloudSetup> {
  // Limitation: one credential (DefaultAzureCredential) serves every user; per-user delegated
  // access needs Teams SSO with an on-behalf-of exchange, which is not built yet. The checks
  // still evaluate the chatting user's own roles and workspace rights by object id.
  const credential = new DefaultAzureCredential();
  const portsFor = createCloudPorts({
    armEndpoint: config.armEndpoint,
    powerBiBaseUrl: config.powerBiBaseUrl,
    dataLakeUrl: (account) => config.dataLakeUrlTemplate.replace('{account}', account),
    credentialFor: () => credential,
  });
  const profile: TenantProfile = {
    homeRegion: config.homeRegion,
    workspaceStorageAllowed: config.workspaceStorageAllowed,
    tenantStorageAccountName: config.tenantStorageAccountName,
  };
  return { portsFor, profile, sandbox: null, close: async () => undefined };
}
