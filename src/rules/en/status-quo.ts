import { englishFacts, type EnFacts } from '../../engine/analysis/en';
import { refusalMayOwn } from '../../engine/analysis/en-sentence-act';
import { defineRule } from '../../engine/rule';
import { mayRefuse, softenedByFacts, wrappedRefusal } from './lib/refusal';
import { keptAgainstAsk, keptOrLimitSentences, limitAgainstAsk } from './lib/status-quo';

/**
 * Refusing by declaring the status quo (round 12, class E2): the reader asked us to waive, reduce or change a
 * price, fee or term, and a later sentence only says it stays — "Thank you for your request to waive the
 * handling fee. The fee stays." The kept clause and the ask are per-sentence facts (en-kept.ts); an ask in the
 * same sentence ("The rush fee you asked us to waive stays") makes the sentence a refusal of its own, which
 * flat-no reports. A document rule because the ask is usually a sentence or two before the answer.
 */
export default defineRule({
  id: 'en.blunt-refusal.status-quo',
  lang: 'en',
  category: 'blunt-refusal',
  severity: 'warning',
  yieldsTo: ['en.blunt-refusal.flat-no'],
  title: { en: 'A request answered with “it stays”', ja: '「据え置きます」だけの返答' },
  rationale: {
    en: 'When a client asks you to waive or reduce a charge, “the fee stays” answers the request with a closed door. A Japanese buyer expects the no to be cushioned, thanked for and carried to your manager, so that the relationship — not just the price — is seen to matter.',
    ja: '料金の免除や値下げを依頼されて「料金はそのままです」とだけ返すと、門前払いに聞こえます。クッション言葉と依頼への感謝を添え、上司と相談する旨を伝えると、価格だけでなく関係を大切にしていることが伝わります。',
  },
  examples: {
    valid: [
      // Round 34: goods still somewhere is no term kept.
      { text: 'The goods are still in customs; we expect release on Monday.' },
      // Round 25: a commitment kept is no stance kept against an ask; a stance kept with a consult is cushioned.
      { text: 'Our commitment to quality has not changed.' },
      { text: 'As you know, our position on this has not changed since March, and I will call you to discuss it.' },
      { text: 'Good news: your price stays the same next year.' },
      { text: 'Your discount stays in place for the 2027 orders.' },
      { text: 'Thank you for your request to lower the MOQ. Everything else stays as agreed.' },
      { text: 'Your request for 90-day terms has been declined by our credit department. Our terms remain 30 days net.' },
      { text: 'Thank you for your request for a quotation. The quotation remains valid for 60 days.' },
      // Round 18: a price list asked for is a paper, not a change asked.
      { text: 'Please find attached the updated price list you asked for. Prices for the M-series are unchanged.' },
      { text: "Thank you for asking us to waive the handling fee. I'm afraid the fee stays, but let me speak with my manager and see what we can do." },
      { text: 'Thank you for asking us to waive the handling fee.\nThe fee stays.', context: { recipient: 'internal' } },
      // Round 21: a limit said of its own accord, the client's own limit, a property of a thing.
      { text: 'Your budget ceiling is ¥5 million, so we proposed the smaller package.' },
      { text: "The spindle's maximum speed is 12,000 rpm." },
      { text: 'Thank you for your enquiry about gift boxes.\nAs with all our quotations, the prices are valid for 30 days from the date of issue.' },
    ],
    invalid: [
      {
        // Round 34: a term said to be "still" what it was, against their ask to change it.
        text: 'You asked for 60-day terms.\nPayment terms are still 30 days net.',
        flagged: 'Payment terms are still 30 days net.',
        outputs: [
          "You asked for 60-day terms.\nI'm afraid payment terms are still 30 days net. However, because we value working with you, let me speak with my manager and see what we can do.",
          'You asked for 60-day terms.\nThank you for asking. Unfortunately, payment terms are still 30 days net, but we would be glad to suggest an alternative that works for you.',
        ],
      },
      {
        // Round 25: a stance of ours (position, decision, answer) kept: said only to someone who asked us to reconsider.
        text: "Thank you for your email.\nOur position has not changed.",
        flagged: "Our position has not changed.",
        outputs: [
          "Thank you for your email.\nI'm afraid our position has not changed. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for your email.\nUnfortunately, our position has not changed, but we would be glad to suggest an alternative that works for you.",
        ],
      },
      {
        // Round 21: a limit of ours stated as the whole answer to their counter-offer.
        text: 'Thanks for the counter-offer.\n10% is our floor on these volumes.',
        flagged: '10% is our floor on these volumes.',
        outputs: [
          "Thanks for the counter-offer.\nI'm afraid 10% is our floor on these volumes. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thanks for the counter-offer.\nUnfortunately, 10% is our floor on these volumes, but we would be glad to suggest an alternative that works for you.',
        ],
      },
      {
        text: 'Thank you for your request to waive the handling fee.\nThe fee stays.',
        flagged: 'The fee stays.',
        outputs: [
          "Thank you for your request to waive the handling fee.\nI'm afraid the fee stays. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Thank you for your request to waive the handling fee.\nUnfortunately, the fee stays, but we would be glad to suggest an alternative that works for you.',
        ],
      },
      {
        text: 'Regarding the reduction of the minimum order you proposed. We checked with our plant. The MOQ stays at 500 units.',
        flagged: 'The MOQ stays at 500 units.',
        outputs: [
          "Regarding the reduction of the minimum order you proposed. We checked with our plant. I'm afraid the MOQ stays at 500 units. However, because we value working with you, let me speak with my manager and see what we can do.",
          'Regarding the reduction of the minimum order you proposed. We checked with our plant. Thank you for asking. Unfortunately, the MOQ stays at 500 units, but we would be glad to suggest an alternative that works for you.',
        ],
      },
    ],
  },
  document(ctx) {
    const { sentences } = ctx;
    for (const i of keptOrLimitSentences(ctx)) {
      // Round 21: or a limit of ours stated as the answer ("Nope, 10% is our floor"), or our term kept ("we stay at 60 days").
      const kept = keptAgainstAsk(ctx, i);
      const limit = kept ? undefined : limitAgainstAsk(ctx, i);
      if (!kept && limit === undefined) continue;
      const s = sentences[i]!;
      const facts = ctx.facts.of(englishFacts, s);
      // An ask in the same sentence makes it a refusal of its own: flat-no reports it.
      if (facts.refusal !== undefined) continue;
      const previous = sentences[i - 1];
      const before = previous?.lang === 'en' ? ctx.facts.of(englishFacts, previous) : undefined;
      // Round 43 (yf-005): "…we will need to revise the price of IQF raspberries from EUR 3.80/kg to EUR 4.35/kg. Blackcurrants
      // and sour cherries will stay at the current prices.": beside our own change of price just told, the rest kept is the
      // good part of that notice — no ask of theirs turned down.
      if (kept && before?.news === 'price-increase') continue;
      const drop = (guard: string) => ctx.suppressed(guard, s.start, s.end);
      if (softenedByFacts(facts, before, previous?.text)) {
        drop('softened');
        continue;
      }
      // Round 21: a specification or a thing ended for good owns the sentence (en-sentence-act.ts).
      if (!refusalMayOwn(facts, before)) {
        drop('act-is-spec-or-end');
        continue;
      }
      // "Your request for 90-day terms has been declined. Our terms remain 30 days net.": the refusal just before
      // is the answer, flagged once; this restates it.
      if (before?.refusal !== undefined && mayRefuse(previous!.text)) {
        drop('reason-after-refusal');
        continue;
      }
      const asRefusal: EnFacts = { ...facts, refusal: kept ? facts.kept : limit };
      ctx.report({
        start: s.start,
        end: s.end,
        message: 'Saying the charge “stays” answers their request with a closed door. Cushion it, thank them for asking, and offer to consult your manager.',
        messageJa: '「そのままです」とだけ答えると、依頼を門前払いしたように聞こえます。クッション言葉と依頼への感謝を添え、上司と相談すると伝えましょう。',
        suggestions: wrappedRefusal(s, asRefusal, before?.cues.thanks !== undefined),
      });
    }
  },
});
