import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix, relative, sep } from 'node:path';
import * as ts from 'typescript';

/*
 * Dependencies point inward: src/core knows only itself and Node; the adapters (src/azure)
 * and the local cloud (src/sandbox) know the core but never the bot, nor each other.
 */

const ROOT = join(__dirname, '..');
const SOURCE_FILE = /\.(c|m)?[jt]sx?$/;

type Layer = 'core' | 'azure' | 'bot' | 'sandbox' | 'elsewhere';

const FORBIDDEN_LAYERS: Partial<Record<Layer, readonly Layer[]>> = {
  azure: ['bot', 'sandbox'],
  sandbox: ['bot', 'azure'],
};

/** Every module specifier a file imports, exports from, requires or imports dynamically. */
function importSpecifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

/** The layer of a repository path written with forward slashes, e.g. `src/core/model.ts`. */
function layerOf(path: string): Layer {
  const match = /^src\/(core|azure|bot|sandbox)(\/|$)/.exec(path);
  return match ? (match[1] as Layer) : 'elsewhere';
}

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(specifier);
}

/**
 * The rule violations of one file, given its repository path (forward slashes) and its text.
 * Pure, so a test can feed it a made-up file.
 */
function importViolations(path: string, source: string): string[] {
  const from = layerOf(path);
  const violations: string[] = [];

  for (const specifier of importSpecifiers(source)) {
    const relativeImport = specifier.startsWith('.');
    const to = relativeImport ? layerOf(posix.join(posix.dirname(path), specifier)) : null;

    if (from === 'core' && !relativeImport && !isNodeBuiltin(specifier)) {
      violations.push(`${path}: core imports package "${specifier}"`);
    } else if (from === 'core' && to !== null && to !== 'core') {
      violations.push(`${path}: core imports "${specifier}" outside src/core`);
    } else if (to !== null && (FORBIDDEN_LAYERS[from] ?? []).includes(to)) {
      violations.push(`${path}: ${from} imports ${to} through "${specifier}"`);
    }
  }
  return violations;
}

/** Repository paths (forward slashes) of every source file under src/. */
function sourceFiles(): string[] {
  const src = join(ROOT, 'src');
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => SOURCE_FILE.test(file))
    .map((file) => relative(ROOT, join(src, file)).split(sep).join('/'));
}

describe('architecture: the import rules hold in src/', () => {
  const files = sourceFiles();

  it('finds the core files it guards', () => {
    expect(files.filter((file) => layerOf(file) === 'core').length).toBeGreaterThan(10);
  });

  it('has no file that breaks an import rule', () => {
    const violations = files.flatMap((file) =>
      importViolations(file, readFileSync(join(ROOT, file), 'utf8')),
    );

    expect(violations).toEqual([]);
  });
});

describe('architecture: the scanner catches violations', () => {
  it.each([
    ["import { TurnContext } from 'botbuilder';", 'botbuilder'],
    ["import type { Dialog } from 'botbuilder-dialogs';", 'botbuilder-dialogs'],
    ["export { DefaultAzureCredential } from '@azure/identity';", '@azure/identity'],
    ["const pino = require('pino');", 'pino'],
    ["const zod = await import('zod');", 'zod'],
    ["import 'restify';", 'restify'],
    ["import * as cards from 'adaptivecards';", 'adaptivecards'],
  ])('flags a core file that loads a package: %s', (line, name) => {
    const violations = importViolations('src/core/checks/some-check.ts', line);

    expect(violations).toEqual([`src/core/checks/some-check.ts: core imports package "${name}"`]);
  });

  it.each([
    ['src/core/checks/some-check.ts', "import { x } from '../../azure/arm-port';"],
    ['src/core/run.ts', "import { x } from '../bot/app';"],
    ['src/core/run.ts', "import { x } from '../sandbox/world';"],
    ['src/core/run.ts', "import { x } from '../../scripts/tool';"],
  ])('flags %s reaching outside src/core: %s', (path, line) => {
    expect(importViolations(path, line)).toHaveLength(1);
  });

  it('lets core import itself and Node built-ins', () => {
    const source = [
      "import { readFile } from 'node:fs/promises';",
      "import { join } from 'path';",
      "import type { Workspace } from '../model';",
      "import { checkFirewall } from './check-firewall';",
    ].join('\n');

    expect(importViolations('src/core/checks/run-checks.ts', source)).toEqual([]);
  });

  it('flags the adapters importing the bot or the sandbox, and allows core and SDKs', () => {
    const source = [
      "import { DefaultAzureCredential } from '@azure/identity';",
      "import type { AzurePort } from '../core/ports';",
      "import { logger } from '../bot/logger';",
      "import { world } from '../sandbox/world';",
    ].join('\n');

    expect(importViolations('src/azure/arm-port.ts', source)).toEqual([
      'src/azure/arm-port.ts: azure imports bot through "../bot/logger"',
      'src/azure/arm-port.ts: azure imports sandbox through "../sandbox/world"',
    ]);
  });

  it('flags the sandbox importing the bot or the adapters', () => {
    const source = [
      "import type { CloudPorts } from '../../core/ports';",
      "import { createApp } from '../../bot/app';",
      "import { toUpstreamError } from '../../azure/to-upstream-error';",
    ].join('\n');

    expect(importViolations('src/sandbox/fakes/fake-arm.ts', source)).toHaveLength(2);
  });

  it('leaves the bot free to import every layer', () => {
    const source = "import { runChecks } from '../core';\nimport { x } from '../sandbox';";

    expect(importViolations('src/bot/app.ts', source)).toEqual([]);
  });
});
