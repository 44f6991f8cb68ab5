// Round 19 (r19-enpress): English PRESSURE written as the consequence of a deadline on a prospect
// (analysis/en-forfeit.ts). A deadline or condition on the reader's decision, and in the same or the next
// sentence what we will no longer do or what gets worse. Our own wordings, in shapes and words set R does not use;
// the near misses: a refusal of the reader's request with a date, a price rise to a client, logistics, the
// reader's own schedule, our own schedule, a standard validity, a report of the past. The categories raised must
// be exactly the expected ('' = none); the pressure finding must sit on the consequence.
import { expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';
import { categoryTables, type Case } from './category-table';
import { enSatoWalker as mail } from '../mail-wrappers';

const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-05-10' };
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-05-10' };

// F: the consequence in the next sentence ("after that", "otherwise", "if not", "any later", "past that point"), or the
// deadline made final ("no further extensions"), or the whole in one sentence (a dated frame, a condition, "or").
const F_FORFEIT: Case[] = [
  ['pressure', P, mail('Please send the signed order form by the 20th. After that date the launch rate is withdrawn and standard rates apply.')],
  ['pressure', P, mail('Kindly confirm by Wednesday; otherwise I won\'t be able to honour the quoted figures.')],
  ['pressure', P, mail('The trial licences run until 30 June. Beyond that, no further extensions can be granted.')],
  ['pressure', P, mail('Unless we hear back by Tuesday, the demo units will be picked up the next morning.')],
  ['pressure', P, mail('This proposal stands until 12 noon on Friday, and it will not be offered again.')],
  ['pressure', P, mail('Our CTO is in Tokyo only during these two days; if we cannot meet then, his next visit is not before 2028.')],
  ['pressure', P, mail('Sign before the 15th, or the subscription fee rises by 10 per cent.')],
  ['pressure', P, mail('The pilot pricing is available through 31 October only. After that, I am unable to make any exceptions.')],
  ['pressure', P, mail('Let me know by Thursday the 14th. Past that point the waived setup fee is cancelled.')],
  ['pressure', P, mail('If the contract is not countersigned by then, the rebate will be forfeited.')],
  ['pressure', P, mail('Please revert before Thursday; after Thursday we will not be in a position to match the competitor\'s quote.')],
  ['pressure', P, mail('Confirm this week, because from next week the freight surcharge is reinstated.')],
  ['pressure', P, mail('We need the signed agreement by 31 May. Any later and the engineers assigned to you move to another project.')],
  ['pressure', P, mail('Please give us your go-ahead by Monday. If not, we will have to remove the loaner analyser from your lab.')],
  ['pressure', P, mail('The 90-day evaluation of the scanner ends on 28 May.\nThere will be no further extension of the evaluation.')],
  ['pressure', P, mail('The bundle is yours if you decide by the end of the month. Otherwise the allocation goes back to the general pool and I cannot reserve it again.')],
];

// N: near misses that must raise no pressure.
const N_NEAR: Case[] = [
  ['blunt-refusal', P, mail('Regarding your request to extend the trial to 30 June: we cannot extend it beyond 31 May.')],
  ['', P, mail('Unfortunately we cannot deliver by 3 March; the earliest possible date is 10 March.')],
  ['', P, mail('Please confirm by Friday so that we can book the hotel.')],
  ['', P, mail('Please confirm by Friday so that we can book the hotel. After that, we cannot guarantee rooms near your office.')],
  ['', P, mail('You mentioned the board meets on 12 May. After that, the budget for this year will be closed.')],
  ['', P, mail('If you cannot attend on Friday, we cannot hold the meeting room.')],
  ['', P, mail('The quote is valid until 30 June. After that date, prices will be reviewed in line with the metals index.')],
  ['', P, mail('The quote is valid until 30 June, and we would be happy to extend it if your review takes longer.')],
  ['', P, mail('If we cannot meet during your visit in June, we would be glad to arrange a video call instead.')],
  ['', P, mail('Please let us know by Friday which date suits you. After that I will send the calendar invitation.')],
  ['', P, mail('The evaluation ended on 21 May, and the pumps were collected the following day.')],
  ['', P, mail('Take your time: the offer is valid until 30 June, and after that we can always discuss new terms.')],
  // A price rise told to a client is bad news, not pressure.
  ['bad-news', C, mail('Please sign the renewal by 31 May. After that the 2026 price applies and the 2027 price list takes over.')],
  ['', C, mail('This quotation is valid until 30 June, as usual.')],
];

categoryTables([
  ['F a forfeit tied to the reader\'s deadline', F_FORFEIT],
  ['N near misses', N_NEAR],
]);

// The finding sits on the consequence, not only on the date before it.
const engine = new Engine({ rules: englishRules });
it.each([
  ['Please confirm by Thursday this week. After that our director\'s diary is closed and the next opportunity will be in 2028.', 'After that our director'],
  ['The quote stands until the 30th. After that I won\'t be able to match it.', 'After that I won'],
  ['The offer is good until 6 p.m. on June 18. No extensions, and the offer won\'t be repeated.', 'No extensions'],
])('the pressure covers the consequence: %s', (body, consequence) => {
  const text = mail(body);
  const at = text.indexOf(consequence);
  const findings = engine.analyze({ body: text, context: P }).filter((f) => f.category === 'pressure');
  expect(findings.some((f) => f.start <= at && f.end > at), findings.map((f) => text.slice(f.start, f.end)).join('\n')).toBe(true);
});
