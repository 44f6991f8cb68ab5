// The scorer's semantics (../shared/tools/score-corpus.mjs), in-process: a draft meets an expectation when a
// finding of that category overlaps the quote's first occurrence in the body; a clean draft raises nothing.
import type { DraftInput, Finding } from '../../src/engine/types';

/** A labelled draft: the spec's draft plus what a reviewer expects flagged. */
export type CorpusCase = DraftInput & {
  id: string;
  lang?: string;
  expect: Array<{ category: string; quote: string }>;
};

export interface Score {
  perCategory: Record<string, { expected: number; hit: number }>;
  misses: string[];
  cleanFlagged: string[];
  clean: number;
  findings: number;
  matched: number;
}

export function score(cases: CorpusCase[], analyze: (c: CorpusCase) => Finding[]): Score {
  const s: Score = { perCategory: {}, misses: [], cleanFlagged: [], clean: 0, findings: 0, matched: 0 };
  for (const c of cases) {
    const findings = analyze(c);
    const body = findings.filter((f) => f.field === 'body');
    const spans = c.expect.map((e) => ({ ...e, s: c.body.indexOf(e.quote), e: c.body.indexOf(e.quote) + e.quote.length }));
    for (const sp of spans) {
      const cat = (s.perCategory[sp.category] ??= { expected: 0, hit: 0 });
      cat.expected++;
      if (sp.s >= 0 && body.some((f) => f.category === sp.category && f.start < sp.e && f.end > sp.s)) cat.hit++;
      else s.misses.push(`${c.id} ${sp.category}: «${sp.quote.slice(0, 60)}»`);
    }
    s.findings += findings.length;
    s.matched += findings.filter((f) => f.field === 'body' && spans.some((sp) => sp.category === f.category && f.start < sp.e && f.end > sp.s)).length;
    if (c.expect.length === 0) {
      s.clean++;
      if (findings.length) s.cleanFlagged.push(`${c.id}: ${findings.map((f) => `${f.ruleId} «${(f.field === 'body' ? c.body : c.subject ?? '').slice(f.start, f.end)}»`).join(', ')}`);
    }
  }
  return s;
}
