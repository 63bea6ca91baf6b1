import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'adaptivecards-templating';
import type { AdaptiveCardJson } from './adaptive-card-json';
import { projectRoot } from '../../project-root';
import { CARD_NAMES, type CardName, type ViewModels } from './view-models';

let templates: ReadonlyMap<CardName, Template> | undefined;

/**
 * Expands the template `cards/<name>.json` with its view model. Templates are read and
 * prepared once, all together, so a missing or broken one fails the first render rather than
 * a later click.
 */
export function renderCard<K extends CardName>(name: K, model: ViewModels[K]): AdaptiveCardJson {
  templates ??= loadTemplates(join(projectRoot(__dirname), 'cards'));
  // Preparing a template parses every expression in it, which cost most of a turn; a prepared
  // one expands synchronously into new objects each time, so one instance serves every render.
  const card: unknown = templates.get(name)?.expand({ $root: model });
  if (!isCard(card)) throw new Error(`Card template "${name}" did not expand to an AdaptiveCard`);
  return card;
}

function loadTemplates(folder: string): ReadonlyMap<CardName, Template> {
  const loaded = new Map<CardName, Template>();
  for (const name of CARD_NAMES) {
    const file = join(folder, `${name}.json`);
    try {
      loaded.set(name, new Template(JSON.parse(readFileSync(file, 'utf8'))));
    } catch (cause) {
      throw new Error(`Cannot load card template ${file}`, { cause });
    }
  }
  return loaded;
}

function isCard(value: unknown): value is AdaptiveCardJson {
  if (typeof value !== 'object' || value === null) return false;
  return (value as { type?: unknown }).type === 'AdaptiveCard';
}
