// Round 17 (r17-reg, English): slang and chat register to a client beyond the round-16 lists — words read
// from the words around them (fab, sick, for sure, a blast: src/engine/analysis/en-register.ts slangByTag)
// and idioms of the dictionary (bummer, brain fart, gangbusters, easy peasy, you bet, y'all, a dropped g,
// "doing good", a tag "…, ja?", "OK la", "Aye,", "Holler if…", a piece of cake, screw-up, messed up,
// "…, legend!", defo/prolly, bonkers). In our own wordings, each near miss sharing the words of a case.
// The categories raised must be exactly the expected ('' = none).
import { describe } from 'vitest';
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-12-01' };

const mail = (body: string) => `Dear Ms. Arai,\n\n${body}\n\nKind regards,\nLauren Mitchell`;

const SLANG: Case[] = [
  ['register', C, mail('Thank you for the artwork. The new carton labels look fab.')],
  ['register', C, mail('Fab news about the audit result, and thank you for hosting us.')],
  ['register', C, mail('Your art director’s notes on the lobby renders were absolutely sick; the team loved them.')],
  ['register', C, mail('The replacement valves will reach Yokohama by Friday for sure.')],
  ['register', C, mail('For sure, we can add the Japanese manual to the shipment.')],
  ['register', C, mail('Our whole team had a blast at your anniversary dinner in Nagoya.')],
  // Round 39: the vessel rolled to the next sailing is a slip told with no apology — bad news beside the register (en-news-later.ts).
  ['bad-news,register', C, mail('A bit of a bummer, but the vessel has been rolled to the next sailing.')],
  ['register', C, mail('Apologies for the wrong certificate; a brain fart on my side. The right one is attached.')],
  ['register', C, mail('We think the matcha range would go gangbusters in your Shibuya stores.')],
  ['register', C, mail('Switching the billing address is easy peasy: just reply with the new one.')],
  ['register', C, mail('You bet! The samples will go out on Monday.')],
  ['register', C, mail('Hope all of you are doing good over there.')],
  ['register', C, mail("We're fixin' the manual and will send it tomorrow.")],
  ['register', C, mail('Holler if the torque values look off.')],
  ['register', C, mail('The calibration went well, ja? The report is attached.')],
  ['register', C, mail('OK la, we will keep the stock for you until Friday.')],
  ['register', C, mail('Aye, the pallets were loaded this morning.')],
  ['register', C, mail('Setting up the new reader is a piece of cake with the quick guide.')],
  ['register', C, mail('Sorry for the screw-up with the delivery note; a corrected one is attached.')],
  ['register', C, mail('We messed up the lot numbers on the last invoice and attach a corrected one.')],
  ['register', C, mail('Thanks for the quick approval, legend!')],
  ['register', C, mail('We will defo have the revised quote ready by Thursday.')],
  ['register', C, mail('The response at the Osaka fair was bonkers; we took 40 enquiries.')],
];

const NEAR_MISSES: Case[] = [
  ['', C, mail('We would like to visit the new fab in Kumamoto during the audit week.')],
  ['', C, mail('The wafer fab is running at full capacity, so the order will ship as planned.')],
  ['', C, mail('Our field engineer was sick last week; Mr. Ono will attend the inspection instead.')],
  ['', C, mail('Mr. Kimura is on sick leave until Friday, so please send the drawings to me.')],
  ['', C, mail('We cannot say for sure whether the port will reopen on Monday, and will update you at noon.')],
  ['', C, mail('We installed a blast freezer at the Sendai depot for your frozen lines.')],
  ['', C, mail('We will bring a piece of cake for each guest at the tasting.')],
  ['', C, mail('We are doing good work on the new line and will share the results next week.')],
  ['', C, mail('Please tighten the nuts to 40 Nm before the pressure test.')],
  ['', C, mail('The JA Group cooperative will attend the audit on 3 February.')],
  ['', C, mail('The word ‘margin’ is defined in clause 4 of the agreement.')],
  ['', C, mail('Thank you, Ms. Arai, for the quick approval.')],
  ['', I, 'Hi Tom,\n\nThe new labels look fab, and we had a blast at the fair. Holler if you need anything!\n\nCheers'],
  ['', C, 'Dear Ms. Arai,\n\nThank you for your note; we will ship on Monday.\n\nKind regards,\nLauren\n\nOn Mon, 1 Dec 2026, Arai Yumi wrote:\n> Bit of a bummer about the delay, but the labels look fab.'],
];

describe('round 17 r17-reg classes (English)', () => {
  categoryTables([
    ['slang and chat register beyond lists', SLANG],
    ['near misses that share their words', NEAR_MISSES],
  ]);
});
