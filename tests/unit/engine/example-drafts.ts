// The setup the tests of what a sentence rule reads of the previous sentence share (reads-previous.test.ts,
// previous-key-r34.test.ts): the Node tokenizer, loaded before the file's tests, and every rule's examples as the drafts
// the examples harness analyses.
import { beforeAll } from 'vitest';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { Rule } from '../../../src/engine/rule';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import type { DraftInput } from '../../../src/engine/types';

/** Registers the tokenizer's loading in a `beforeAll` of the calling file; the getter is usable inside its tests. */
export function nodeTokenizer(): () => JapaneseTokenizer {
  let tokenizer: JapaneseTokenizer | undefined;
  beforeAll(async () => {
    tokenizer = await sharedNodeTokenizer();
  });
  return () => {
    if (!tokenizer) throw new Error('nodeTokenizer: used outside a test (the dictionary is not loaded yet)');
    return tokenizer;
  };
}

/** Every example of every rule, as the draft the examples harness analyses. */
export function exampleDrafts(rules: readonly Rule[]): DraftInput[] {
  return rules.flatMap((rule) => [...rule.examples.valid, ...rule.examples.invalid].map((ex) => {
    const subjectOnly = rule.fields && !rule.fields.includes('body');
    return {
      body: subjectOnly ? '' : ex.text,
      subject: subjectOnly ? ex.text : ex.subject ?? '',
      kind: ex.kind ?? 'email',
      context: { recipient: 'client' as const, firstContact: false, now: '2025-12-01', ...ex.context },
    };
  }));
}
