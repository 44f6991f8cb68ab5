// A rule's own example as the draft the engine checks, and where its flagged phrase starts — one reading shared by the
// rule-examples harness (tests/unit/rule-examples.test.ts) and the precedence audit (precedence-audit.ts), so the two
// judge the same draft.
import type { Rule, RuleExample } from '../../src/engine/rule';

/** The example as a draft, in the field the rule reads (subject-only rules get it as the subject). */
export function draftOf(rule: Rule, ex: RuleExample) {
  const field = rule.fields && !rule.fields.includes('body') ? 'subject' : 'body';
  return {
    field,
    draft: {
      body: field === 'body' ? ex.text : '',
      subject: field === 'subject' ? ex.text : ex.subject ?? '',
      kind: ex.kind ?? ('email' as const),
      context: { recipient: 'client' as const, firstContact: false, now: '2025-12-01', ...ex.context },
    },
  } as const;
}

/** Where the example's flagged phrase starts (its `occurrence`-th appearance), or -1. */
export function nth(text: string, phrase: string, occurrence = 1): number {
  let i = -1;
  for (let k = 0; k < occurrence; k++) {
    i = text.indexOf(phrase, i + 1);
    if (i < 0) break;
  }
  return i;
}
