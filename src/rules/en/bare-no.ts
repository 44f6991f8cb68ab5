import { englishFacts, type EnFacts } from '../../engine/analysis/en';
import { refusalMayOwn } from '../../engine/analysis/en-sentence-act';
import type { Annotator } from '../../engine/analysis/facts';
import { defineRule, type RuleContext } from '../../engine/rule';
import type { Sentence } from '../../engine/types';
import { matchesAny } from './lib/phrases';
import { bareNoIn, compromise, REFUSAL } from './lib/refusal';
import { itemLabel, noInListing, sparedItem } from './lib/listing';

/**
 * "No.", "Unfortunately not.", "That's a hard no.", "The answer is no.": a request answered with nothing
 * but the refusal. A cushion word alone does not soften it ("Unfortunately not." is still a shut door);
 * a cushion followed by an alternative or a promise to consult does ("I'm afraid not, but we could …").
 * A document rule because that alternative often comes in the next sentence ("Unfortunately not. However, …").
 */
export default defineRule({
  id: 'en.blunt-refusal.bare-no',
  // "No, we cannot do that": the refusal that follows is reported whole by flat-no or out-of-scope, when enabled.
  yieldsTo: ['en.blunt-refusal.flat-no', 'en.blunt-refusal.out-of-scope'],
  lang: 'en',
  category: 'blunt-refusal',
  severity: 'warning',
  title: { en: 'A bare “no” to a request', ja: '「いいえ」だけの断り' },
  rationale: {
    en: 'A bare “no” — even after “unfortunately” — tells a Japanese buyer the conversation is over. What keeps the relationship is the cushion together with something to hold on to: an alternative, or a promise to consult your manager and come back.',
    ja: '「いいえ」「残念ながらできません」だけの返事は、日本のお客様には話を打ち切られたように響きます。クッション言葉に加えて、代案や「上司と相談して改めてご連絡します」といった次の一手を示すことで、関係がつながります。',
  },
  examples: {
    valid: [
      // Round 34: a property in a product's specifications (lib/listing.ts).
      { text: 'Specifications:\n- Dishwasher safe: No\n- Oven safe: Yes, up to 220 °C', subject: 'Re: specifications' },
      { text: "I'm afraid not, but we could ship half of the order this Friday and the rest next week." },
      { text: 'Unfortunately not. However, we could ship half of the order this Friday and the rest next week.' },
      { text: 'No problem, we will resend the invoice today.' },
      { text: 'No. 3 line will restart on Monday.' },
      // Round 29 (AY ay-003/ay-037): the splitter ends a sentence at "Cat.", leaving "No. NB-4512 …" — a catalogue number.
      { text: 'We can ship our pre-conjugated version (Cat. No. NB-4512) from Kobe within two days.' },
      { text: 'Will the update cost anything extra? No.' },
      { text: 'Thank you for asking.\nNo.', context: { recipient: 'internal' } },
    ],
    invalid: [
      {
        text: 'Thank you for asking about an extension.\nUnfortunately not.',
        flagged: 'Unfortunately not.',
        outputs: [
          "Thank you for asking about an extension.\nI'm afraid that will not be possible this time, but because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking about an extension.\nThank you for asking. I'm afraid this is difficult for us at the moment, but because we value working with you, let me speak with my manager and see what we can do.",
        ],
      },
      {
        text: 'Thanks for the question.\nNo. We only ship complete pallets.',
        flagged: 'No.',
        outputs: [
          "Thanks for the question.\nI'm afraid that will not be possible this time, but because we value working with you, let me speak with my manager and see what we can do. We only ship complete pallets.",
          "Thanks for the question.\nThank you for asking. I'm afraid this is difficult for us at the moment, but because we value working with you, let me speak with my manager and see what we can do. We only ship complete pallets.",
        ],
      },
      {
        text: "I'm afraid it's a hard no from our legal team.",
        flagged: "I'm afraid it's a hard no from our legal team.",
        outputs: [
          "I'm afraid that will not be possible this time, but because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. I'm afraid this is difficult for us at the moment, but because we value working with you, let me speak with my manager and see what we can do.",
        ],
      },
    ],
  },
  document(ctx) {
    const { sentences } = ctx;
    // A fact of the sentence's text, kept by position from the field's last check (round 40, issue 14): a keystroke
    // elsewhere costs a pointer comparison per sentence, not a look-up.
    const { values, kept } = ctx.facts.ofSentences(BARE_NO_EN, ctx.field, sentences, (hit) => hit !== null);
    for (const i of kept) {
      const s = sentences[i]!;
      const hit = values[i]!;
      const rest = s.text.slice(hit.index + hit.text.length);
      const previous = sentences[i - 1];
      const drop = (guard: string) => ctx.suppressed(guard, s.start + hit.index, s.start + hit.index + hit.text.length);
      if (previous && answersOwnQuestion(previous)) {
        drop('answers-own-question');
        continue;
      }
      // Round 21: a specification or a thing ended for good owns the sentence (en-sentence-act.ts).
      if (!refusalMayOwn(ctx.facts.of(englishFacts, s), previous && previous.lang === 'en' ? ctx.facts.of(englishFacts, previous) : undefined)) {
        drop('act-is-spec-or-end');
        continue;
      }
      // Round 34: "Specifications: - Dishwasher safe: No", "- Extended warranty: No (not requested)": a property or an
      // item nobody asked for (lib/listing.ts).
      if (noInListing(ctx, s, rest)) {
        drop('listing-not-asked');
        continue;
      }
      // Round 36: "Surcharge for the split shipment: no", "Backorders: no", "Safety shoes needed: no": a "no" to a cost, a
      // problem or a need of the client's spares them — good news, not their ask turned down.
      const label = itemLabel(s.text, hit.index + hit.text.length);
      if (label !== undefined && sparedItem(label, s.text.slice(hit.index))) {
        drop('spared-item');
        continue;
      }
      if (softened(ctx, s, hit.index + hit.text.length, previous, sentences[i + 1])) {
        drop('softened-with-alternative');
        continue;
      }
      // A leading "No." before the rest of the answer is replaced alone, and so is the answer after a topic
      // phrase ("Re: weekend delivery — not possible, sorry.": the topic stays); any other form is the whole sentence.
      const afterTopic = hit.index > 0 && /[:—–-]\s*$/.test(s.text.slice(0, hit.index));
      const alone = (hit.phrase.id === 'no-alone' && rest.trim() !== '') || afterTopic;
      ctx.report({
        start: alone ? s.start + hit.index : s.start,
        end: alone ? s.start + hit.index + hit.text.length : s.end,
        message: 'A bare “no” shuts the door, even after “unfortunately”. Cushion it, and offer an alternative or to consult your manager.',
        messageJa: '「いいえ」だけの返事は、「残念ながら」を添えても門前払いに聞こえます。クッション言葉に加え、代案か上司との相談を申し出ましょう。',
        suggestions: [compromise('not-this-time'), compromise('difficult')],
      });
    }
  },
});

/**
 * "Will it cost anything extra? No." answers a question of our own with good news. Round 45 (xe-001): so does a question
 * of fact about a thing, quoted from the reader ("Is a price increase planned for 2026? No."): asked with a form of
 * "be", "do" or "have" about something other than us, and not whether a thing is possible ("Is it possible to …?",
 * "Can you …?", "Do you offer …?" ask us to do something, and a "No." to them turns it down).
 */
function answersOwnQuestion(previous: Sentence): boolean {
  if (!/\?\s*$/.test(previous.text)) return false;
  if (/\b(?:any|anything|extra|additional|need\s+to|have\s+to)\b/i.test(previous.text)) return true;
  return FACT_QUESTION.test(previous.text) && !ASKS_OF_US.test(previous.text) && !OUR_OFFER.test(previous.text);
}
/** A yes/no question of fact, after any list mark: "Is a price increase planned …?", "Does the price include …?". */
const FACT_QUESTION = /^\s*(?:(?:[-•*]|\d+[.)])\s*)?(?:is|are|was|does|did|has|will)\s(?!you\b|we\b)/i;
/** What asks us to act, or whether we can: possibility, permission, willingness, our offer. */
const ASKS_OF_US = /\b(?:possible|able|ok|okay|feasible|acceptable|allowed|willing)\b/i;
const OUR_OFFER = /\b(?:available|offer|provide|accept)\b/i;

/**
 * A cushion (here or just before, read from the parse) together with an alternative ("However, …", "…, but
 * we could …") or a promise to consult ("let me check with my manager") after the "no" or in the next sentence.
 */
function softened(ctx: RuleContext, s: Sentence, restAt: number, previous: Sentence | undefined, next: Sentence | undefined): boolean {
  const facts = ctx.facts.of(englishFacts, s);
  const before = previous && previous.lang === 'en' ? ctx.facts.of(englishFacts, previous) : undefined;
  if (!facts.cues.cushion && !before?.cues.cushion) return false;
  const consultsAfter = (f: EnFacts, from: number) => (f.cues.consult ?? []).some((k) => f.tokens[k]!.start >= from);
  if (matchesAny(REFUSAL.alternatives, s.text.slice(restAt)) || consultsAfter(facts, restAt)) return true;
  if (next === undefined || next.lang !== 'en') return false;
  return matchesAny(REFUSAL.alternatives, next.text) || consultsAfter(ctx.facts.of(englishFacts, next), 0);
}

/** The first bare "no" of an English sentence, at its start or after a topic phrase, or null (and null for the others). */
const BARE_NO_EN: Annotator<NonNullable<ReturnType<typeof bareNoIn>> | null> = {
  id: 'en.blunt-refusal.bare-no/hit-en',
  analyze: (s) => (s.lang === 'en' ? bareNoIn(s.text) ?? null : null),
};
