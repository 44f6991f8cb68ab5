// The runner the quoted refusal tables share (ja classes-r31-refusal, classes-r32-refusal, classes-r34-stated-limit,
// en and ja classes-r34-refusal-verdict): a case is a reply (subject, body) with the quote a blunt-refusal finding must
// overlap (in the subject when the subject holds it, else in the body), or no quote for a near miss that must raise no
// blunt-refusal finding at all; an optional recipient (client unless said). With `{ suggestions: true }` (en
// classes-r35-refusal-classes) every suggestion of a finding over the quote is also held to keepsTheRest.
import { expect, it } from 'vitest';
import { applySuggestion, suggestionEdits } from '../../src/engine/apply';
import type { Engine } from '../../src/engine/engine';
import type { Finding } from '../../src/engine/types';

export type QuotedRefusal = [subject: string, body: string, quote?: string | null, recipient?: 'client' | 'internal'];

/**
 * A suggestion of a refusal finding changes only the finding's span (edits inside it or at its edges: a cushion before, a
 * way forward after) and keeps the seller's other words, and the `keep` words when given (also en/refusal-case-table.ts).
 */
export function keepsTheRest(text: string, f: Finding, keep?: string): void {
  f.suggestions.forEach((s, k) => {
    for (const e of suggestionEdits(f, s)) {
      expect(e.start).toBeGreaterThanOrEqual(f.start);
      expect(e.end).toBeLessThanOrEqual(f.end);
    }
    const after = applySuggestion(text, f, k);
    expect(after.slice(0, f.start)).toBe(text.slice(0, f.start));
    expect(after.slice(after.length - (text.length - f.end))).toBe(text.slice(f.end));
    if (keep !== undefined) expect(after).toContain(keep);
  });
}

export function quotedRefusals(engine: Pick<Engine, 'analyze'>, options: { suggestions?: boolean } = {}) {
  const refusals = (subject: string, body: string, recipient: 'client' | 'internal' = 'client') =>
    engine.analyze({ subject, body, kind: 'email', context: { recipient, firstContact: false, now: '2026-05-01' } })
      .filter((f) => f.category === 'blunt-refusal');

  /** A blunt-refusal finding overlaps the case's quote. */
  function flags([subject, body, quote, recipient]: QuotedRefusal) {
    const found = refusals(subject, body, recipient);
    const inSubject = subject.includes(quote!);
    const text = inSubject ? subject : body;
    const at = text.indexOf(quote!);
    expect(at).toBeGreaterThanOrEqual(0);
    const over = found.filter((f) => (f.field === 'subject') === inSubject && f.start < at + quote!.length && at < f.end);
    expect(over.length, found.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`).join('\n')).toBeGreaterThan(0);
    if (options.suggestions) for (const f of over) keepsTheRest(text, f);
  }
  /** No blunt-refusal finding. */
  function leaves([subject, body, , recipient]: QuotedRefusal) {
    expect(refusals(subject, body, recipient).map((f) => `${f.ruleId}: ${body.slice(f.start, f.end)}`)).toEqual([]);
  }
  /**
   * One test per refusal ("flags …") and per near miss ("leaves …"), named by `name` (by default the subject and the
   * case's index).
   */
  function table(refused: readonly QuotedRefusal[], clean: readonly QuotedRefusal[], name?: (c: QuotedRefusal) => string) {
    if (name) {
      it.each(refused.map((c) => [name(c), c] as const))('flags %s', (_n, c) => flags(c));
      it.each(clean.map((c) => [name(c), c] as const))('leaves %s', (_n, c) => leaves(c));
    } else {
      it.each(refused.map((c) => [...c]))('flags %s %#', (...c) => flags(c as QuotedRefusal));
      it.each(clean.map((c) => [...c]))('leaves %s %#', (...c) => leaves(c as QuotedRefusal));
    }
  }
  return { refusals, flags, leaves, table };
}
