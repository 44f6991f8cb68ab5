import { defineRule } from '../../engine/rule';
import { englishFacts } from '../../engine/analysis/en';
import { refusalMayOwn } from '../../engine/analysis/en-sentence-act';
import { matchesAny } from './lib/phrases';
import { contractPhrase, contractRefusal, compromise, isQuestion, isSoftened, REFUSAL } from './lib/refusal';

/**
 * What the reader is spared: "you do not need to sign a new agreement", "your team won't have to", "there is
 * no need to", "no action is required" — and the bare "No," that answers their question with it.
 */
const RELIEF = /\b(?:(?:do|does|did|will|would)\s*(?:not|n['’]t)|don['’]t|doesn['’]t|won['’]t|never)\s+(?:need|have)\s+to\b|\bneed\s+not\b|\bno\s+need\b|\bno\s+(?:new\s+|further\s+|additional\s+)?(?:action|changes?|signatures?|paperwork|agreement|contract|forms?)\s+(?:is|are|will\s+be)\s+(?:needed|required|necessary)\b/gi;
const ANSWERING_NO = /^\s*no\s*[,—–-]\s*/i;

/**
 * The sentence without what spares the reader: "No, your team does not need to sign a new agreement — the
 * renewal runs under the existing terms" invokes the terms to reassure, and refuses nothing.
 */
function withoutRelief(text: string): string {
  const spared = text.replace(RELIEF, ' ');
  return spared === text ? text : spared.replace(ANSWERING_NO, '');
}

/** "As per the contract, this is not included": the contract used as a wall rather than a shared reference. */
export default defineRule({
  id: 'en.blunt-refusal.per-contract',
  lang: 'en',
  category: 'blunt-refusal',
  severity: 'warning',
  title: { en: '“As per the contract” to shut a request down', ja: '「契約上」を盾にした断り' },
  rationale: {
    en: 'Japanese buyers expect a contract to be the floor of the relationship, not its ceiling. Quoting it to refuse (“as per the contract, you are responsible”) sounds legalistic and cold; mention the agreement gently and offer to look for a way.',
    ja: '日本の取引では、契約は関係の最低限の取り決めであり、上限ではないと受け取られます。「契約上〜です」と盾にして断ると冷たく事務的に響きます。契約にはやんわり触れ、何ができるか検討すると伝えましょう。',
  },
  examples: {
    valid: [
      // Round 25: a clause cited to point the reader somewhere, refusing nothing.
      { text: 'Please see section 4 of the manual for the cleaning steps.' },
      { text: 'Under the current agreement, the annual inspection is included at no charge.' },
      { text: 'As per the contract, we will deliver the first batch on May 12.' },
      { text: 'Under our agreement, we will send you a monthly report.' },
      { text: "I'm afraid that under our current agreement, on-site visits are not included, but let me see what we can do." },
    ],
    invalid: [
      {
        // Round 25: a clause of the agreement cited by number ("Per section 4.2 of our agreement").
        text: "Per section 4.2 of our agreement, wear parts are not covered.",
        flagged: "Per section 4.2 of our agreement, wear parts are not covered.",
        outputs: [
          "I'm afraid that under our current agreement, wear parts are not covered. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. This is outside the scope of the current contract, but because we value working with you, let me speak with my manager and see what we can do.",
        ],
      },
      {
        text: 'As per the contract, on-site training is not included.',
        flagged: 'As per the contract, on-site training is not included.',
        outputs: [
          "I'm afraid that under our current agreement, on-site training is not included. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thank you for asking. This is outside the scope of the current contract, but because we value working with you, let me speak with my manager and see what we can do.',
        ],
      },
      {
        text: 'You are responsible for installation according to the agreement.',
        flagged: 'You are responsible for installation according to the agreement.',
        outputs: [
          "I'm afraid that under our current agreement, you are responsible for installation. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thank you for asking. This is outside the scope of the current contract, but because we value working with you, let me speak with my manager and see what we can do.',
        ],
      },
    ],
  },
  readsPrevious: true,
  sentence(s, ctx, previous) {
    if (isQuestion(s)) return;
    const contract = contractPhrase(s.text);
    if (!contract || !matchesAny(REFUSAL.contractRefusal, withoutRelief(s.text))) return;
    if (isSoftened(ctx, s, previous)) return ctx.suppressed('softened', s.start, s.end);
    // Round 21: a specification or a thing ended for good owns the sentence (en-sentence-act.ts).
    if (!refusalMayOwn(ctx.facts.of(englishFacts, s), previous && previous.lang === 'en' ? ctx.facts.of(englishFacts, previous) : undefined)) {
      return ctx.suppressed('act-is-spec-or-end', s.start, s.end);
    }
    ctx.report({
      start: s.start,
      end: s.end,
      message: 'Quoting the contract to refuse sounds cold. Mention the agreement gently and offer to consult your manager.',
      messageJa: '契約を盾にした断りは冷たく響きます。契約にはやんわり触れ、上司と相談すると伝えましょう。',
      suggestions: [contractRefusal(s.text, contract), compromise('scope')],
    });
  },
});
