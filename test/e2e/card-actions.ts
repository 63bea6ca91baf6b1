/** Reading rendered Adaptive Cards the way a user would: find buttons, read their data. */
export interface CardButton {
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

/** Every Action.Execute in the card, in document order. */
export function buttonsOf(card: unknown): CardButton[] {
  const found: CardButton[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.type === 'Action.Execute') {
      found.push({
        title: String(record.title ?? ''),
        verb: String(record.verb ?? ''),
        data: (record.data as Record<string, unknown>) ?? {},
      });
    }
    Object.values(record).forEach(visit);
  };
  visit(card);
  return found;
}

/** The button with this verb; throws listing the card's buttons when there is none. */
export function button(card: unknown, verb: string): CardButton {
  const buttons = buttonsOf(card);
  const match = buttons.find((candidate) => candidate.verb === verb);
  if (!match) {
    const verbs = buttons.map((candidate) => candidate.verb).join(', ') || 'none';
    throw new Error(`no button with verb ${verb}; the card has: ${verbs}`);
  }
  return match;
}

/** All visible text of the card, joined, for "the card says …" assertions. */
export function textOf(card: unknown): string {
  const parts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && ['text', 'title', 'value'].includes(key)) parts.push(value);
      else visit(value);
    }
  };
  visit(card);
  return parts.join('\n');
}
