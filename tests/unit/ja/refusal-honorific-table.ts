// The harness the Japanese class tables share (refusal, honorific, bad news, cold outreach): one engine over
// every rule, a client context unless a class gives another, and a table runner that wants each flagged text
// to raise the class's category and each near miss to raise none of it.
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { Finding } from '../../../src/engine/types';
import { RULES } from '../../../src/rules';

let engine: Engine;
beforeAll(async () => {
  engine = new Engine({ rules: RULES, tokenizer: await sharedNodeTokenizer() });
});

/** Every finding on `body`, written to a client unless another context is given. */
export const analyze = (body: string, context: DraftContext = CLIENT): Finding[] => engine.analyze({ body, context });
export const inCategory = (body: string, category: string, context?: DraftContext): Finding[] =>
  analyze(body, context).filter((f) => f.category === category);

type DraftContext = { recipient: 'client' | 'prospect' | 'internal'; firstContact: boolean; now: string };
const CLIENT: DraftContext = { recipient: 'client', firstContact: false, now: '2025-12-01' };

export interface Class {
  name: string;
  category: 'blunt-refusal' | 'honorific' | 'bad-news' | 'cold-outreach';
  /** Who the drafts go to (a client by default). */
  context?: DraftContext;
  flagged: string[];
  clean: string[];
}

export function classTables(classes: Class[]): void {
  describe.each(classes)('$name', (c) => {
    it.each(c.flagged)(`flags %s as ${c.category}`, (text) => {
      expect(inCategory(text, c.category, c.context).length).toBeGreaterThan(0);
    });
    it.each(c.clean)('leaves %s', (text) => {
      expect(inCategory(text, c.category, c.context)).toEqual([]);
    });
  });
}
