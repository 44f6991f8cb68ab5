// The ReDoS check (issue 15): every regular expression of the engine, the rules and the dictionaries is
// analysed by recheck (automaton and fuzz analysis). None may take exponential time. One that takes
// polynomial time is allowed only where listed in allowed-polynomial.json with the reason; anything else
// fails here. recheck takes seconds per long dictionary alternation, so verdicts.json keeps the verdict of
// each pattern already analysed (keyed by flags and source: a changed or new pattern is analysed here, live).
// Regenerate it by deleting an entry; never by hand-editing a verdict.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'recheck';
import { beforeAll, describe, expect, it } from 'vitest';
import { allPatterns, type Pattern } from './patterns';

const VERDICTS: Record<string, { status: string; complexity: string | null }> = JSON.parse(readFileSync(join(__dirname, 'verdicts.json'), 'utf8'));
const ALLOWED: Array<{ source: string; why: string }> = JSON.parse(readFileSync(join(__dirname, 'allowed-polynomial.json'), 'utf8'));

let patterns: Pattern[] = [];
beforeAll(async () => {
  patterns = await allPatterns();
}, 300_000);

describe('ReDoS check over every pattern of the engine, rules and dictionaries', () => {
  it('finds the patterns (literals and those built from dictionaries at run time)', () => {
    expect(patterns.filter((p) => p.where !== 'runtime').length).toBeGreaterThan(150);
    expect(patterns.filter((p) => p.where === 'runtime').length).toBeGreaterThan(100);
  });

  it('flags a known-bad pattern (the check itself works)', async () => {
    // The automaton checker decides by analysis, not by a fuzzer racing the clock, so the verdicts do not
    // depend on the machine's load (the hybrid default once called a safe pattern vulnerable under load).
    const judge = (source: string, flags: string) => check(source, flags, { checker: 'automaton', timeout: 60_000 });
    expect((await judge('^(a+)+$', '')).status).toBe('vulnerable');
    expect((await judge('(\\p{Lu}\\p{L}+),?\\s+Kenji', 'u')).status).toBe('vulnerable');
    expect((await judge("^(\\p{Lu}[\\p{L}'’]+),?\\s+Kenji$", 'u')).status).toBe('safe');
  });

  it('no pattern is exponential; a polynomial one only where listed with its reason', async () => {
    const bad: string[] = [];
    let live = 0;
    for (const p of patterns) {
      const flags = p.flags.replace(/[gyd]/g, '');
      let verdict = VERDICTS[`${flags}/${p.source}`];
      if (!verdict) {
        live++;
        const r = await check(p.source, flags, { timeout: 10_000 });
        verdict = { status: r.status, complexity: r.status === 'unknown' ? null : r.complexity.summary };
      }
      if (verdict.status !== 'vulnerable') continue;
      const exponential = /exponential/.test(verdict.complexity ?? '');
      const listed = ALLOWED.some((a) => a.source === p.source);
      if (exponential || !listed) bad.push(`${verdict.complexity}: /${p.source}/${p.flags} (${p.where})`);
    }
    expect(bad, `${live} pattern(s) analysed live; record them with update-verdicts.ts`).toEqual([]);
  }, 600_000);
});
