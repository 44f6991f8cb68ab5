// The harness the Japanese class tables share (refusal, honorific, pressure, bad news, cold outreach): one engine
// over every rule, a client context unless a class gives another, and a table runner that wants each flagged
// text to raise the class's category and each near miss to raise none of it.
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { Finding } from '../../../src/engine/types';
import { RULES } from '../../../src/rules';

let engine: Engine;
beforeAll(async () => {
  engine = new Engine({ rules: RULES, tokenizer: await sharedNodeTokenizer() });
});

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

export interface Class {
  name: string;
  category: 'blunt-refusal' | 'honorific' | 'pressure' | 'bad-news' | 'cold-outreach';
  /** Who the drafts go to (a client by default); `recipient` is the short form. */
  context?: DraftContext;
  flagged: string[];
  clean: string[];
  /** The short form of `context` (pressure is judged on prospects). */
  recipient?: Recipient;
}

export function classTables(classes: Class[]): void {
  describe.each(classes)('$name', (c) => {
    it.each(c.flagged)(`flags %s as ${c.category}`, (text) => {
      expect(inCategory(text, c.category, c.context ?? c.recipient).length).toBeGreaterThan(0);
    });
    it.each(c.clean)('leaves %s', (text) => {
      expect(inCategory(text, c.category, c.context ?? c.recipient)).toEqual([]);
    });
  });
}
