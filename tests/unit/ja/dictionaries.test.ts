// The Japanese phrase data: valid against its schema, unique ids, every pattern compiles, and every entry that
// is shown to a user carries a suggestion with labels in both languages.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BAD_NEWS, CASUAL, COLD_OUTREACH, CUSHIONS, GREETINGS, KEIGO, NEWS, PRESSURE, RAW_DICTIONARIES, REFUSALS,
} from '../../../src/rules/ja/lib/dictionaries';
import { storedEntryMatches } from '../../../src/rules/ja/lib/pressure';
import { isWordClass } from '../../../src/rules/word-class';

/** Every array of objects with an `id` anywhere in a dictionary, with its path. */
function idLists(value: unknown, path: string, out: Array<[string, string[]]>): void {
  if (Array.isArray(value)) {
    const ids = value.filter((v) => v && typeof v === 'object' && 'id' in v).map((v) => (v as { id: string }).id);
    if (ids.length) out.push([path, ids]);
    value.forEach((v, i) => idLists(v, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) idLists(v, `${path}.${k}`, out);
  }
}

describe('Japanese dictionaries', () => {
  it('loads every file in dictionaries/ja', () => {
    const files = readdirSync(join(__dirname, '../../../dictionaries/ja')).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(RAW_DICTIONARIES).sort());
  });

  it.each(Object.entries(RAW_DICTIONARIES))('%s: ids are unique within each list', (_name, raw) => {
    const lists: Array<[string, string[]]> = [];
    idLists(raw, '', lists);
    for (const [path, ids] of lists) expect(new Set(ids).size, `duplicate id in ${path}`).toBe(ids.length);
  });

  it.each(Object.entries(RAW_DICTIONARIES))('%s: phrase lists hold no duplicates or blanks', (_name, raw) => {
    for (const [key, entry] of Object.entries(raw as Record<string, unknown>)) {
      // A word class (src/rules/word-class.ts) holds its list under `phrases`.
      const value = isWordClass(entry) ? entry.phrases : entry;
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) continue;
      const list = value as string[];
      expect(list.every((p) => p.trim() === p && p.length > 0), `${key} has a blank or padded phrase`).toBe(true);
      expect(new Set(list).size, `${key} has a duplicate phrase`).toBe(list.length);
    }
  });

  it('has cushion words', () => {
    expect(CUSHIONS).toContain('恐れ入りますが');
    expect(CUSHIONS).toContain('あいにく');
  });

  it('every refusal has a softened form in both politeness levels, and its patterns compile', () => {
    for (const e of REFUSALS.entries) {
      expect(() => new RegExp(e.predicate), e.id).not.toThrow();
      if (e.before) expect(() => new RegExp(e.before!.replace('{ACTION}', 'x')), e.id).not.toThrow();
      expect(e.polite).toMatch(/[ぁ-ん]/);
      expect(e.plain).toMatch(/[ぁ-ん]/);
      // The softened form is never itself a flat refusal — unless the predicate is softened already and only
      // lacks its cushion (the rule's suggestions add it; rule-examples re-checks them).
      // (貴社のご負担となります is as polite as it gets: what it lacks is the cushion, as …かねます does.)
      if (e.softenedByCushion) expect(e.predicate).toMatch(/かね|ご負担/);
      else expect(e.polite).not.toMatch(new RegExp(e.predicate));
    }
  });

  it('every casual form and pressure phrase has a message in both languages and a labelled suggestion', () => {
    for (const e of [...CASUAL.entries, ...PRESSURE.entries]) {
      if (e.pattern) expect(() => new RegExp(e.pattern!, 'u'), e.id).not.toThrow();
      expect(e.message.en.length).toBeGreaterThan(4);
      expect(e.message.ja).toMatch(/[ぁ-ん]/);
      expect(e.suggestions.length).toBeGreaterThan(0);
      for (const s of e.suggestions) {
        expect(s.label.length).toBeGreaterThan(1);
        expect(s.labelJa).toMatch(/[ぁ-んァ-ン一-龥]/);
      }
    }
  });

  it('a casual form is not matched by its own suggestion', () => {
    for (const e of CASUAL.entries) {
      const re = new RegExp(e.pattern!, 'u');
      for (const s of e.suggestions) if (s.text) expect(re.test(s.text.replace(/\$\d/g, 'て')), `${e.id}: ${s.text}`).toBe(false);
    }
  });

  it('every kind of news has an apology lead; offers are phrasings, not instructions', () => {
    for (const e of NEWS.entries) expect(BAD_NEWS.leads[e.kind], e.kind).toBeTruthy();
    for (const o of BAD_NEWS.offers) expect(o.text).toMatch(/存じます$/);
  });

  it('cold-outreach suggestions are whole polite sentences', () => {
    for (const s of [...COLD_OUTREACH.pitchSuggestions, ...COLD_OUTREACH.openingSuggestions, ...COLD_OUTREACH.questionSuggestions, ...COLD_OUTREACH.noReplySuggestions]) {
      expect(s.text).toMatch(/(?:です|ます|ください|でしょうか)$/);
      expect(s.labelJa.length).toBeGreaterThan(1);
    }
  });

  it('greeting suggestions end as sentences', () => {
    for (const s of [...GREETINGS.openingSuggestions.client, ...GREETINGS.openingSuggestions.firstContact, ...GREETINGS.closingSuggestions]) {
      expect(s.text).toMatch(/。$/);
    }
  });

  it('keigo data: every respect verb has a humble counterpart and the humble+させていただく forms compile', () => {
    for (const r of KEIGO.respectVerbs) expect(r.humble.length).toBeGreaterThan(0);
    for (const h of KEIGO.humbleWithSaseteItadaku) expect(() => new RegExp(h.pattern)).not.toThrow();
    for (const r of KEIGO.humbleRequests) expect(r.suggestions.every((s) => /ください|ますか$/.test(s))).toBe(true);
  });
});

describe('pressure entries show and refute themselves', () => {
  it.each(PRESSURE.entries.filter((e) => e.pattern).map((e) => [e.id, e] as const))('%s', (_id, e) => {
    for (const t of e.has ?? []) expect(storedEntryMatches(e, t), `${e.id} matches «${t}»`).toBe(true);
    for (const t of e.hasNot ?? []) expect(storedEntryMatches(e, t), `${e.id} leaves «${t}»`).toBe(false);
  });
});
