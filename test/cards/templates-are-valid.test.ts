import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderCard } from '../../src/bot/cards/render-card';
import { isVerb } from '../../src/bot/cards/verbs';
import { CARD_NAMES } from '../../src/bot/cards/view-models';
import { rendererProblems, schemaErrors } from './card-validators';
import { executeButtons, stringsIn } from './card-walk';
import { SAMPLES } from './sample-view-models';

const CARDS_DIR = join(__dirname, '../../cards');

describe('card templates', () => {
  it('has one template file for every card name and no other', () => {
    const files = readdirSync(CARDS_DIR).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...CARD_NAMES].sort());
  });

  it('are checked by validators that do reject a broken card', () => {
    const broken = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'x', color: 'Purple' },
        { type: 'FactSet', facts: [{}] },
      ],
    };
    expect(schemaErrors(broken).length).toBeGreaterThan(0);
    expect(rendererProblems(broken).length).toBeGreaterThan(0);
  });

  it('has at least one sample view model for every card', () => {
    const sampled = new Set(SAMPLES.map((s) => s.name));
    expect(CARD_NAMES.filter((name) => !sampled.has(name))).toEqual([]);
  });
});

describe.each(SAMPLES.map((s) => [s.label, s] as const))('rendered card: %s', (_label, sample) => {
  const card = renderCard(sample.name, sample.model);

  it('is an Adaptive Card 1.5', () => {
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  });

  it('validates against the official Adaptive Card 1.5 schema', () => {
    expect(schemaErrors(card)).toEqual([]);
  });

  it('parses and validates with the adaptivecards library without problems', () => {
    expect(rendererProblems(card)).toEqual([]);
  });

  it('gives every Action.Execute a known verb, the flow id and its own card as step', () => {
    const faulty = executeButtons(card).filter(
      (b) =>
        !isVerb(b.verb) ||
        typeof b.data.flowId !== 'string' ||
        b.data.flowId === '' ||
        b.data.step !== sample.name,
    );
    expect(faulty).toEqual([]);
  });

  it('leaves no template expression unexpanded', () => {
    expect(stringsIn(card).filter((s) => s.includes('${'))).toEqual([]);
  });
});
