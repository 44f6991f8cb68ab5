// Refusals in any verb, read from the parse: many wordings by native and non-native writers, near misses
// that must stay clean, and precedence that holds when the rule given way to is switched off.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { PolicySchema } from '../../../src/policy/schema';
import { englishRules } from '../../../src/rules/en';

const engine = new Engine({ rules: englishRules });
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2025-12-01' };
const categories = (body: string, policy = PolicySchema.parse({})) =>
  engine.analyze({ id: 't', subject: '', body, kind: 'email', context: C }, policy).map((f) => f.category);

const REFUSALS = [
  // negated modal, future, present, "going to", in verbs no list names
  'We cannot reschedule the audit to August.',
  'We can not translate the manuals into Korean.',
  "We won't refund the setup fee.",
  'We will not be repainting the demo units.',
  // a wish not to do what the client asked is still a refusal (only sparing the reader is consideration)
  'We would rather not give you a discount on this order.',
  'We would rather not change the delivery schedule.',
  "We're not going to open a second support line.",
  'We are unable to waive the minimum order.',
  'Our engineers cannot travel to the Sapporo site in January.',
  "Our lab doesn't test samples from third-party suppliers.",
  'My team does not handle customs clearance.',
  'I cannot sign the amended NDA.',
  'We do not lend demo equipment.',
  'We never accept partial payments.',
  // non-native phrasings
  'we cant give more discount for this order',
  'We are not possible to change the colour.',
  'Our company is not able to accept this condition.',
  'We will not can deliver on Sunday.',
  // "not something we…", "no way", declining, passives, policy
  'Free shipping on small orders is not something we can do.',
  'There is no way our plant can run a second shift for this.',
  "We'll have to decline the invitation to tender.",
  'We must decline your proposal to share the tooling cost.',
  'Extended payment terms are not offered to new accounts.',
  'Your request for a price freeze cannot be approved.',
  'Changes to the housing cannot be accepted after sign-off.',
  'That is not an option for us.',
  'Rush orders are against our company policy.',
];

const CLEAN = [
  // eager, emphatic, the writer's own difficulty
  "We can't wait to show you the new line.",
  "I can't stress enough how much we value your feedback.",
  "I can't open the spreadsheet you attached; could you send it again?",
  "I couldn't reach Mr. Tanaka by phone this morning.",
  // questions and conditions
  "Couldn't we hold the review on Thursday instead?",
  "Is there any reason we can't use the existing jig?",
  "If the parts don't arrive by Monday, we will call you at once.",
  'Unless you need the certificates in Japanese, we will send the English ones.',
  // reports, statives, reassurance, third parties
  'We have not received the updated drawings yet.',
  'We did not find any defects in the returned units.',
  "We don't expect the new tariff to affect your prices.",
  "We won't share the test data with anyone without your consent.",
  'Mr. Ito will not be able to join the call, so I will take notes for him.',
  'The new firmware is not compatible with the old controller, as noted in the manual.',
  // keyword false alarms: no, can't, scope, deadline, price
  'No problem at all, we will resend the invoice today.',
  "No worries, I'll bring the samples on Tuesday.",
  'The project scope covers both plants in Osaka.',
  'The deadline you set for the report, June 5, works for us.',
  "The price on the quote doesn't include the optional sensor, which you said you don't need.",
  // a wish not to impose on the reader declines nothing they asked for
  'Thank you for suggesting Saturday, but we would rather not take up your weekend; would Monday suit you?',
  'We would rather not ask your team to come in on a holiday, so could we meet on the 7th instead?',
  'We would not want to impose on your staff during the inventory count.',
  // cushioned, with an alternative or a promise to consult
  "I'm afraid we cannot ship on Saturday, but we could deliver first thing Monday.",
  'Unfortunately we are unable to lower the price, but let me check with my manager about volume terms.',
  'Regrettably, we will not be able to attend, and we would be happy to send a colleague instead.',
  'Much as we would like to, we cannot hold the slot beyond Friday; let me see what else we can do.',
];

describe('English refusals in any verb', () => {
  it.each(REFUSALS)('flags: %s', (body) => {
    expect(categories(body)).toContain('blunt-refusal');
  });
  it.each(CLEAN)('stays clean: %s', (body) => {
    expect(categories(body)).not.toContain('blunt-refusal');
  });
});

describe('precedence holds when the rule given way to is off', () => {
  // "We can't fill your full order this month" is both a refusal and a shortage; with bad news switched off,
  // the refusal must still be reported (before, flat-no stayed silent on what it had handed over).
  const body = 'We cannot supply the full 500 units this month.';
  it('reports the refusal when bad-news rules are off', () => {
    const off = PolicySchema.parse({ rules: { 'en.bad-news.blunt-notice': 'off' } });
    expect(categories(body, off)).toContain('blunt-refusal');
  });
  it('reports it when every other English rule is off', () => {
    const rules = Object.fromEntries(englishRules.filter((r) => r.id !== 'en.blunt-refusal.flat-no').map((r) => [r.id, 'off']));
    expect(categories(body, PolicySchema.parse({ rules }))).toEqual(['blunt-refusal']);
  });
});
