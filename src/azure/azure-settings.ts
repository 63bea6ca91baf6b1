import type { TokenCredential } from '@azure/core-auth';

/** Where the adapters find Azure, Power BI and the lake, and whose token each call carries. */
export interface AzureSettings {
  /** Real: `https://management.azure.com`. */
  armEndpoint: string;
  /** Real: `https://api.powerbi.com/v1.0/myorg`. */
  powerBiBaseUrl: string;
  /** Real: `https://<account>.dfs.core.windows.net`. */
  dataLakeUrl(account: string): string;
  /** Extra CA (PEM) trusted for these endpoints only — never disable TLS verification. */
  ca?: string;
  /**
   * The credential whose tokens carry this user's rights. It is asked for once per user and kept
   * with the cached clients, so it must stay usable for as long as the user is served (look up
   * the user's current token inside `getToken`, rather than capturing one token).
   */
  credentialFor(oid: string): TokenCredential;
}
