import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEMS } from '../../../src/core/problems/problem-catalogue';

const DOCS_PAGE = readFileSync(join(__dirname, '../../../docs/error-codes.md'), 'utf8');
const codes = PROBLEMS.map((problem) => problem.code);

describe('problem catalogue', () => {
  it('has no code twice', () => {
    const repeated = codes.filter((code, index) => codes.indexOf(code) !== index);

    expect(repeated).toEqual([]);
  });

  it('spells every code in upper snake case', () => {
    expect(codes.filter((code) => !/^[A-Z]+(_[A-Z0-9]+)*$/.test(code))).toEqual([]);
  });

  it('documents every code with its own section in docs/error-codes.md', () => {
    const undocumented = codes.filter((code) => !DOCS_PAGE.includes(`### \`${code}\``));

    expect(undocumented).toEqual([]);
  });

  it('documents no code the catalogue does not have', () => {
    const documented = [...DOCS_PAGE.matchAll(/^### `([A-Z_0-9]+)`/gm)].map((m) => m[1]);

    expect(documented.filter((code) => !codes.includes(code as string))).toEqual([]);
  });

  it.each(PROBLEMS.map((p) => [p.code, p] as const))(
    '%s has a title, a message, a fix summary and a Microsoft Learn link',
    (_code, problem) => {
      expect(problem.title.trim()).not.toBe('');
      expect(problem.message.trim()).not.toBe('');
      expect(problem.fix.summary.trim()).not.toBe('');
      expect(problem.fix.docsUrl).toMatch(/^https:\/\/learn\.microsoft\.com\/\S+$/);
    },
  );

  it('writes every CLI fix as an az command', () => {
    const commands = PROBLEMS.flatMap((p) => (p.fix.cli ? [p.fix.cli] : []));

    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((cli) => !cli.startsWith('az '))).toEqual([]);
  });
});
