// The English annotator on its own: a table of sentences → facts (subject side, modal, negation, tense,
// question, imperative, condition, speech acts), and every cue entry's own examples.
import { describe, expect, it } from 'vitest';
import cues from '../../../dictionaries/en/cues.json';
import { analyzeEnglish, type SpeechAct } from '../../../src/engine/analysis/en';
import { CuesDictionarySchema } from '../../../src/engine/analysis/en-acts';

interface Row {
  text: string;
  side?: 'we' | 'you' | 'third' | null;
  modal?: string | null;
  negated?: boolean;
  tense?: 'past' | 'present' | 'future';
  question?: boolean;
  imperative?: boolean;
  conditional?: boolean;
  acts?: SpeechAct[];
  notActs?: SpeechAct[];
}

/** The main clause: the first with a verb, not subordinate. */
function mainOf(text: string) {
  const f = analyzeEnglish(text);
  const main = f.main === undefined ? undefined : f.clauses[f.main];
  return { f, main };
}

const ROWS: Row[] = [
  // our side, negated, in many verbs and forms
  { text: 'We cannot accept returns after 30 days.', side: 'we', modal: 'can', negated: true, tense: 'present', acts: ['refusal'] },
  { text: "We won't be able to extend the warranty.", side: 'we', modal: 'will', negated: true, tense: 'future', acts: ['refusal'] },
  { text: 'Our team is not going to support the old API after March.', side: 'we', modal: 'will', negated: true, acts: ['refusal'] },
  { text: 'We are unable to offer a discount on this order.', side: 'we', modal: 'can', negated: true, acts: ['refusal'] },
  { text: 'We don’t provide on-site training in Okinawa.', side: 'we', negated: true, tense: 'present', acts: ['refusal'] },
  { text: 'Our company does not sign customer NDA templates.', side: 'we', negated: true, acts: ['refusal'] },
  { text: 'I will not be sending the source files.', side: 'we', modal: 'will', negated: true, acts: ['refusal'] },
  { text: 'We never work on weekends.', side: 'we', negated: true, acts: ['refusal'] },
  { text: "We'll have to decline your request for consignment stock.", side: 'we', modal: 'will', acts: ['refusal'] },
  { text: 'We must respectfully decline the invitation.', side: 'we', modal: 'must', acts: ['refusal'] },
  { text: 'That is not something we normally do for new customers.', acts: ['refusal'] },
  { text: 'That won’t be possible before March.', side: 'third', modal: 'will', negated: true, acts: ['refusal'] },
  { text: 'There is no way we can do that.', acts: ['refusal'] },
  { text: 'We are not in a position to lower the price.', side: 'we', negated: true, acts: ['refusal'] },
  { text: 'Custom integrations are not offered for individual customers.', side: 'third', negated: true, acts: ['refusal'] },
  { text: 'Your request cannot be accommodated at this time.', side: 'you', modal: 'can', negated: true, acts: ['refusal'] },
  { text: 'Damage from a fall is not covered by the warranty.', side: 'third', negated: true, acts: ['refusal'] },
  // negatives that refuse nothing
  { text: "We can't wait to visit your plant next month.", side: 'we', negated: true, notActs: ['refusal'] },
  { text: "I can't thank you enough for your help.", side: 'we', negated: true, notActs: ['refusal'] },
  { text: "I can't open the attachment you sent.", side: 'we', negated: true, notActs: ['refusal'] },
  { text: 'I couldn’t find the file you mentioned.', side: 'we', modal: 'could', negated: true, notActs: ['refusal'] },
  { text: 'We have not received your payment yet.', side: 'we', negated: true, notActs: ['refusal'] },
  { text: 'We do not expect any delay.', side: 'we', negated: true, notActs: ['refusal'] },
  { text: "We don't need remote access for the update.", side: 'we', negated: true, notActs: ['refusal'] },
  { text: 'We will not make any changes without your approval.', side: 'we', negated: true, notActs: ['refusal'] },
  { text: "Can't we move the meeting to Thursday?", question: true, notActs: ['refusal'] },
  { text: 'If you cannot decide by Friday, we can’t hold the slot.', conditional: true, notActs: ['refusal'] },
  { text: 'If the damage is not covered, we will send a quote first.', conditional: true, notActs: ['refusal'] },
  { text: "They don't need remote access for the update.", side: 'third', negated: true, notActs: ['refusal'] },
  { text: 'No problem, we will ship tomorrow.', notActs: ['refusal'] },
  { text: 'Your account has not been updated.', side: 'you', negated: true, notActs: ['refusal'] },
  { text: 'We might not make the original deadline.', side: 'we', modal: 'might', negated: true, notActs: ['refusal'] },
  // questions and requests
  { text: 'Can you send us the drawings by Friday?', side: 'you', modal: 'can', question: true, acts: ['request'] },
  { text: 'Could you please confirm the delivery address?', side: 'you', question: true, acts: ['request'] },
  { text: 'Did you receive the samples?', side: 'you', question: true, tense: 'past' },
  { text: 'Are you available on Thursday afternoon?', side: 'you', question: true },
  { text: 'Please send the signed contract to our office.', imperative: true, acts: ['request'] },
  { text: 'Send me the invoice when you can.', imperative: true, acts: ['request'] },
  { text: 'Check the attached file for details.', imperative: true, acts: ['request'] },
  { text: 'Do not reply to this message.', imperative: true, negated: true, acts: ['request'], notActs: ['refusal'] },
  { text: 'Thank you for your order.', imperative: false, acts: ['thanks'], notActs: ['request'] },
  { text: 'We look forward to working with you.', side: 'we', imperative: false },
  // offers, proposals, notices, apologies
  { text: 'We would be happy to arrange a demo.', side: 'we', modal: 'would', acts: ['offer'], notActs: ['refusal'] },
  { text: 'Let me check with my manager and get back to you.', imperative: true, acts: ['offer'], notActs: ['request'] },
  { text: 'How about a short call on Tuesday?', question: true, acts: ['proposal'] },
  { text: 'Shall we meet at your office on Tuesday?', side: 'we', modal: 'shall', question: true, acts: ['proposal'] },
  { text: 'We would like to inform you that our Osaka office will close.', acts: ['notice'] },
  { text: 'Please note that the office is closed on Monday.', acts: ['notice', 'request'] },
  { text: 'We apologise for the inconvenience.', side: 'we', acts: ['apology'] },
  { text: 'We are very sorry for the delay.', side: 'we', acts: ['apology'] },
  // tense and voice
  { text: 'Our prices will increase by 8% from April 1.', side: 'we', modal: 'will', tense: 'future' },
  { text: 'The shipment has slipped to May 20.', side: 'third', tense: 'present' },
  { text: 'We shipped 300 of the 500 units today.', side: 'we', tense: 'past' },
  { text: 'Should you need anything else, please let me know.', conditional: true },
];

describe('English annotator: sentence → facts', () => {
  it.each(ROWS)('$text', (row) => {
    const { f, main } = mainOf(row.text);
    if (row.side !== undefined) expect(main?.subject?.side ?? null, 'subject side').toBe(row.side);
    if (row.modal !== undefined) expect(main?.modal ?? null, 'modal').toBe(row.modal);
    if (row.negated !== undefined) expect(f.negationScopes.length > 0, 'negated').toBe(row.negated);
    if (row.tense) expect(main?.tense, 'tense').toBe(row.tense);
    if (row.question !== undefined) expect(f.question, 'question').toBe(row.question);
    if (row.imperative !== undefined) expect(f.imperative, 'imperative').toBe(row.imperative);
    if (row.conditional !== undefined) expect(f.conditional, 'conditional').toBe(row.conditional);
    for (const a of row.acts ?? []) expect(f.acts, `act ${a}`).toContain(a);
    for (const a of row.notActs ?? []) expect(f.acts, `not act ${a}`).not.toContain(a);
  });

  it('gives offsets into the sentence as written (curly apostrophes, clitics, first letter)', () => {
    const text = 'I’m afraid we can’t ship on Friday.';
    const f = analyzeEnglish(text);
    for (const t of f.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(f.tokens.map((t) => t.text).slice(0, 2)).toEqual(['I', '’m']);
    const scope = f.negationScopes[0]!;
    expect(text.slice(scope.start, scope.end)).toBe('n’t ship on Friday.');
  });

  it('is linear on long degenerate input', () => {
    for (const text of ['A'.repeat(100_000), 'Mr. '.repeat(25_000), '!'.repeat(100_000), 'we can not '.repeat(5000)]) {
      const f = analyzeEnglish(text);
      expect(f.tokens.length).toBeGreaterThan(0);
    }
  });
});

describe('dictionaries/en/cues.json', () => {
  const dict = CuesDictionarySchema().parse(cues);
  it('has unique ids and short phrases', () => {
    expect(new Set(dict.entries.map((e) => e.id)).size).toBe(dict.entries.length);
  });
  for (const e of dict.entries) {
    it.each(e.has)(`${e.id}: finds a ${e.cue} cue in %s`, (text) => {
      expect(analyzeEnglish(text).cues[e.cue]?.length ?? 0).toBeGreaterThan(0);
    });
    it.each(e.hasNot)(`${e.id}: no ${e.cue} cue in %s`, (text) => {
      expect(analyzeEnglish(text).cues[e.cue]?.length ?? 0).toBe(0);
    });
  }
});
