import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Template } from 'adaptivecards-templating';
import type { AdaptiveCardJson } from './adaptive-card-json';
import { CARD_NAMES, type CardName, type ViewModels } from './view-models';

let templates: ReadonlyMap<CardName, unknown> | undefined;

/**
 * Expands the template `cards/<name>.json` with its view model. Templates are read once, all
 * together, so a missing or broken one fails the first render rather than a later click.
 */
export function renderCard<K extends CardName>(name: K, model: ViewModels[K]): AdaptiveCardJson {
  templates ??= loadTemplates(join(projectRoot(__dirname), 'cards'));
  // The engine builds a new object and leaves the parsed template as it was.
  const card: unknown = new Template(templates.get(name)).expand({ $root: model });
  if (!isCard(card)) throw new Error(`Card template "${name}" did not expand to an AdaptiveCard`);
  return card;
}

function loadTemplates(folder: string): ReadonlyMap<CardName, unknown> {
  const loaded = new Map<CardName, unknown>();
  for (const name of CARD_NAMES) {
    const file = join(folder, `${name}.json`);
    try {
      loaded.set(name, JSON.parse(readFileSync(file, 'utf8')));
    } catch (cause) {
      throw new Error(`Cannot load card template ${file}`, { cause });
    }
  }
  return loaded;
}

/** The nearest folder at or above `start` with a package.json: the same from src/ and dist/src/. */
function projectRoot(start: string): string {
  let folder = start;
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`No package.json above ${start}`);
    folder = parent;
  }
  return folder;
}

function isCard(value: unknown): value is AdaptiveCardJson {
  if (typeof value !== 'object' || value === null) return false;
  return (value as { type?: unknown }).type === 'AdaptiveCard';
}
