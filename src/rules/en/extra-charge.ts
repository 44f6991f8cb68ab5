import { defineRule } from '../../engine/rule';
import { englishFacts } from '../../engine/analysis/en';
import { chargeOffered } from '../../engine/analysis/en-standing';
import { costOnReaderSide } from '../../engine/analysis/en-news-charge';
import { answersWithCharge, compromise, cushionedRefusal, isQuestion, isSoftened } from './lib/refusal';

/**
 * "That's not included", "you'll have to pay for that", "those seats aren't covered and will be billed
 * separately": a request answered with a price tag. Plain scope statements in a quote ("Installation is
 * not included in this quotation") are left alone: the rule needs an answer to a request ("that / those …")
 * or a charge in the same breath.
 */
export default defineRule({
  id: 'en.blunt-refusal.extra-charge',
  lang: 'en',
  category: 'blunt-refusal',
  severity: 'warning',
  title: { en: '“Not included — you’ll have to pay”', ja: '「対象外なので有償です」という断り' },
  rationale: {
    en: 'Answering a client’s request with “that’s not covered, you’ll have to pay” turns goodwill into a transaction. In Japan the expected reply thanks them, names the plan gently and promises to see what can be done, even when a charge is finally needed.',
    ja: 'お客様の依頼に「対象外なので有償です」とだけ返すと、信頼関係が取引に置き換わってしまいます。最終的に費用が発生する場合でも、依頼への感謝を述べ、範囲をやんわり伝え、何ができるか検討すると伝えるのが期待される対応です。',
  },
  examples: {
    valid: [
      { text: 'Installation is not included in this quotation; we can quote it separately if you wish.' },
      { text: 'Installation is not included and can be quoted separately on request.' },
      { text: 'The price includes delivery to your Osaka warehouse.' },
      { text: 'You will not need to pay anything extra for the update.' },
      // Round 24: a cost moved to the reader from a start is a notice of changed terms (en.bad-news.blunt-notice).
      { text: 'From 2027, you will have to pay the import duties.' },
      { text: "I'm afraid those seats aren't covered by your current plan, but let me check with my manager what we can offer." },
    ],
    invalid: [
      {
        text: "Those seats aren't covered by your current plan and will be billed separately.",
        flagged: "Those seats aren't covered by your current plan and will be billed separately.",
        outputs: [
          "I'm afraid those seats aren't covered by your current plan and will be billed separately. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thank you for asking. This is not included in the current plan, but because we value working with you, let me speak with my manager and see what we can offer.',
        ],
      },
      {
        text: "Thanks for the note. You'll have to pay for that.",
        flagged: "You'll have to pay for that.",
        outputs: [
          "Thanks for the note. I'm afraid you'll have to pay for that. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thanks for the note. Thank you for asking. This is not included in the current plan, but because we value working with you, let me speak with my manager and see what we can offer.',
        ],
      },
    ],
  },
  readsPrevious: true,
  sentence(s, ctx, previous) {
    if (isQuestion(s)) return;
    const text = s.text;
    if (!answersWithCharge(text)) return;
    // "Going forward we will charge a handling fee of USD 35": a new charge announced is a price notice (bad
    // news, en.bad-news.blunt-notice), not a request answered with a price tag.
    if (ctx.facts.of(englishFacts, s).news === 'price-increase') return ctx.suppressed('price-notice', s.start, s.end);
    // Round 24: "From 2027, you will have to pay the import duties": a cost moved to the reader from a start is a notice
    // of changed terms (en-news-charge.ts), not a request answered with a price tag.
    if (costOnReaderSide(ctx.facts.of(englishFacts, s))) return ctx.suppressed('cost-hand-over', s.start, s.end);
    // "Installation is not included and can be quoted separately if you wish": the charge offered (round 15).
    if (chargeOffered(ctx.facts.of(englishFacts, s))) return ctx.suppressed('charge-offered', s.start, s.end);
    if (isSoftened(ctx, s, previous)) return ctx.suppressed('softened', s.start, s.end);
    ctx.report({
      start: s.start,
      end: s.end,
      message: 'This answers the request with a charge and nothing else. Thank them, name the plan gently and offer to consult your manager.',
      messageJa: '依頼に対して費用の話だけを返しています。感謝を述べ、範囲をやんわり伝え、上司と相談すると伝えましょう。',
      suggestions: [cushionedRefusal(text), compromise('not-included')],
    });
  },
});
