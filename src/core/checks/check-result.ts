/** Outcome of one prerequisite check. `fail` and `unknown` block binding; `warn` needs consent. */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'unknown';

/** Stable identifiers of the checks; they appear in logs, cards and tests. */
export type CheckId =
  | 'SAME_TENANT'
  | 'HIERARCHICAL_NAMESPACE'
  | 'REGION'
  | 'TLS_VERSION'
  | 'FIREWALL'
  | 'OWNER_ROLE'
  | 'DATA_ROLE'
  | 'WORKSPACE_EMPTY'
  | 'WORKSPACE_ADMIN'
  | 'WORKSPACE_STORAGE_ALLOWED'
  | 'KNOWN_TO_POWER_BI';

/** How to put a failed check right. Every field is user-safe text. */
export interface Fix {
  /** One or two sentences a Power BI admin can act on. */
  summary: string;
  /** Azure CLI command, when one exists. */
  cli?: string;
  /** Portal path, e.g. "Storage account → Networking → Public network access". */
  portalPath?: string;
  /** Microsoft Learn link. */
  docsUrl: string;
}

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  /** Short human title, e.g. "Hierarchical namespace". */
  title: string;
  expected: string;
  actual: string;
  /** Stable problem code from the catalogue when status is not `pass`, e.g. `FIREWALL_ENABLED`. */
  problem?: string;
  /** Present when status is not `pass`. */
  fix?: Fix;
}
