// Round 22 (r22-ennews): English bad news given as figures, counts and status lines, with no apology, reason or offer
// to meet (/work/BRIEF22.md). Read as structure (en-news-part.ts): a part of a whole with a fault or a loss (WordNet's
// FAULT nouns and LOSE verbs), nothing left of what we supply, a measured value on the wrong side of a committed one, our
// goods that missed a carriage, a quarter with its fiscal year moved later, a meeting put off with its date left open, a
// figure of our goods changed from a time on. Our own wordings in different shapes, then the near misses that must stay
// clean: the same figures with an apology, a reason and an offer; good news as figures; neutral specs; the reader's own
// figures; counts of nothing; a fault put right; internal mail. The categories raised must be exactly the expected.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';
import { categoryTables, type Case } from './category-table';
import { enNakamura as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-10-19' };

// P: a part of a whole with a fault or a loss said of it, before or after the part, in any tense.
const P_PART_FELL_SHORT: Case[] = [
  ['bad-news', C, mail('12 of the 60 HS-3 probes have battery failure (cell voltage under 3.1 V).')],
  ['bad-news', C, mail('The data from 9 of your 25 loggers between 18 and 24 May is lost.')],
  ['bad-news', C, mail('Readings from 6 of the 30 meters were lost during the migration.')],
  ['bad-news', C, mail('Battery failure on 14 of the 80 handsets.')],
  ['bad-news', C, mail('Five out of the 48 glass panels arrived cracked.')],
  ['bad-news', C, mail('The firmware update has corrupted the settings on 14 of your 80 terminals.')],
  ['bad-news', C, mail('14/80 terminals lost their settings after the update.')],
  ['bad-news', C, mail('Two of the four reactors broke down during the trial run.')],
  // Near misses: the same with an apology, a reason and an offer; a count of nothing; a fault put right; the reader's
  // finding; a part with no fault; an order confirmed; internal mail.
  ['', C, mail('12 of the 60 probes have battery failure. I am very sorry: the cells came from a faulty batch at our supplier. May I visit you next week with our QA manager to explain?')],
  ['', C, mail('0 of the 40 pumps failed the pressure test.')],
  ['', C, mail('Defects found: 0')],
  ['', C, mail('We replaced the 12 of 60 probes that had battery failure last week, free of charge.')],
  ['', C, mail('You found that 3 of the 20 sensors had corrosion on the housing.')],
  ['', C, mail('Three of the five engineers will attend the audit.')],
  ['', C, mail('Thank you for your order of 60 HS-3 probes and 12 spare batteries.')],
  ['', C, mail('The sample pack holds 12 of the 60 colours in the range.')],
  ['', { ...C, recipient: 'internal' }, 'Hi Ken,\n\n12 of the 60 probes have battery failure. Please log it.\n\nThanks,\nLauren'],
];

// Z: nothing left of what we supply, told as a zero beside availability or under a stock label.
const Z_NONE_AVAILABLE: Case[] = [
  ['bad-news', C, mail('Stock as of Dec 1: live lobster 1.25–1.5 lb — 0 available for Dec 20–28 flights.')],
  ['bad-news', C, mail('Premium A5 wagyu: 0 available for the January shipment.')],
  ['bad-news', C, mail('Stock of the 25 mm valves: zero until March.')],
  ['bad-news', C, mail('Availability: 0 units until further notice.')],
  // Near misses: a zero of something else, all of it available.
  ['', C, mail('0% interest applies for the first 12 months.')],
  ['', C, mail('All 30 cases shipped today; the tracking numbers are attached.')],
  ['', C, mail('Stock: 240 units, all available for your January order.')],
];

// M: a measured value on the wrong side of what we committed to, whichever side is better for the measure.
const M_BELOW_COMMITMENT: Case[] = [
  ['bad-news', C, mail('Measured availability for June: 99.62% (commitment: 99.90%).')],
  ['bad-news', C, mail('Uptime in Q3: 99.1% against the 99.5% SLA.')],
  ['bad-news', C, mail('Average response time in May: 6.2 hours (target: 4 hours).')],
  ['bad-news', C, mail('Mean time to repair in October: 9 hours (SLA: 4 hours).')],
  ['bad-news', C, mail('Actual uptime 98.7% vs. 99.5% contracted.')],
  // Near misses: above the commitment, a lasting measure over its floor, the reader's own rate.
  ['', C, mail('Measured availability for June: 99.97% (commitment: 99.90%).')],
  ['', C, mail('Battery life: 10 hours (guaranteed: 8 hours).')],
  ['', C, mail('Your on-time payment rate for Q2: 82% (target: 95%).')],
  ['', C, mail('We achieved 99.95% uptime in June against a 99.9% SLA.')],
  ['', C, mail('Haze: 4.1% (your requirement: ≤ 6%)')],
  // Terms, not a measurement (round 22, X's SLA table): a figure after the commitment word's comma is another clause's.
  ['', C, mail('| Service credit | 10% of monthly fee per 0.1% below target, capped at 30% |')],
  ['', C, mail('Credit: 10% of the monthly fee if availability falls below target; capped at 50%.')],
];

// T: a time missed or moved later: a carriage missed, a quarter with its fiscal year, a meeting put off with no date.
const T_TIME_MISSED: Case[] = [
  ['bad-news', C, mail('Container MSCU 552210 missed the Oct 9 vessel. It is now on the Oct 23 sailing.')],
  ['bad-news', C, mail('The shipment missed the cut-off and will leave next week.')],
  ['bad-news', C, mail('Your order missed this week\'s truck.')],
  ['bad-news', C, mail('GA for the Tokyo region has moved from Q3 FY26 to Q2 FY27.')],
  ['bad-news', C, mail('Contract review meeting: moved to Q4, date TBC')],
  // Near misses: a quarter brought forward across the year, a miss to avoid, a meeting moved to a slot as asked.
  ['', C, mail('GA for the Tokyo region has moved from Q2 FY27 to Q3 FY26.')],
  ['', C, mail('To avoid missing the Oct 9 vessel, we will pack your order on Monday.')],
  ['', C, mail('The container made the Oct 9 vessel as planned.')],
  ['', C, mail('We moved the contract review meeting to Thursday 14 May at 10:00, as you asked.')],
];

// S: a figure of our goods changed from a time on, with no better side to judge it by, or a lasting measure shortened.
const S_SPEC_CHANGED: Case[] = [
  ['bad-news', C, mail('Also, from the July shipments the scallop glaze will change from 10% to 15%.')],
  ['bad-news', C, mail('From April the shelf life of the sauce will change from 24 months to 18 months.')],
  // Near misses: a gain that grows, a change the reader asked for, a change told as history.
  ['', C, mail('From April the discount will change from 5% to 8%.')],
  ['', C, mail('As you requested, from the July shipments the glaze will change from 10% to 15%.')],
  ['', C, mail('The glaze changed from 10% to 15% in 2019.')],
];

// N: neutral specs and good news as figures (set X's false alarms).
const N_NOT_NEWS: Case[] = [
  ['', C, mail('The v7 agent is GA as of today. v6 had some memory leaks on Windows Server 2016, and v7 fixes all of that.')],
  ['', C, mail('The connector switch takes about 90 minutes, during which alerts are buffered (max 2 hours, 50 GB) and replayed afterwards; no events are lost within those limits.')],
  ['', C, mail('Unit price: ¥4,150 → ¥3,600 per endpoint/year')],
];

categoryTables([
  ['P a part of a whole with a fault or a loss', P_PART_FELL_SHORT],
  ['Z nothing left of what we supply', Z_NONE_AVAILABLE],
  ['M a measured value short of its commitment', M_BELOW_COMMITMENT],
  ['T a time missed or moved later', T_TIME_MISSED],
  ['S a figure of our goods changed from a time on', S_SPEC_CHANGED],
  ['N neutral specs and good news as figures', N_NOT_NEWS],
]);

// The notice's fix keeps the seller's figures inside an apology and an offer to explain (findings.md).
describe('the suggestion keeps the figures', () => {
  const engine = new Engine({ rules: englishRules });
  it.each([
    ['12 of the 60 HS-3 probes have battery failure (cell voltage under 3.1 V).', '12 of the 60'],
    ['Measured availability for June: 99.62% (commitment: 99.90%).', '99.62%'],
  ])('%s', (sentence, figure) => {
    const body = mail(sentence);
    const finding = engine.analyze({ body, context: C }).find((f) => f.ruleId === 'en.bad-news.blunt-notice');
    expect(finding).toBeDefined();
    const outputs = (finding!.suggestions ?? []).map((s) => ('text' in s ? s.text : JSON.stringify(s)));
    expect(outputs.length).toBeGreaterThan(0);
    expect(outputs.some((o) => o.includes(figure) && /sorry|apologi[sz]e/i.test(o) && /call|visit|explain/i.test(o))).toBe(true);
  });
});
