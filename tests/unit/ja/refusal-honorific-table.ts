// The harness the Japanese refusal, honorific and pressure class tables share: one engine over every rule, a client
// context, and a table runner that wants each flagged text to raise the class's category and each near miss
// to raise none of it.
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { Finding } from '../../../src/engine/types';
import { RULES } from '../../../src/rules';

let engine: Engine;
beforeAll(async () => {
  engine = new Engine({ rules: RULES, tokenizer: await sharedNodeTokenizer() });
});

/** Every finding on `body`, written to a client. */
export const analyze = (body: string, recipient: Recipient = 'client'): Finding[] =>
  engine.analyze({ body, context: { recipient, firstContact: false, now: '2025-12-01' } });
export const inCategory = (body: string, category: string, recipient: Recipient = 'client'): Finding[] =>
  analyze(body, recipient).filter((f) => f.category === category);

type Recipient = 'client' | 'prospect' | 'internal';

export interface Class {
  name: string;
  category: 'blunt-refusal' | 'honorific' | 'pressure';
  flagged: string[];
  clean: string[];
  /** Who the drafts go to (a client unless said): pressure is judged on prospects. */
  recipient?: Recipient;
}

export function classTables(classes: Class[]): void {
  describe.each(classes)('$name', (c) => {
    it.each(c.flagged)(`flags %s as ${c.category}`, (text) => {
      expect(inCategory(text, c.category, c.recipient).length).toBeGreaterThan(0);
    });
    it.each(c.clean)('leaves %s', (text) => {
      expect(inCategory(text, c.category, c.recipient)).toEqual([]);
    });
  });
}
