import { z } from 'zod';

/** Raised when an environment variable is missing or malformed; names the variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly variable: string;

  constructor(variable: string, problem: string) {
    super(`Configuration error: ${variable} ${problem}`);
    this.variable = variable;
  }
}

// An empty variable means "not set", so the default applies (coercion would read it as 0).
const port = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z.coerce.number().int().min(0).max(65535).optional(),
);
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();
const httpsUrl = z
  .string()
  .url()
  .refine((value) => value.startsWith('https://'), 'must be an https URL');
const booleanText = z
  .enum(['true', 'false', ''])
  .transform((value) => (value === '' ? undefined : value === 'true'))
  .optional();

const schema = z.object({
  PORT: port.transform((value) => value ?? 3978),
  HOST: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'])
    .default('MultiTenant'),
  MicrosoftAppTenantId: optionalText,
  SANDBOX_WORLD: optionalText,
  SANDBOX_PORT: port.optional(),
  AZURE_ARM_ENDPOINT: httpsUrl.default('https://management.azure.com'),
  POWERBI_API_URL: httpsUrl.default('https://api.powerbi.com/v1.0/myorg'),
  DATALAKE_URL_TEMPLATE: z
    .string()
    .refine((value) => value.includes('{account}'), 'must contain {account}')
    .default('https://{account}.dfs.core.windows.net'),
  POWERBI_HOME_REGION: optionalText,
  POWERBI_WORKSPACE_STORAGE_ALLOWED: booleanText,
  POWERBI_TENANT_STORAGE_ACCOUNT: optionalText,
  NOTIFY_CHANNEL_ID: optionalText,
  BOT_STATE_BLOB_CONNECTION_STRING: optionalText,
  BOT_STATE_BLOB_CONTAINER: z
    .string()
    .regex(/^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, 'must be a valid blob container name')
    .default('lakelink-state'),
});

type Raw = z.infer<typeof schema>;

export interface SandboxConfig {
  mode: 'sandbox';
  worldPath: string | undefined;
  sandboxPort: number | undefined;
}

export interface AzureConfig {
  mode: 'azure';
  appId: string;
  appPassword: string | undefined;
  appType: Raw['MicrosoftAppType'];
  appTenantId: string | undefined;
  armEndpoint: string;
  powerBiBaseUrl: string;
  dataLakeUrlTemplate: string;
  homeRegion: string;
  workspaceStorageAllowed: boolean | null;
  tenantStorageAccountName: string | null;
}

/** Where conversation state lives: process memory, or an Azure Blob container. */
export type StateStorageConfig =
  { kind: 'memory' } | { kind: 'blob'; connectionString: string; container: string };

export interface AppConfig {
  port: number;
  host: string;
  logLevel: Raw['LOG_LEVEL'];
  notifyChannelId: string | undefined;
  stateStorage: StateStorageConfig;
  cloud: SandboxConfig | AzureConfig;
}

/**
 * Reads and validates the environment once, at start. Without `MicrosoftAppId` the bot runs
 * against the local sandbox cloud; with it, every Azure-side setting must be present.
 */
export function readConfig(env: NodeJS.ProcessEnv): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(String(issue?.path[0] ?? 'environment'), issue?.message ?? 'is invalid');
  }
  const raw = parsed.data;
  const cloud = raw.MicrosoftAppId ? azureConfig(raw, raw.MicrosoftAppId) : sandboxConfig(raw);
  return {
    port: raw.PORT,
    // The sandbox is anonymous: keep it off every interface but loopback.
    host: raw.HOST ?? (cloud.mode === 'sandbox' ? '127.0.0.1' : '0.0.0.0'),
    logLevel: raw.LOG_LEVEL,
    notifyChannelId: raw.NOTIFY_CHANNEL_ID,
    stateStorage: raw.BOT_STATE_BLOB_CONNECTION_STRING
      ? {
          kind: 'blob',
          connectionString: raw.BOT_STATE_BLOB_CONNECTION_STRING,
          container: raw.BOT_STATE_BLOB_CONTAINER,
        }
      : { kind: 'memory' },
    cloud,
  };
}

function sandboxConfig(raw: Raw): SandboxConfig {
  return { mode: 'sandbox', worldPath: raw.SANDBOX_WORLD, sandboxPort: raw.SANDBOX_PORT };
}

function azureConfig(raw: Raw, appId: string): AzureConfig {
  if (raw.MicrosoftAppType !== 'UserAssignedMSI' && !raw.MicrosoftAppPassword) {
    throw new ConfigError('MicrosoftAppPassword', 'is required when MicrosoftAppId is set');
  }
  if (raw.MicrosoftAppType !== 'MultiTenant' && !raw.MicrosoftAppTenantId) {
    throw new ConfigError('MicrosoftAppTenantId', `is required for ${raw.MicrosoftAppType} bots`);
  }
  if (!raw.POWERBI_HOME_REGION) {
    throw new ConfigError(
      'POWERBI_HOME_REGION',
      'is required outside the sandbox (no API returns it)',
    );
  }
  return {
    mode: 'azure',
    appId,
    appPassword: raw.MicrosoftAppPassword,
    appType: raw.MicrosoftAppType,
    appTenantId: raw.MicrosoftAppTenantId,
    armEndpoint: raw.AZURE_ARM_ENDPOINT,
    powerBiBaseUrl: raw.POWERBI_API_URL,
    dataLakeUrlTemplate: raw.DATALAKE_URL_TEMPLATE,
    homeRegion: raw.POWERBI_HOME_REGION.toLowerCase(),
    workspaceStorageAllowed: raw.POWERBI_WORKSPACE_STORAGE_ALLOWED ?? null,
    tenantStorageAccountName: raw.POWERBI_TENANT_STORAGE_ACCOUNT ?? null,
  };
}
