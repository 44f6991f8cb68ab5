// Round 30: the sentence splitter after English abbreviations, as a class (abbreviations.ts). Round 29's read miss
// was "Cat. No. NB-4512" cut into "Cat." and a bare "No."; these are the class in other words and places — codes,
// pages, phone numbers, company names, times, initials, decimals, ellipses, in bullets, tables, subjects and after
// Japanese — and the near misses where the abbreviation does end a sentence.
import { describe, expect, it } from 'vitest';
import { ABBREVIATION_ENTRIES } from '../../../src/engine/abbreviations';
import { segment } from '../../../src/engine/segment';

const texts = (t: string) => segment(t).sentences.map((s) => s.text);

/** Each line must come out as one sentence. */
const ONE = [
  'We can ship our version (Cat. No. NB-4512) from Kobe within two days.',
  'Cat. No. NB-4512 is out of stock until May.',
  '- Cat. No. AB-12, 50 kits',
  '| Cat. No. NB-4512 | 50 kits | in stock |',
  'Subject: Re: Cat. No. NB-4512 availability',
  'Please quote Ref. AB-12 when you pay.',
  'Under Art. 5 of the agreement the price is fixed.',
  'The wiring is shown in Fig. 3 and Fig. 4 of the manual.',
  'See Vol. 2, p. 45 for the test method.',
  'The method is on pp. 12–14 of the dossier.',
  'The batch weighs approx. 50 kg.',
  'The batch weighs ca. 300 kg in total.',
  'The price is USD 500 excl. VAT and incl. EXW packing.',
  'Please call ext. 204 for the lab.',
  'Tel. +81 3 1234 5678, Fax. +81 3 1234 5679',
  'Our partner ABC Co. Ltd. will ship the order.',
  'Nemawashi Trading Co. Ltd. has moved to Osaka.',
  'Acme Inc. Sales will contact you.',
  'The call is at 10 a.m. Tokyo time on Monday.',
  'We land at 3 p.m. JST and come straight to you.',
  'Our U.S. Office will send the invoice.',
  'Delivery on Jan. 15 is confirmed.',
  'Mr. J. Smith will visit your plant.',
  'J. R. Smith from our lab will join.',
  'We met John F. Kennedy at the fair.',
  'Cc: T. Yamada and K. Mori, our buyers.',
  'Dr. Haddad and Prof. Tanaka will join the call.',
  'Small orders, e.g. Five kits, ship from Kobe.',
  'The office on St. Mark Street is closed.',
  'Version 2.5.1 fixes the export, and 3.0 is due in June.',
  'The yield rose from 92.5 to 96.1 percent.',
  'The price is ... 20% higher than last year.',
  'We were thinking… maybe next week instead.',
  'Item No. 3 is back in stock.',
  'Order Nos. 11 and 12 ship together.',
  'See Sec. 4 and Ver. 3 of the spec.',
  '担当は本社のMs. Linda Parkに変わります。',
  'お問い合わせのCat. No. NB-4512は在庫がございます。',
];

/** Each text and the sentences it must come out as. */
const SPLIT: Array<[string, string[]]> = [
  ['Is it free? No. We charge for the second visit.', ['Is it free?', 'No.', 'We charge for the second visit.']],
  ['Thanks for the question.\nNo. We only ship complete pallets.', ['Thanks for the question.', 'No.', 'We only ship complete pallets.']],
  ['We will call at 10 a.m. Please confirm.', ['We will call at 10 a.m.', 'Please confirm.']],
  ['We send samples, brochures, etc. We hope they help.', ['We send samples, brochures, etc.', 'We hope they help.']],
  ['The order was placed with Acme Inc. Their plant is in Ohio.', ['The order was placed with Acme Inc.', 'Their plant is in Ohio.']],
  ['Our office is on Main St. We open at nine.', ['Our office is on Main St.', 'We open at nine.']],
  ['We prefer Option B. We hope that works.', ['We prefer Option B.', 'We hope that works.']],
  ['Please use Plan B. Thanks.', ['Please use Plan B.', 'Thanks.']],
  ['The booth is in Hall C. Visitors enter from the east.', ['The booth is in Hall C.', 'Visitors enter from the east.']],
  ['We chose Type A. Delivery is in May.', ['We chose Type A.', 'Delivery is in May.']],
  ['Wait... Fine, we will do it.', ['Wait...', 'Fine, we will do it.']],
  ['We shipped it yesterday. No. 3 line restarts Monday.', ['We shipped it yesterday.', 'No. 3 line restarts Monday.']],
  ['Please ask our Sales Dept. They will reply today.', ['Please ask our Sales Dept.', 'They will reply today.']],
  ['The meeting ends at 4 p.m. Could you send the agenda?', ['The meeting ends at 4 p.m.', 'Could you send the agenda?']],
  ['NO. WE CANNOT SHIP.', ['NO.', 'WE CANNOT SHIP.']],
];

describe('sentence splitting after English abbreviations (abbreviations.ts)', () => {
  it.each(ONE.map((t) => [t]))('one sentence: %s', (text) => {
    expect(texts(text)).toEqual([text]);
  });

  it.each(SPLIT)('split: %s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it("each dictionary entry's own examples: has stays one sentence a line, hasNot is split", () => {
    for (const entry of ABBREVIATION_ENTRIES) {
      for (const t of entry.has) expect(texts(t), t).toHaveLength(t.split('\n').length);
      for (const t of entry.hasNot) expect(texts(t).length, t).toBeGreaterThan(t.split('\n').length);
    }
  });

  it('keeps offsets exact around merged abbreviations', () => {
    const text = 'Dear Ms. Ito,\nCat. No. NB-4512   ships Tue. We will call at 10 a.m. Please confirm.';
    for (const s of segment(text).sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
