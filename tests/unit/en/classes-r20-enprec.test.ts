// Round 20 (r20-enprec): English precision and pressure / cold-outreach / register classes, in our own wordings.
// - ONE MOVE, ONE FINDING: a cold pitch (opener, self-description, claim, ask) is one finding from its first move to
//   its last; a push told over adjacent sentences (scarcity, deadline, loss) and a chase (reminder, demand for an
//   answer) likewise (engine/sentence-runs.ts). Every move stays covered, so a reader's label on any of them is met.
// - FORFEIT TO ANOTHER PARTY: what the reader was offered handed on to someone else if they do not act in time.
// - A SIGNED PRICE RISE from a date after a deadline; a RANKED SELF-DESCRIPTION as the pitch ("is the leader in …").
// - A MEETING BOOKED UNLESS THEY DECLINE ("you can always decline", "just click accept").
// - REGISTER: laughter across languages' chat, praise and madness slang read from the tags; near misses: the formal
//   performative "Request you to …", "a heads-up" as a noun phrase, the same words in their literal senses.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';
import { categoryTables, type Case } from './category-table';
import { enSatoWalker as mail } from '../mail-wrappers';

const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-06-01' };
const S: DraftContext = { recipient: 'prospect', firstContact: true, now: '2026-06-01' };
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-06-01' };

const signed = (body: string, company: string) => `Dear Ms. Hara,\n\n${body}\n\nKind regards,\nLena Vogt\nSales Manager\n${company}`;

const engine = new Engine({ rules: englishRules });

/** Exactly one finding of `category`, and it covers every one of `quotes` (each overlapped). */
function oneFindingOver(context: DraftContext, body: string, category: string, quotes: string[]): void {
  const findings = engine.analyze({ body, context }).filter((f) => f.category === category);
  const shown = findings.map((f) => `${f.ruleId}: «${body.slice(f.start, f.end)}»`).join('\n');
  expect(findings.length, `${body}\n${shown}`).toBe(1);
  for (const q of quotes) {
    const s = body.indexOf(q);
    expect(s, q).toBeGreaterThanOrEqual(0);
    expect(findings[0]!.start < s + q.length && findings[0]!.end > s, `«${q}» not covered:\n${shown}`).toBe(true);
  }
}

// A: one cold pitch, one finding over all its moves.
const PITCHES: [string, string[]][] = [
  [signed('I found your company on the exhibitor list of the Osaka packaging fair. Nordpak makes compostable trays for ready meals.\nCould we meet at your office next week for half an hour?', 'Nordpak AB'),
    ['I found your company', 'Nordpak makes compostable', 'Could we meet']],
  [mail('Saw your post about the new bakery line, congratulations! We supply enzyme blends that keep bread soft for nine days.\n\nDo you have 20 minutes on Thursday for a video call?'),
    ['Saw your post', 'We supply enzyme', 'Do you have 20 minutes']],
  [mail('My name is Arjun Mehta and I head Japan sales at Kovalent Systems, one of the leading test-automation firms in Pune. We have cut regression time by 60% for two Japanese insurers.\n\nCan we schedule a quick call this week to explore synergies?'),
    ['My name is Arjun', 'We have cut regression', 'Can we schedule']],
  [signed('Quick intro — I\'m Lena from Vogt Filtration (Germany). Our membrane filters would be perfect for your new brewery. Free for a 15-min chat on Tuesday?', 'Vogt Filtration GmbH'),
    ['Quick intro', 'Free for a 15-min chat']],
  [signed('Vogt Filtration is the market leader for ceramic membranes in the European dairy industry. Our units cut cleaning downtime by a third.\n\nWe propose a visit to your Hokkaido plant on 18 June at 10:00.', 'Vogt Filtration GmbH'),
    ['Vogt Filtration is the market leader', 'We propose a visit']],
  [signed('Vogt Filtration is Europe\'s largest maker of ceramic membranes for dairies.\nCould I visit your Obihiro plant in July to present our range?', 'Vogt Filtration GmbH'),
    ['Europe\'s largest maker', 'Could I visit']],
  [mail('I noticed on LinkedIn that your group is building a new cold store in Sendai. We rent out modular freezer rooms across Asia.\nWould you be available for a call tomorrow or Friday?'),
    ['I noticed on LinkedIn', 'Would you be available']],
  [mail('I hope this email finds you well. We are a Dutch maker of LED grow lights for strawberry farms.\nPlease let me know when I could visit you to present our lamps.'),
    ['I hope this email finds you well', 'Please let me know when I could visit']],
  [mail('We have not met yet, but I read your interview in the Nikkei. Our sensors cut heating costs in greenhouses by 18%.\n\nShall we set up a short online demo next week?'),
    ['We have not met yet', 'Shall we set up']],
  [mail('I came across your profile while researching Kansai food makers. Our spray dryers save a third of the energy of conventional ones. I am sure we can lower your milk powder costs.\nCould we have a 30-minute call this Thursday?'),
    ['I came across your profile', 'Could we have a 30-minute call']],
  [signed('Serrano Olive Oils supplies cold-pressed olive oil from Jaén to 14 countries, including two chains in Korea.\n\nWould next Wednesday suit you for a short tasting session at your office?', 'Serrano Olive Oils S.L.'),
    ['Serrano Olive Oils supplies', 'Would next Wednesday']],
  [mail('Congrats on opening your second factory in Kumamoto! We build automated palletisers for food plants.\nCan I call you on Monday to arrange a visit?'),
    ['Congrats on opening', 'Can I call you on Monday']],
];

// B: one push or one chase over adjacent sentences, one finding.
const RUNS: [DraftContext, string, string, string[]][] = [
  [P, mail('We have two other buyers looking at this same lot. If we do not have your confirmation by Thursday, I cannot guarantee the price.'), 'pressure',
    ['two other buyers', 'If we do not have your confirmation']],
  [P, mail('Only two slots are left for the autumn installation. Please confirm by Friday, otherwise we will give the slot to another customer.'), 'pressure',
    ['Only two slots', 'Please confirm by Friday']],
  [P, mail('If we can get the PO by this Friday, I can still give you the 12% discount. If the PO is not received by Friday, pricing will go back to the list level.'), 'pressure',
    ['If we can get the PO', 'If the PO is not received']],
  [P, mail('Just following up on my below mail for the third time, as I have not got any response yet.\n\nRequest you to please revert at the earliest.'), 'cold-outreach',
    ['Just following up', 'Request you to please revert']],
];

// C: forfeit to another party — the reader's offer handed on if they do not act by the date.
const C_FORFEIT: Case[] = [
  ['pressure', P, mail('The demo unit is reserved for you until 20 November. If we do not have your order by then, it goes to a customer in Korea who is waiting for it.')],
  ['pressure', P, mail('Please confirm by EOD tomorrow, else we will allocate the slot to another bank in the pipeline.')],
  ['pressure', P, mail('Unless we receive your PO by Monday, the 5 tonnes will be released to another buyer.')],
  ['pressure', P, mail('If the contract is not signed by the 15th, the installation team will be assigned to another client.')],
  ['pressure', P, mail('Kindly confirm by Wednesday, or the container will be sold to the next buyer in line.')],
  ['pressure', P, mail('If we don\'t hear from you by Friday, we will pass the allocation to someone else.')],
  ['pressure', P, mail('The booth space is held for you until 30 June. After that date it goes to the next company on the waiting list.')],
  ['pressure', P, mail('If your order is not in by the end of the week, the machine will be shipped to a competitor of yours in Osaka.')],
  ['pressure', P, mail('Please decide by Thursday. Otherwise the engineers will be moved to another project.')],
  ['pressure', P, mail('Unless the agreement is countersigned by then, the launch slot will be awarded to another distributor.')],
  ['pressure', P, mail('If we do not receive the deposit by 3 July, the vessel space will be given to other customers.')],
  ['pressure', P, mail('Please send the signed quote by Tuesday, failing which the stock will be diverted to a different market.')],
  // near misses: our own logistics, the reader's own request, a report, a client, no deadline.
  ['', P, mail('The samples will be shipped to your Osaka office on Tuesday.')],
  ['', P, mail('As you asked, the spare unit was moved to another warehouse closer to your plant.')],
  ['', P, mail('Last year the remaining stock went to a customer in Korea.')],
  ['', C, mail('If we do not have your order by then, the machine goes to the next project on our list.')],
  ['', P, mail('We will allocate a dedicated engineer to your project from July.')],
  ['', P, mail('Our driver will pass the parcel to your reception desk on Monday.')],
  ['', P, mail('The quotation is valid for 30 days, as usual.')],
  ['', P, mail('If you need more time, we can hold the unit for you until the end of the month.')],
];

// D: a signed price rise from a date, after a deadline.
const D_SIGNED: Case[] = [
  ['pressure', P, mail('Close the 3 containers with us before the end of this week. From next Monday our price list change and I think will be +USD 180/t at least.')],
  ['pressure', P, mail('Please order by Friday. From 1 July the price will be +8% on all grades.')],
  ['pressure', P, mail('Confirm this month, because from October our prices are +EUR 40 per pallet.')],
  ['pressure', P, mail('After 30 June the new rates apply: +$25 per hour for on-site support.')],
  ['pressure', P, mail('Sign before the 10th. After that the price goes +12% across the range.')],
  ['pressure', P, mail('Please decide by Thursday; from next week the tariff is +JPY 3,000 per unit.')],
  ['pressure', P, mail('Order before the end of the quarter. From April the cost will be +15% for the premium grade.')],
  ['pressure', P, mail('Book now. After 1 May our fee changes, +GBP 200 per day.')],
  ['pressure', P, mail('Please close the deal this week. From Monday the list price is +5%.')],
  ['pressure', P, mail('Place the order before 20 August. From September the premium will be +USD 60/t.')],
  ['pressure', P, mail('Kindly confirm by Wednesday. From next month the rate is +10% for new accounts.')],
  ['pressure', P, mail('Please revert before Friday. From 1 October our price is +EUR 0.40/kg.')],
  // near misses: a signed figure that is no price, a price with no date, a phone number, a client, a fall.
  ['', P, mail('The new model delivers +15% throughput compared to the old one.')],
  ['', P, mail('Please call me at +81 3 1234 5678 about the price.')],
  ['', P, mail('The operating range is +5 °C to +40 °C.')],
  ['', P, mail('Our price includes freight to Yokohama.')],
  ['', P, mail('From 1 July the price will be EUR 40 lower per pallet.')],
  ['', P, mail('The tolerance is +0.05 mm on all machined faces.')],
  ['', P, mail('Please find our price list for the new season attached.')],
  ['', P, mail('Battery life is +20% with the new cells.')],
];

// E: register — laughter across languages and slang read from the tags; near misses in the literal senses.
const E_REGISTER: Case[] = [
  ['register', C, mail('Thanks again for trusting us, you are the best kkkkk.')],
  ['register', C, mail('Sorry for the mix-up with the labels hahaha.')],
  ['register', C, mail('The pallets arrived a day early lol.')],
  ['register', C, mail('Thank you for the lovely dinner rsrs.')],
  ['register', C, mail('jajaja, the samples are finally on their way.')],
  ['register', C, mail('wkwk my mistake, the invoice is attached now.')],
  ['register', C, mail('I think we would be a killer fit for your private label line.')],
  ['register', C, mail('This is an epic deal for your team.')],
  ['register', C, mail('The copper market is crazy now, so please plan early.')],
  ['register', C, mail('The sensor readings went crazy after the firmware update.')],
  ['register', C, mail('Prices are insane this quarter.')],
  ['register', C, mail('Heads up: the port is closed on Thursday.')],
  ['', C, mail('Mr. Hakkinen will join the call.')],
  ['', C, mail('Part no. KK-200 is in stock.')],
  ['', C, mail('We use crazy glue for the mock-ups.')],
  ['', C, mail('The nuts and bolts of the contract are in section 4.')],
  ['', C, mail('Please see the epic in Jira for the release scope.')],
  ['', C, mail('Just a friendly heads-up: the samples you asked for were shipped today.')],
  ['', C, mail('Request you to kindly note the revised delivery address.')],
  ['', C, mail('Request you to please share the signed copy by Friday.')],
  ['', C, mail('On our side it will be me and Mari Onodera; please bring whoever handles your demo units.')],
  ['', C, mail('The RS-232 port is on the back of the unit.')],
];

// F: a meeting booked unless they decline, early in the relationship; near misses: a client, an alternative offered,
// refusing something other than a meeting.
const F_OPT_OUT: Case[] = [
  ['cold-outreach', P, mail('Shall I just send you a calendar invite for next Monday 11:00 JST? If it doesn\'t suit, you can always decline.')],
  ['cold-outreach', P, mail('I have put a 30-minute video call in your calendar for Thursday at 10:00. Feel free to reject it if the time is wrong.')],
  ['cold-outreach', P, mail('I have set up this 45-minute session so our specialist can demo the wire for you. Just click accept and we are all set!')],
  ['cold-outreach', P, mail('I will send an invitation for Tuesday at 14:00; you may simply ignore it if you are not interested.')],
  ['cold-outreach', P, mail('A Teams meeting for Wednesday is on its way to your inbox. You can always cancel it.')],
  ['cold-outreach', P, mail('I booked a short call for Friday morning. If you can\'t make it, you can just delete the invite.')],
  ['cold-outreach', P, mail('The demo session is scheduled for next Tuesday at 15:00. Simply hit accept to confirm.')],
  ['cold-outreach', P, mail('An invite for a quick chat on Monday is coming your way; just decline if it does not work.')],
  ['cold-outreach', P, mail('I went ahead and reserved a meeting room for us on 12 June. You could always decline the invitation.')],
  ['cold-outreach', P, mail('There is now a call in your calendar for Thursday. If the slot is wrong, you may reject it.')],
  ['cold-outreach', P, mail('You will get an invite for a short demo on Monday. Just tap accept and it is done.')],
  ['cold-outreach', P, mail('I scheduled a 20-minute introduction call for Wednesday. You can always decline it.')],
  ['', C, mail('I have put our monthly review in your calendar for Thursday. You can always decline it if the time is wrong.')],
  ['', P, mail('The invite for Tuesday at 14:00 is attached; if the time does not suit, please feel free to decline it and suggest another time.')],
  ['', P, mail('Please ignore the previous invoice; the corrected one is attached.')],
  ['', P, mail('You can cancel the subscription at any time from the portal.')],
  ['', P, mail('Our engineers can remove the old filters during the visit you requested.')],
  ['', P, mail('If the quotation does not suit, please let us know what would work better.')],
  ['', P, mail('Simply click the link to download the brochure.')],
  ['', P, mail('You can reject any lot that fails the incoming inspection.')],
];

// G: a ranked self-description is the pitch; near misses: no grading, a warm mail, a client.
const G_RANKED: Case[] = [
  ['cold-outreach', S, signed('Vogt Filtration is the technology leader for ceramic membranes.\nCould we visit your plant in July?', 'Vogt Filtration GmbH')],
  ['cold-outreach', S, signed('Vogt Filtration is Europe\'s leading supplier of dairy membranes. May I call you next week to arrange a visit?', 'Vogt Filtration GmbH')],
  ['cold-outreach', S, signed('Vogt Filtration is the largest membrane maker in Bavaria. Would you have 30 minutes for a call on Thursday?', 'Vogt Filtration GmbH')],
  ['cold-outreach', S, signed('Vogt Filtration is the first company to certify ceramic membranes for infant formula.\nCan we meet in Tokyo during my visit in June?', 'Vogt Filtration GmbH')],
  ['', S, signed('Vogt Filtration is the supplier of your filter housings since 2019. Our invoice for May is attached.', 'Vogt Filtration GmbH')],
  ['', C, signed('Vogt Filtration is the technology leader for ceramic membranes, and your spare parts ship on Monday.', 'Vogt Filtration GmbH')],
  ['', S, signed('Thank you for your enquiry at FOODEX. Vogt Filtration is the technology leader for ceramic membranes. Could we visit your plant in July?', 'Vogt Filtration GmbH')],
  ['', S, signed('Mr. Kudo at Hokkai Dairy kindly introduced us. Vogt Filtration is the market leader in dairy membranes. Could we visit your plant in July?', 'Vogt Filtration GmbH')],
];

describe('one cold pitch, one finding over all its moves', () => {
  it.each(PITCHES.map(([body, quotes], i) => [i, body, quotes] as const))('pitch %i', (_i, body, quotes) => {
    oneFindingOver(S, body, 'cold-outreach', quotes);
  });
});

describe('one push or chase over adjacent sentences, one finding', () => {
  it.each(RUNS.map(([ctx, body, category, quotes], i) => [i, ctx, body, category, quotes] as const))('run %i', (_i, ctx, body, category, quotes) => {
    oneFindingOver(ctx, body, category, quotes);
  });
});

categoryTables([
  ['C forfeit to another party', C_FORFEIT],
  ['D signed price rise after a deadline', D_SIGNED],
  ['E register: laughter and slang by tag', E_REGISTER],
  ['F meeting booked unless declined', F_OPT_OUT],
  ['G ranked self-description', G_RANKED],
]);
