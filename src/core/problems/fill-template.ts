import type { ProblemParams } from './problem-definition';

/**
 * Replaces each `{name}` in `template` with `params[name]`. A placeholder without a value
 * becomes `<name>`, so a CLI command still shows the user what to fill in.
 */
export function fillTemplate(template: string, params: ProblemParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    return value === undefined ? `<${name}>` : String(value);
  });
}
