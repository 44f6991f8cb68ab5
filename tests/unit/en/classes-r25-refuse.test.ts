// Round 25 (refuse): English "no"s that round 24's readers RECOGNISED but a guard stopped in a context the development
// drafts did not have (/work/BRIEF25.md). Our own wordings, in different shapes:
// - L: a second item of a list of answers refused after a first one ("1) … not offered. / 2) … – this is not something we
//   do."): the "a refusal right after a refusal restates it" guard now spares a new list item (src/rules/en/flat-no.ts).
// - S: a rule declared for every buyer by pointing back ("That's how we do it for every client", "This is the same for all
//   our customers"), and "all our customers" with a possessive (src/engine/analysis/en-standing.ts sameForAll).
// - H: a price held for the reader's own deciding ("for your 稟議", "for your board meeting"): the favour they asked, so a
//   refusal, not a price-rise notice (src/engine/analysis/en-news.ts heldForReader).
// - B: a bilingual mail whose cushioned Japanese no is said again flat in English: the Japanese cushion and the "reason
//   after a Japanese no" guard no longer cover an English "we cannot" (flat-no.ts givesReason).
// - T: a cell of infeasibility in a reply's table ("| Free shipping | Not possible |", src/engine/analysis/en-verdict.ts).
// - K: a stance of ours kept ("Our position has not changed", "We stand by our decision"): only a request to reconsider
//   calls for it (src/engine/analysis/en-limit.ts stanceKept, read by en.blunt-refusal.status-quo).
// - P: a clause of the agreement cited by number ("Per section 4.2 of our agreement", "Under Article 7 of the MSA"): the
//   citation is a reason, not a cushion (dictionaries/en/refusal.json contractStates clause-cited).
// Near misses: grants in a list, a reason after a Japanese no, cushioned English, a price rise from a date, open to all.
import { describe } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';
import { nodeEngine } from '../node-engine';
import { refusalCases, type RefusalCase } from '../refusal-cases';
import { enArai as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-05' };
const engine = new Engine({ rules: englishRules });
const mixedEngine = nodeEngine();
const bilingual = (ja: string, en: string) => `株式会社青葉製作所\n新井様\n\nいつもお世話になっております。\n\n${ja}\n\nDear Ms. Arai,\n\n${en}\n\nTom Becker`;

type Case = RefusalCase;

const LISTED: Case[] = [
  ['Re: Contract comments', mail('Our answers to your points:\n1) Weekend support is not offered.\n2) A liability cap of 200% – this is not something we do.'), 'this is not something we do'],
  ['Re: Your requests', mail('Please see below.\n- On-site training: we cannot provide it.\n- Printed manuals: we do not supply them anymore.'), 'Printed manuals'],
  ['Re: Open points', mail('Thank you for the list.\n1. We will not extend the warranty.\n2. We cannot lower the minimum order.'), 'We cannot lower the minimum order.'],
  ['Re: Questions', mail('Our replies:\na) Free samples are not possible.\nb) We do not deliver on Sundays.'), 'We do not deliver on Sundays.'],
  ['Re: Terms', mail('Regarding your comments:\n• Payment at 90 days is not something we accept.\n• We won\'t waive the setup fee.'), "We won't waive the setup fee."],
];

const STANDING: Case[] = [
  ['Re: Payment timing', mail('Thank you for your message.\n\nWe invoice on delivery of the files, not after your acceptance. That\'s how we do it for every client.'), "That's how we do it for every client."],
  ['Re: Deposit', mail('Thank you for your email.\n\nWe ask for a 30% deposit with the order. This is the same for all our customers.'), 'This is the same for all our customers.'],
  ['Re: Freight', mail('Thanks for your note about the freight.\n\nFreight is charged from our warehouse. It is the same for every account.'), 'It is the same for every account.'],
  ['Re: Lead time', mail('Thank you for asking us to shorten the lead time.\n\nSix weeks is our lead time. That is how we work with all customers.'), 'That is how we work with all customers.'],
];

const HELD: Case[] = [
  ['Re: Price validity', mail('Glad the trial went well!\n\nWe can\'t hold the price for your 稟議 — pricing follows the website on the day you sign.'), "We can't hold the price for your 稟議"],
  ['Re: Quote', mail('We cannot hold this price for your board meeting in April.'), 'We cannot hold this price for your board meeting'],
  ['Re: Budget', mail('We are not able to keep the quoted rate for your budget round next year.'), 'keep the quoted rate for your budget round'],
];

const BILINGUAL: Case[] = [
  ['Re: 保証期間', bilingual('ご依頼の件ですが、恐れ入りますが保証期間の延長はいたしかねます。', 'We cannot extend the warranty.'), 'We cannot extend the warranty.'],
  ['Re: 土曜搬入', bilingual('恐れ入りますが、土曜日の搬入はお受けいたしかねます。\nWe will not deliver on Saturday.', 'Thank you for your understanding.'), 'We will not deliver on Saturday.'],
  ['Re: 値引き', bilingual('誠に申し訳ございませんが、追加の値引きはいたしかねます。', 'Regarding your request: we can\'t give a further discount.'), "we can't give a further discount"],
];

// A bilingual mail whose ask is named only in its Japanese half: the English rule answers it (standing-rule).
const BILINGUAL_RULE: Case[] = [
  ['Re: 半パレット', bilingual('ご依頼の件、恐れ入りますがお受けいたしかねます。', 'We only ship full pallets.'), 'We only ship full pallets.'],
  ['Re: 発注数量', bilingual('ご要望の件、恐れ入りますが対応いたしかねます。', 'Our minimum order is 500 units.'), 'Our minimum order is 500 units.'],
];

// A verdict cell of infeasibility in a reply's table ("| Free shipping | Not possible |"), which the parse leaves clause-less.
const CELL: Case[] = [
  ['Re: Requests', mail('Thanks for the list.\n\n| Request | Answer |\n|---|---|\n| Free shipping | Not possible |\n| Longer warranty | Yes |'), 'Free shipping | Not possible'],
  ['Re: Delivery', mail('Our answers:\n\n| Item | Reply |\n|---|---|\n| Night delivery | Not feasible |\n| Labels in Japanese | Yes |'), 'Night delivery | Not feasible'],
  ['Re: Options', mail('Please see below.\n\n| Option | Status |\n|---|---|\n| Split shipment | Not doable |'), 'Split shipment | Not doable'],
];

const KEPT: Case[] = [
  ['Re: Penalty clause', mail('Thank you for your email.\n\nOur position has not changed.'), 'Our position has not changed.'],
  ['Re: Reconsideration', mail('We have discussed your second letter internally. Our decision stands.'), 'Our decision stands.'],
  ['Re: Claim 2207', mail('Thank you for the additional photos.\n\nOur answer remains the same.'), 'Our answer remains the same.'],
  ['Re: Re: Claim', mail('We stand by our earlier decision.'), 'We stand by our earlier decision.'],
];

const CITED: Case[] = [
  ['Re: Wear parts', mail('Thank you for your email.\n\nPer section 4.2 of our agreement, the warranty does not cover wear parts, so the repair will be charged.'), 'Per section 4.2'],
  ['Re: Early termination', mail('As per clause 12, early termination is not possible.'), 'early termination is not possible'],
  ['Re: Refund', mail('Under Article 7 of the MSA, we cannot refund the setup fee.'), 'we cannot refund the setup fee'],
  ['Re: Support hours', mail('According to section 3 of the SLA, weekend calls are not included.'), 'weekend calls are not included'],
];

const NEAR: Case[] = [
  // B: a rule in English with no ask in either half.
  ['新製品', bilingual('新製品のご案内です。', 'We only ship full pallets.')],
  ['出荷', bilingual('出荷のご案内です。', 'Our minimum order is 500 units, as before.')],
  // T: cells that grant.
  ['Re: Requests', mail('Thanks for the list.\n\n| Request | Answer |\n|---|---|\n| Free shipping | Possible from 10 units |\n| Longer warranty | Yes |')],
  ['Re: Delivery', mail('Our answers:\n\n| Item | Reply |\n|---|---|\n| Night delivery | Possible |\n| Labels in Japanese | Yes |')],
  // K: a commitment kept, a stance kept with a call offered, a question about their position, their decision.
  ['Quality', mail('Our commitment to quality has not changed.')],
  ['Re: Penalty clause', mail('As you know, our position on this has not changed since March, and I will call you to discuss it.')],
  ['Re: Your decision', mail('Thank you for letting us know. We understand that your decision stands.')],
  ['Re: Next steps', mail('Has your position on the pilot changed since our meeting?')],
  // P: a clause cited to point somewhere, a clause that grants, a clause read to the reader's gain.
  ['Cleaning', mail('Please see section 4 of the manual for the cleaning steps.')],
  ['Re: Wear parts', mail('Per section 4.2 of our agreement, wear parts are covered for 24 months, so the repair is free.')],
  ['Re: Refund', mail('Under Article 7 of the MSA, you are entitled to a full refund, which we will send this week.')],
  ['Re: Support hours', mail('According to section 3 of the SLA, weekend calls are included in your plan.')],

  // L: grants, or one no and its reason, in a list; a no restated (not a list) stays one finding, tested elsewhere.
  ['Re: Your requests', mail('Please see below.\n1) Weekend support: yes, from April.\n2) Japanese test reports: yes, from the next sprint.')],
  ['Re: Open points', mail('Thank you for the list.\n1. The warranty is extended to 24 months.\n2. The minimum order is lowered to 50 units.')],
  ['Re: Questions', mail('Our replies:\na) I\'m afraid free samples are difficult, but we can offer a 50% discount on the first two.\nb) Sunday delivery is possible with our partner carrier.')],
  ['Re: Terms', mail('Regarding your comments:\n• Payment at 60 days is fine.\n• We will waive the setup fee for this order.')],
  // S: a rule open or free to all, a statement with nothing asked, thanks for all clients.
  ['Re: Seminar', mail('Thank you for your message.\n\nThe seminar is open to all clients. This is free for all our customers.')],
  ['Newsletter', mail('We now ship within 48 hours. That is what we do for every client, and we are proud of it.')],
  ['Re: Holiday schedule', mail('Thank you for asking about our holidays. Our office closes on 28 December. This is the same for all our branches.')],
  ['Re: Thanks', mail('Thank you for the visit. It was a pleasure, as it is with all our customers.')],
  // H: a price rise announced from a date, a price kept for them, a hold granted.
  ['Price update', mail('From April we cannot keep the current price for your company, because steel costs rose by 20%.')],
  ['Re: Quote', mail('We are happy to hold the price for your 稟議 until the end of March.')],
  ['Re: Quote', mail('Of course we can hold this price for your board meeting in April.')],
  ['Re: Budget', mail("I'm afraid we cannot hold the rate for your budget round, but let me check with my manager what we can do.")],
  // B: the reason in English after a Japanese no; a cushioned English after a cushioned Japanese; a Japanese cushion alone.
  ['Re: 請求書', bilingual('請求書の日付の変更は、誠に恐れ入りますがいたしかねます。', "I'm afraid we are unable to change the invoice date, but we can add a note with the delivery date.")],
  ['Re: 保証期間', bilingual('恐れ入りますが、保証期間の延長はいたしかねます。', 'Unfortunately we cannot extend the warranty; may I call you to discuss an alternative?')],
  ['Re: 保証期間', bilingual('ご連絡ありがとうございます。保証期間を延長いたしました。', 'We have extended the warranty to 24 months.')],
];

const run = (cases: Case[], refusal: boolean) => refusalCases(engine, C, cases, refusal);

describe('round 25: a second list item, a rule for all, a price held for their deciding, a bilingual no, a stance kept, a clause cited', () => {
  describe('L a second refusal in a list of answers', () => run(LISTED, true));
  describe('S a rule declared for every buyer by pointing back', () => run(STANDING, true));
  describe('H a price held for the reader\'s deciding', () => run(HELD, true));
  describe('B a cushioned Japanese no said again flat in English', () => refusalCases(mixedEngine, C, BILINGUAL, true));
  describe('B a rule in English, the ask named in the Japanese half', () => refusalCases(mixedEngine, C, BILINGUAL_RULE, true));
  describe('T a verdict cell of infeasibility in a reply\'s table', () => run(CELL, true));
  describe('K a stance of ours kept against their ask to reconsider', () => run(KEPT, true));
  describe('P a clause of the agreement cited by number', () => run(CITED, true));
  describe('near misses', () => refusalCases(mixedEngine, C, NEAR, false));
});
