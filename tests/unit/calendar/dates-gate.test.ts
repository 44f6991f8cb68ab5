// The dates annotator runs chrono's English parser only on text with an ASCII letter or a digit with a separator
// after it, and its Japanese parser only on text with a character beyond ASCII or a digit with a colon, slash or
// hyphen after it (PARSER_NEEDS in dates.ts): a
// parser that cannot match is not run. These tests check that this changes no slot: on every string
// literal of the calendar tests (every date form their tables cover) and every line and sentence of the
// evaluation corpora, the shared sample and the clean mails, the slots equal those of running both parsers.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDates, analyzeDatesWith, datesAnnotator, PARSER_NEEDS } from '../../../src/engine/analysis/dates';
import { FactStore } from '../../../src/engine/analysis/facts';
import type { Sentence } from '../../../src/engine/types';
import { createParsers } from '../../../src/engine/analysis/dates-chrono';
import { enNamedDay, jaNamedDay, mayNameDay } from '../../../src/engine/analysis/dates-named';

const ROOT = join(__dirname, '../../..');
/** Text with no ASCII letter that chrono's English parser reads (clocks, ranges, slash, ISO and year-first dates, an offset). */
const LETTERLESS_READ = ['10:00〜11:00', '12/5', '2026-04-27', '〒103-0013 東京都中央区日本橋人形町2-7-10', '10〜12', '9.30〜10.30', '2026 4 27', '2026/4/27', '3/2026', '21 +09'];
/** ASCII text with no letter or with one that the Japanese parser reads (clocks, slash and ISO dates). */
const ASCII_READ = ['10:00', '12/5', '2026-04-27', 'at 10 : 30', '12|5'];
const DAYS = ['2025-12-01', '2026-04-27'];

/** Every quoted string of the calendar tests (their tables of date forms), escapes read as written. */
function tableStrings(): string[] {
  const dir = join(ROOT, 'tests/unit/calendar');
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const src = readFileSync(join(dir, f), 'utf8');
    for (const m of src.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)) {
      const raw = m[1] ?? m[2]!;
      try {
        out.push(JSON.parse(`"${raw.replace(/\\'/g, "'").replace(/(?<!\\)"/g, '\\"')}"`) as string);
      } catch {
        out.push(raw);
      }
    }
  }
  return out;
}

/** Each mail's subject and body, cut into lines and into sentences, with the day the mail is written. */
function corpusStrings(): Array<[string, string]> {
  const files = [
    ...readdirSync(join(ROOT, 'docs/evaluation')).flatMap((d) => {
      const dir = join(ROOT, 'docs/evaluation', d);
      return existsSync(dir) && !d.includes('.') ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => join(dir, f)) : [];
    }),
    join(ROOT, 'tests/corpus/clean-mails.jsonl'),
    join(ROOT, '../shared/corpus/sample.jsonl'),
  ].filter((f) => existsSync(f));
  const seen = new Set<string>();
  const out: Array<[string, string]> = [];
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const mail = JSON.parse(line) as { subject?: string; body?: string; context?: { now?: string } };
      const now = mail.context?.now ?? DAYS[0]!;
      for (const text of `${mail.subject ?? ''}\n${mail.body ?? ''}`.split('\n')) {
        for (const piece of [text, ...text.split(/(?<=[。！？!?]|\.\s)/)]) {
          const key = `${now}\u0001${piece}`;
          if (!piece.trim() || seen.has(key)) continue;
          seen.add(key);
          out.push([piece, now]);
        }
      }
    }
  }
  return out;
}

const same = (text: string, now: string) =>
  expect(JSON.stringify(analyzeDatesWith(text, now, true)), `«${text}» on ${now}`).toBe(JSON.stringify(analyzeDatesWith(text, now, false)));

describe('dates: a parser is run only on text it can read', () => {
  it('every string of the calendar tables gives the slots of running both parsers', () => {
    const strings = [...new Set(tableStrings())];
    expect(strings.length).toBeGreaterThan(1000);
    for (const text of strings) for (const now of DAYS) same(text, now);
  });

  it('every line and sentence of the corpora gives the slots of running both parsers', () => {
    const strings = corpusStrings();
    expect(strings.length).toBeGreaterThan(5000);
    for (const [text, now] of strings) same(text, now);
  });

  it('a parser reads nothing in text without the characters it needs', () => {
    const parsers = createParsers();
    const ref = new Date(2025, 11, 1);
    const texts = [
      ...tableStrings(),
      ...corpusStrings().map(([t]) => t),
      // Look-alikes: fullwidth letters and digits, the long s and the Kelvin sign (which fold to ASCII under
      // Unicode case folding), Japanese without a digit.
      'ＭＯＮＤＡＹ　ＤＥＣ　１２　ａｔ　１０：００', 'ſunday ſept \u212Aelvin', '（月）（火）　ご都合はいかがでしょうか。',
      'See you next week on Monday at noon, or tomorrow morning.', 'the end of the month, half past ten',
      // Round 44: a figure without a letter (for English) or without a character beyond ASCII (for Japanese).
      '309台以上のご注文で', '160件すべてにおいて', '21件', '0120 123 456', 'No. 12 34 56', '２０２６年４月２７日', '12|5',
      ...LETTERLESS_READ, ...ASCII_READ,
    ];
    let read = 0;
    for (const lang of ['ja', 'en'] as const) {
      for (const text of texts) {
        const results = parsers[lang].parse(text, ref, { forwardDate: true });
        if (!PARSER_NEEDS[lang].test(text)) expect(results, `${lang} on «${text}»`).toEqual([]);
        else read += results.length;
      }
    }
    // The check is not vacuous: the same parsers read plenty where their characters are.
    expect(read).toBeGreaterThan(1000);
  });

  it('the narrower gates still pass what each parser reads without a letter or without a character beyond ASCII', () => {
    const parsers = createParsers();
    const ref = new Date(2025, 11, 1);
    for (const text of LETTERLESS_READ) {
      expect(parsers.en.parse(text, ref, { forwardDate: true }).length, `en on «${text}»`).toBeGreaterThan(0);
      expect(PARSER_NEEDS.en.test(text), text).toBe(true);
    }
    for (const text of ASCII_READ) {
      expect(parsers.ja.parse(text, ref, { forwardDate: true }).length, `ja on «${text}»`).toBeGreaterThan(0);
      expect(PARSER_NEEDS.ja.test(text), text).toBe(true);
    }
    for (const text of ['309台以上のご注文で', '21件', '2026年']) expect(PARSER_NEEDS.en.test(text), text).toBe(false);
    for (const text of ['Order 309 units', 'in 21 days']) expect(PARSER_NEEDS.ja.test(text), text).toBe(false);
  });

  it('a sentence read again from an anchor out of the store gives the slots of reading it afresh from that anchor', () => {
    // Round 44: datesAnnotator(day, anchor, store) anchors the unanchored reading's slots instead of parsing again.
    const anchors = [{ y: 2026, m: 5, d: 4 }];
    const strings = [...tableStrings().map((t) => [t, DAYS[0]!] as [string, string]), ...corpusStrings()];
    let open = 0;
    for (const [text, now] of strings) {
      const store = new FactStore();
      const s = { text, start: 0, end: text.length, lang: 'ja', line: 0 } as Sentence;
      const plain = store.of(datesAnnotator(now), s);
      if (plain.open) open++;
      for (const anchor of anchors) {
        const fromStore = store.of(datesAnnotator(now, anchor, store), s);
        expect(JSON.stringify(fromStore), `«${text}» on ${now} from ${JSON.stringify(anchor)}`).toBe(JSON.stringify(analyzeDates(text, now, anchor)));
      }
      // Anchoring leaves the unanchored reading as it was.
      expect(JSON.stringify(plain), text).toBe(JSON.stringify(analyzeDates(text, now)));
    }
    // Not vacuous: many of these sentences have a date by reference that waits for an anchor.
    expect(open).toBeGreaterThan(50);
  });

  it('the named-day parser is left out only where it reads nothing: text that names no day (mayNameDay false)', () => {
    const parsers = createParsers();
    const ref = new Date(2025, 11, 1);
    for (const lang of ['ja', 'en'] as const) {
      const named = lang === 'ja' ? jaNamedDay : enNamedDay;
      expect(parsers[lang].parsers).toContain(named);
      expect(parsers.unnamed[lang].parsers).not.toContain(named);
      expect(parsers.unnamed[lang].parsers.length).toBe(parsers[lang].parsers.length - 1);
    }
    const only = (lang: 'ja' | 'en') => {
      const c = createParsers()[lang].clone();
      c.parsers = [lang === 'ja' ? jaNamedDay : enNamedDay];
      return c;
    };
    const alone = { ja: only('ja'), en: only('en') };
    let read = 0;
    for (const text of [...tableStrings(), ...corpusStrings().map(([t]) => t)]) {
      for (const lang of ['ja', 'en'] as const) {
        const results = alone[lang].parse(text, ref, { forwardDate: true });
        if (!mayNameDay(text)) expect(results, `${lang} on «${text}»`).toEqual([]);
        else read += results.length;
      }
    }
    // Not vacuous: the named-day parser reads the calendar tables' holidays and periods.
    expect(read).toBeGreaterThan(50);
    // And a named day is still read through the annotator (the gate passes it to the full parser).
    expect(analyzeDatesWith('海の日に伺ってもよろしいでしょうか。', '2026-04-27', true).slots.length).toBeGreaterThan(0);
    expect(analyzeDatesWith('Could we meet on Marine Day?', '2026-04-27', true).slots.length).toBeGreaterThan(0);
  });

  it('no parser pattern is a Unicode one (under which non-ASCII letters fold to ASCII)', () => {
    const parsers = createParsers();
    const context = { option: {}, refDate: new Date(), reference: { instant: new Date() } };
    for (const lang of ['ja', 'en'] as const) {
      for (const p of parsers[lang].parsers) {
        const re = (p as { pattern(c: unknown): RegExp }).pattern(context);
        expect(re.flags, `${lang}: /${re.source.slice(0, 60)}…/`).not.toMatch(/[uv]/);
      }
    }
  });
});
