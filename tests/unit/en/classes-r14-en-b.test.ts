// Round 14 (r14-en-b): the English bad-news classes of /work/CLASSES-r14.md, in our own wordings, each with near
// misses that share its words. The categories raised must be exactly the expected ('' = none).
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { englishRules } from '../../../src/rules/en';
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };

const mail = (body: string) => `Dear Ms. Ogawa,\n\n${body}\n\nBest regards,\nDaniel Frost`;

// H1: a sentence thanking the client for their act is never the news, whatever words of news name what they did.
const H1_THANKS_IS_NOT_NEWS: Case[] = [
  ['', C, mail('Thank you for sharing the list of defects from your incoming inspection.')],
  ['', C, mail('Thank you for asking about longer payment terms.')],
  ['', C, mail('Thanks a lot for agreeing to the partial delivery.')],
  ['', C, mail('Many thanks for your patience while we investigated the shortage on PO 7781.')],
  ['', C, mail('We appreciate you reporting the late arrival of the March containers.')],
  ['', C, mail('I am grateful for your quick reply about the discontinued gasket.')],
  ['', C, mail('Thank you for letting us know that your line will be down in August.')],
  ['', C, mail('Thank you very much for sending the photos of the damaged cartons and for your understanding.')],
  ['', C, mail('Thank you for your feedback on the price increase we discussed last week.')],
  ['', C, mail('Thanks for flagging the customs delay so quickly.')],
  ['bad-news', C, mail('Thank you for your order, but the unit price will rise from USD 42 to USD 47 from 1 July.')],
  ['bad-news', C, mail('Thanks for the PO; delivery has slipped from March 9 to April 20.')],
  ['bad-news', C, mail('Thank you for your order. Only 300 of the 800 cartons will leave Rotterdam this week.')],
  ['bad-news', C, mail('Thank you for understanding that the price will rise from USD 42 to USD 47.')],
  ['bad-news', C, mail('Thank you for the forecast.\nOur service centre in Kobe will close permanently on 31 March.')],
];

// H2: a sentence that points to details further on, after a notice, is the notice's follow-on, not a notice of its own:
// the finding sits on the notice only (checked by the quote), and a considerate notice leaves its follow-on clean.
const H2_FOLLOW_ON: Case[] = [
  ['', C, mail('I am sorry to tell you that our Kobe office will close on 30 June, as the building is being sold.\nThe new contact details are below.\n\nPhone: 078-555-0100')],
  ['', C, mail('We apologise for the short notice: the HX-2 valve will be discontinued in May.\nThe recommended replacements are listed below:\n\n- HX-3\n- HX-4')],
  ['', C, mail('Sadly, Mr. Ito will retire in March, and I would like to visit you with his successor.\nHer contact details are as follows:\n\nEmail: aya@example.com')],
  ['', C, mail('Our warehouse in Chiba will close at the end of August because the lease ends; may I call you to explain?\nThe new return address is here.\n\nKawasaki DC')],
  ['', C, mail('Because of the rebuild, the portal will be offline from 1 to 3 May, and I am sorry for the trouble.\nThe new login page is shown below.\n\nhttps://portal.example.com')],
  ['', C, mail('Please find our office holiday schedule below.\nThe details are below.')],
  ['', C, mail('Thank you for the order.\nThe delivery schedule is attached.')],
  ['', C, mail('We have opened a second service desk in Osaka for your convenience.\nIts contact details are below.')],
  ['bad-news', C, mail('Our Osaka service office will close on 30 September.\nThe new contact details are below.\n\nSingapore Service Centre')],
  ['bad-news', C, mail('From 1 April, your account will be handled by our Manila team instead of Tokyo.\nTheir details are as follows:\n\nEmail: apac@example.com')],
  ['bad-news', C, mail('Model RX-12 will be discontinued at the end of June.\nThe last order date is given below.\n\n31 May')],
  ['bad-news', C, mail('The new contact details are below.\n\nOur Sendai depot will stop taking returns on 31 March.')],
];

// M4: a quality result beyond its limit, told with no apology, cause or plan anywhere in the mail.
const M4_BEYOND_LIMIT: Case[] = [
  ['bad-news', C, mail('Our laboratory found that batch 5512 contains ochratoxin above the legal limit.')],
  ['bad-news', C, mail('Batch C-77 tested at 2.4 ppm against the 1.5 ppm spec.')],
  ['bad-news', C, mail('The moisture of lot 88 was measured at 15.2%, above the 13% maximum.')],
  ['bad-news', C, mail('The peel strength of the March rolls came in at 3.1 N, below the 4 N minimum.')],
  ['bad-news', C, mail('Residual solvent in the film exceeds the limit agreed in our quality agreement.')],
  ['bad-news', C, mail('The flatness of the housings is outside the tolerance on the drawing.')],
  ['bad-news', C, mail('Please note: hardness results for lot 4410 are over the specification.')],
  ['bad-news', C, mail('Test report attached.\nCoating thickness is 12 µm versus the 20 µm minimum.')],
  ['bad-news', C, mail('After 500 cycles the hinge wear was higher than the maximum in the drawing.')],
  ['bad-news', C, mail('we checked again and sulphur content is above spec for both tanks')],
  ['bad-news', C, mail('The impurity level of lots 31 and 32 exceeded the threshold set by your standard.')],
  ['bad-news', C, mail('Result: burst pressure of 8 bar, under the 10 bar requirement.')],
  ['', C, mail('Batch C-77 tested at 0.9 ppm against the 1.5 ppm spec.')],
  ['', C, mail('The peel strength came in at 5.2 N, above the 4 N minimum, so the lot is released.')],
  ['', C, mail('The moisture of lot 88 was measured at 11.0%, below the 13% maximum.')],
  ['', C, mail('All results are well within the limits of the specification.')],
  ['', C, mail('Residual solvent in the film did not exceed the limit in any sample.')],
  ['', C, mail('Thank you for your report showing lot 4410 above the specification; we will check our retained samples.')],
  ['', C, mail('If the hardness is above the spec, we will replace the lot at our cost.')],
  ['', C, mail('We are very sorry: lot 88 was measured at 15.2%, above the 13% maximum, because a dryer failed. We have replaced the dryer and would like to visit you to explain.')],
  ['', C, mail('Is the 13% moisture limit a maximum for each bag or for the lot?')],
];

categoryTables([
  ['H1 a thank-you sentence is not the news', H1_THANKS_IS_NOT_NEWS],
  ['H2 a follow-on sentence is not a separate notice', H2_FOLLOW_ON],
  ['M4 a quality result beyond its limit', M4_BEYOND_LIMIT],
]);

// H2's still-flagged side by position: the notice is the finding, its follow-on is not in it.
describe('H2 the finding sits on the notice, not on its follow-on', () => {
  const engine = new Engine({ rules: englishRules });
  it.each([
    ['We are closing our Osaka service office on 30 September 2027.', 'The new contact details are below.'],
    ['Our Fukuoka depot will close on 31 October.', 'The return addresses for each region are listed below.'],
    ['Support for version 4.x ends on 30 September.', 'The upgrade steps are as follows:'],
  ])('%s', (notice, pointer) => {
    const body = mail(`${notice}\n${pointer}\n\nKanto: Kawasaki DC`);
    const quotes = engine.analyze({ body, context: C }).filter((f) => f.category === 'bad-news').map((f) => body.slice(f.start, f.end));
    expect(quotes).toEqual([notice]);
  });
});
