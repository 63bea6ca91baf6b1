/** A world file that cannot be used; `fieldPath` names the offending field, e.g. `users[2].oid`. */
export class WorldError extends Error {
  override readonly name = 'WorldError';
  /** Dotted path with array indexes; empty when the whole document is at fault. */
  readonly fieldPath: string;

  constructor(fieldPath: string, message: string, options?: { cause?: unknown }) {
    super(fieldPath === '' ? message : `World field ${fieldPath}: ${message}`, options);
    this.fieldPath = fieldPath;
  }
}

/** ['azure', 'roleAssignments', 3, 'scope'] → "azure.roleAssignments[3].scope". */
export function formatFieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    if (/^[A-Za-z_$][\w$]*$/.test(part)) return text === '' ? part : `${text}.${part}`;
    return `${text}[${JSON.stringify(part)}]`;
  }, '');
}
