// Whole Japanese drafts through the whole engine: clean mails raise nothing at all; flawed mails raise the
// expected categories on the expected phrases; and every suggestion of every Japanese finding, once
// applied, leaves a mail that the same rule no longer flags there and that reads without doubled marks.
import { describe, expect, it } from 'vitest';
import { applySuggestion } from '../../../src/engine/apply';
import type { DraftInput, Finding } from '../../../src/engine/types';
import { CLEAN as OWN_CLEAN, EXTRA_CLEAN, EXTRA_FLAWED, FLAWED as OWN_FLAWED, type TestDraft } from './drafts';
import { nodeEngine } from '../node-engine';

const CLEAN = [...OWN_CLEAN, ...EXTRA_CLEAN];
const FLAWED = [...OWN_FLAWED, ...EXTRA_FLAWED];

const engine = nodeEngine();

const describeFinding = (body: string, f: Finding) => `${f.ruleId} «${body.slice(f.start, f.end)}»`;

describe('clean Japanese drafts raise no finding at all', () => {
  it('has at least ten clean drafts', () => expect(CLEAN.length).toBeGreaterThanOrEqual(10));
  it.each(CLEAN.map((d) => [d.name, d] as const))('%s', (_name, d) => {
    const findings = engine.analyze(d.draft);
    expect(findings.map((f) => describeFinding(f.field === 'body' ? d.draft.body : d.draft.subject ?? '', f))).toEqual([]);
  });
});

describe('flawed Japanese drafts raise the expected findings', () => {
  it('has at least ten flawed drafts', () => expect(FLAWED.length).toBeGreaterThanOrEqual(10));
  it.each(FLAWED.map((d) => [d.name, d] as const))('%s', (_name, d) => {
    const findings = engine.analyze(d.draft).filter((f) => f.field === 'body');
    for (const e of d.expect) {
      const s = d.draft.body.indexOf(e.quote);
      expect(s, `quote «${e.quote}» is in the draft`).toBeGreaterThanOrEqual(0);
      const hit = findings.some((f) => f.category === e.category && f.start < s + e.quote.length && f.end > s);
      expect(hit, `${e.category} on «${e.quote}»; got ${findings.map((f) => describeFinding(d.draft.body, f)).join(', ')}`).toBe(true);
    }
  });
});

describe('every suggestion reads correctly in place', () => {
  const all: TestDraft[] = [...CLEAN, ...FLAWED];
  it.each(all.map((d) => [d.name, d] as const))('%s', (_name, d) => {
    const findings = engine.analyze(d.draft).filter((f) => f.ruleId.startsWith('ja.') && f.field === 'body');
    for (const f of findings) {
      expect(f.suggestions.length, `${f.ruleId} offers a suggestion`).toBeGreaterThan(0);
      expect(f.rationale.length).toBeGreaterThan(10);
      expect(f.rationaleJa ?? '').toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(f.messageJa ?? '').toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      f.suggestions.forEach((sug, i) => {
        const body = applySuggestion(d.draft.body, f, i);
        expect(body, `${f.ruleId}: «${sug.text}» leaves no doubled punctuation`).not.toMatch(/。。|、、|、。|。、|がが/);
        const after = engine.analyze({ ...d.draft, body } as DraftInput);
        const end = f.start + sug.text.length;
        const again = after.filter((x) => x.ruleId === f.ruleId && x.start < Math.max(end, f.start + 1) && x.end > f.start);
        expect(again.map((x) => describeFinding(body, x)), `${f.ruleId} after «${sug.text}»`).toEqual([]);
      });
    }
  });
});
