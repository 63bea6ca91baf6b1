import { renderCard } from '../../src/bot/cards/render-card';
import type { CardName } from '../../src/bot/cards/view-models';
import { SAMPLES } from './sample-view-models';

/**
 * The Agents Playground keys card elements by type and position only, and its compact choice
 * set keeps the options it was first given. When a card replaces the previous one in place, a
 * choice set at the same type path as one on the previous card keeps that card's options. So
 * no two cards that follow each other in the flow (forward or Back) may put a choice set at
 * the same type path.
 */
const FLOW_ORDER: CardName[] = [
  'workspace-picker',
  'storage-mode',
  'subscription-picker',
  'resource-group-picker',
  'account-picker',
  'check-result',
];

function choiceSetPaths(node: unknown, path = ''): string[] {
  if (Array.isArray(node))
    return node.flatMap((item, index) => choiceSetPaths(item, `${path}[${index}]`));
  if (typeof node !== 'object' || node === null) return [];
  const element = node as Record<string, unknown>;
  const here = typeof element.type === 'string' ? `${path}/${element.type}` : path;
  const own = element.type === 'Input.ChoiceSet' ? [here] : [];
  const children = ['body', 'items', 'columns'].flatMap((key) =>
    key in element ? choiceSetPaths(element[key], here) : [],
  );
  return [...own, ...children];
}

function pathsOf(name: CardName): string[] {
  const sample = SAMPLES.find(
    (candidate) => candidate.name === name && !/no |empty/.test(candidate.label),
  );
  if (!sample) throw new Error(`no sample with content for ${name}`);
  return choiceSetPaths(renderCard(sample.name, sample.model as never));
}

describe('choice sets on consecutive cards of the flow', () => {
  it.each(FLOW_ORDER.slice(1).map((name, index) => [FLOW_ORDER[index] as CardName, name]))(
    '%s and %s put no choice set at the same element path',
    (previous, next) => {
      const shared = pathsOf(previous).filter((path) => pathsOf(next).includes(path));
      expect(shared).toEqual([]);
    },
  );
});
