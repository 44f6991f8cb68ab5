// Round 23 mend (mendpress, English and mixed): pressure on a prospect's decision read by structure (AA's misses):
// (1) their process put after the go-ahead ("take a verbal OK … and complete the paperwork later", "the paperwork can
// follow after"); (2) their act tied to a near date by what we can do for them ending with it ("after that date I will
// not be able to help", "I can still book you at ¥520 if … before 30 September", "better sign this month", "the
// allocation must be confirmed before Thursday"); (3) other buyers already after the same thing ("two other restaurant
// groups already asked for the same lot"). A pressure sentence is no refusal: flat-no yields to en.pressure.ultimatum.
// Our own wordings; each near miss shares the words of a case. Exact categories ('' = none).
import { describe } from 'vitest';
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';
import { enOkada as mail } from '../mail-wrappers';

const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-12-01' };

// Left for a later round (still missed): "A handshake agreement this week would be enough; the contract can come later"
// (no go-ahead noun WordNet gives), "I cannot wait for it" alone, "a few other distributors have already put their
// names down for the same batch" (an idiom of committing).
const PROCESS_DEFERRED: Case[] = [
  ['pressure', P, mail('Can you take a verbal OK from your 部長 by Thursday and complete the paperwork later?')],
  ['pressure', P, mail('Could your director give us a quick yes by Friday, with the formal approval to follow afterwards?')],
  ['pressure', P, mail('I need a yes from you personally before, and the paperwork can follow after.')],
  ['pressure', P, mail('Could you give me your OK on the phone today and send the signed form afterwards?')],
  ['pressure', P, mail('We just need a go-ahead from Mr. Sato this week; the formal documents can follow later.')],
  ['pressure', P, mail('Would a verbal yes from your manager by Wednesday be possible, with the 稟議 done afterwards?')],
  ['pressure', P, mail('Please confirm the order by email now and handle the internal approval later.')],
  ['pressure', P, mail("Is it possible to get your director's consent first and do the paperwork after?")],
  ['pressure', P, mail("I would need your decision at tomorrow's meeting, and the contract can follow.")],
  ['pressure', P, mail('There is no time for a full 稟議: can you get a verbal OK from your 部長 today and file the papers later?')],
];
const HELP_ENDS_AT_A_DATE: Case[] = [
  ['pressure', P, mail('If the order form reaches us before 30 September, I can still book you at ¥520 for three years.')],
  ['pressure', P, mail('After that date I will not be able to help, even if I want to.')],
  ['pressure', P, mail('But after 1 November it is +12% and I cannot do anything for you, so better sign this month.')],
  ['pressure', P, mail('After the 15th there is nothing more I can do for you on price.')],
  ['pressure', P, mail('Past Friday my hands are tied and the new rate applies.')],
  ['pressure', P, mail('I cannot wait for it: the 2024 Volnay allocation must be confirmed before Thursday.')],
  ['pressure', P, mail('The reservation has to be confirmed by Monday or it goes back into the pool.')],
  ['pressure', P, mail('Better sign before the end of the month.')],
  ['pressure', P, mail('You had better place the order this week.')],
  ['pressure', P, mail('After the 20th I really cannot do much for you anymore.')],
  ['pressure', P, mail("From next month I won't be able to help you with this price.")],
  ['pressure', P, mail('After March, I am not able to do anything for you on the discount.')],
  ['pressure', P, mail('If your PO arrives before Friday, we can still lock in the old rate.')],
  ['pressure', P, mail('If the contract is signed before year-end, I can still give you the launch price.')],
  ['pressure', P, mail("You'd better book before Christmas.")],
  ['pressure', P, mail('The last two pallets must be ordered by Tuesday.')],
  ['pressure', P, mail('The slot needs to be confirmed before the 12th.')],
];
const OTHERS_ALREADY_AFTER_IT: Case[] = [
  ['pressure', P, mail('Two other restaurant groups in Osaka already asked for the same lot.')],
  ['pressure', P, mail('Three other distributors have already enquired about the same allocation.')],
  ['pressure', P, mail('Several other hotels are already asking for the same vintage.')],
  ['pressure', P, mail('Another two importers in Kobe have already asked about the same container.')],
  ['pressure', P, mail('Five other clinics have already reserved the same model for April.')],
  ['pressure', P, mail('Other buyers are already asking about the same harvest.')],
  ['pressure', P, mail('Many other chains already want the same lot.')],
  ['pressure', P, mail('A couple of other wineries already want the same tank.')],
];
const NEAR_MISSES: Case[] = [
  ['', P, mail('Once you approve, the contract can follow later at your convenience.')],
  ['', P, mail('Please take the time you need for the paperwork; we will wait for your decision.')],
  ['', P, mail('Once your team has approved the quote, we will send the paperwork later.')],
  ['', P, mail('We will handle the formal documents after your internal review, at your pace.')],
  ['', P, mail('Please follow your usual approval process; the contract can wait.')],
  ['', P, mail('Could you send the signed form afterwards, once the 稟議 is finished?')],
  ['', P, mail("Your director's approval can follow the usual 稟議; there is no rush on our side.")],
  ['', P, mail('After that date, our support team will still be able to help you with questions.')],
  ['', P, mail('After 1 November the new catalogue will be available on our website.')],
  ['', P, mail("We can't wait to visit your stores next month.")],
  ['', P, mail('The meeting time must be confirmed before Thursday so that I can book the room.')],
  ['', P, mail('If the order form reaches us before 30 September, we will ship it in October.')],
  ['', P, mail('It is better to sign the NDA before we share the drawings.')],
  ['', P, mail('After the 20th our office will be closed for the holidays.')],
  ['', P, mail('After the workshop I will not be able to join the dinner, unfortunately.')],
  ['', P, mail('If your PO arrives before Friday, we will ship on Monday.')],
  ['', P, mail('If the contract is signed before year-end, our engineers will start in January.')],
  ['', P, mail('It would be better to order the spare parts with the main unit.')],
  ['', P, mail('The visitor names must be confirmed by Tuesday for building security.')],
  ['', P, mail('Your delivery address needs to be confirmed before the 12th.')],
  ['', P, mail('Two other restaurant groups in Osaka use the same cheese supplier.')],
  ['', P, mail('Other customers have asked the same question about the invoice format.')],
  ['', P, mail('Other clinics in Kobe use the same model.')],
  ['', P, mail('Another two importers in Kobe asked about the same container last year, and both were happy with it.')],
  ['', P, mail('Several other hotels have the same vintage on their wine list.')],
];

describe('round 23 mend: pressure on a prospect\'s decision (mendpress)', () => {
  categoryTables([
    ['their process put after the go-ahead', PROCESS_DEFERRED],
    ['our help ending at a near date', HELP_ENDS_AT_A_DATE],
    ['other buyers already after the same thing', OTHERS_ALREADY_AFTER_IT],
    ['near misses', NEAR_MISSES],
  ]);
});
