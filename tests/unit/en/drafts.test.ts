// The English rules on whole drafts written for these tests: clean mail stays silent, flawed mail is
// flagged on its quote, and every suggestion, once applied, reads cleanly and settles the finding.
import { describe, expect, it } from 'vitest';
import { applySuggestion } from '../../../src/engine/apply';
import { Engine } from '../../../src/engine/engine';
import type { Finding } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';
import { CLEAN, FLAWED, type OwnDraft } from './drafts';

const engine = new Engine({ rules: englishRules });
const analyse = (d: OwnDraft) => engine.analyze(d);
const overlaps = (f: Finding, s: number, e: number) => f.start < e && f.end > s;

/** Text that reads badly after a replacement: doubled spaces, a space before punctuation, a lower-case sentence start. */
function proseProblems(text: string): string[] {
  const problems: string[] = [];
  for (const line of text.split('\n')) {
    if (/\S {2,}\S/.test(line)) problems.push(`double space: ${line}`);
    if (/\s[,.;:!?](?!\d)/.test(line)) problems.push(`space before punctuation: ${line}`);
    if (/[.!?]\s+[a-z]/.test(line)) problems.push(`lower-case sentence start: ${line}`);
    if (/^[a-z]/.test(line.trim())) problems.push(`line starts in lower case: ${line}`);
    if (/\.\./.test(line) || /,\./.test(line)) problems.push(`doubled punctuation: ${line}`);
  }
  return problems;
}

it('has at least 25 drafts of its own', () => {
  expect(CLEAN.length + FLAWED.length).toBeGreaterThanOrEqual(25);
  expect(CLEAN.length).toBeGreaterThanOrEqual(15);
});

describe.each(CLEAN.map((d) => [d.name, d] as const))('clean: %s', (_name, draft) => {
  it('raises no finding', () => {
    const found = analyse(draft).map((f) => `${f.ruleId}: «${draft.body.slice(f.start, f.end)}» (${f.field})`);
    expect(found).toEqual([]);
  });
});

describe.each(FLAWED.map((d) => [d.name, d] as const))('flawed: %s', (_name, draft) => {
  const findings = analyse(draft);
  const body = findings.filter((f) => f.field === 'body');

  it('is flagged on every expected quote, and nowhere else in the body', () => {
    for (const e of draft.expect) {
      const s = draft.body.indexOf(e.quote);
      expect(s, `quote «${e.quote}» is in the body`).toBeGreaterThanOrEqual(0);
      const hit = body.some((f) => f.category === e.category && overlaps(f, s, s + e.quote.length));
      expect(hit, `${e.category} on «${e.quote}»; got ${JSON.stringify(body.map((f) => [f.category, draft.body.slice(f.start, f.end)]))}`).toBe(true);
    }
    const unexpected = body.filter(
      (f) => !draft.expect.some((e) => {
        const s = draft.body.indexOf(e.quote);
        return e.category === f.category && overlaps(f, s, s + e.quote.length);
      }),
    );
    expect(unexpected.map((f) => `${f.ruleId}: «${draft.body.slice(f.start, f.end)}»`)).toEqual([]);
  });

  it('carries messages and rationale in English and Japanese, and at least one suggestion', () => {
    for (const f of findings) {
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.messageJa).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(f.rationaleJa).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(f.suggestions.length).toBeGreaterThan(0);
    }
  });

  it('reads cleanly after each suggestion, and the suggestion settles the finding', () => {
    for (const f of body) {
      f.suggestions.forEach((sug, i) => {
        const fixed = applySuggestion(draft.body, f, i);
        expect(proseProblems(fixed), `after «${sug.text}»`).toEqual([]);
        const again = engine
          .analyze({ ...draft, body: fixed })
          .filter((g) => g.field === 'body' && g.ruleId === f.ruleId && overlaps(g, f.start, f.start + sug.text.length));
        expect(again.map((g) => fixed.slice(g.start, g.end)), `after «${sug.text}»`).toEqual([]);
      });
    }
  });
});
