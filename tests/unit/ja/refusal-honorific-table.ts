// The harness the Japanese class tables share (refusal, honorific, pressure, bad news, cold outreach, register): one engine
// over every rule, a client context unless a class gives another, and a table runner that wants each flagged
// text to raise the class's category and each near miss to raise none of it.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();

type Recipient = 'client' | 'prospect' | 'internal';
type DraftContext = { recipient: Recipient; firstContact: boolean; now: string };
const CLIENT: DraftContext = { recipient: 'client', firstContact: false, now: '2025-12-01' };
/** A recipient alone means an ongoing (not first-contact) mail on the tables' fixed date. */
const contextOf = (to: DraftContext | Recipient = CLIENT): DraftContext =>
  typeof to === 'string' ? { ...CLIENT, recipient: to } : to;

/** Every finding on `body`, written to a client unless another recipient or context is given. */
export const analyze = (body: string, to?: DraftContext | Recipient): Finding[] => engine.analyze({ body, context: contextOf(to) });
export const inCategory = (body: string, category: string, to?: DraftContext | Recipient): Finding[] =>
  analyze(body, to).filter((f) => f.category === category);

/** A text alone, or a text with the part that matters to the assertion. */
export type Flagged = string | [text: string, part: string];

export interface Class {
  name: string;
  category: 'blunt-refusal' | 'honorific' | 'pressure' | 'bad-news' | 'cold-outreach' | 'register';
  /** Who the drafts go to (a client by default); `recipient` is the short form. */
  context?: DraftContext;
  /** A text, or [text, quote]: a finding of the category must overlap `quote`. */
  flagged: Flagged[];
  /** A text (no finding of the category at all), or [text, part]: none may overlap `part` (the rest may be flagged). */
  clean: Flagged[];
  /** The short form of `context` (pressure is judged on prospects). */
  recipient?: Recipient;
  /** Cases the engine still reads wrongly: run as expected failures ("known miss"), so that a fix shows. */
  known?: { flagged: Flagged[]; clean: Flagged[] };
}

/** Rounds 36–39's bad-news class files: one table of bad news to a client (an ongoing mail, 1 June 2026). */
const NEWS_CLIENT: DraftContext = { recipient: 'client', firstContact: false, now: '2026-06-01' };
export const newsTable = (name: string, flagged: Flagged[], clean: Flagged[]): Class => ({ name, category: 'bad-news', context: NEWS_CLIENT, flagged, clean });

const pairs = (list: Flagged[]): [string, string][] => list.map((f) => (typeof f === 'string' ? [f, ''] : f));
const overlapping = (found: Finding[], text: string, part: string): Finding[] => {
  const at = text.indexOf(part);
  expect(at).toBeGreaterThanOrEqual(0);
  return found.filter((f) => f.start < at + part.length && at < f.end);
};

export function classTables(classes: Class[]): void {
  describe.each(classes)('$name', (c) => {
    const flags = (text: string, quote: string) => {
      const found = inCategory(text, c.category, c.context ?? c.recipient);
      expect(found.length).toBeGreaterThan(0);
      if (quote) expect(overlapping(found, text, quote).length).toBeGreaterThan(0);
    };
    const leaves = (text: string, part: string) => {
      const found = inCategory(text, c.category, c.context ?? c.recipient);
      expect(part ? overlapping(found, text, part) : found).toEqual([]);
    };
    it.each(pairs(c.flagged))(`flags %s as ${c.category}`, flags);
    it.each(pairs(c.clean))('leaves %s', leaves);
    const known = c.known ?? { flagged: [], clean: [] };
    if (known.flagged.length) it.fails.each(pairs(known.flagged))(`known miss: flags %s as ${c.category}`, flags);
    if (known.clean.length) it.fails.each(pairs(known.clean))('known false alarm: leaves %s', leaves);
  });
}
