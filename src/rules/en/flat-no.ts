import { defineRule } from '../../engine/rule';
import { badNewsIn } from './lib/bad-news';
import { findFirst, matchesAny } from './lib/phrases';
import { isPressure } from './lib/pressure';
import { answersWithCharge, compromise, cushionedRefusal, isQuestion, isSoftened, REFUSAL } from './lib/refusal';

/**
 * "We can't", "we won't", "that's not possible", "we don't build custom integrations", "isn't something we
 * do", "is not covered by the warranty": a door shut on a client.
 */
export default defineRule({
  id: 'en.blunt-refusal.flat-no',
  lang: 'en',
  category: 'blunt-refusal',
  severity: 'warning',
  title: { en: 'A flat “no” to a client', ja: 'お客様への素っ気ない断り' },
  rationale: {
    en: 'A Japanese buyer hears a flat “we can’t” or “we don’t do that” as the end of the relationship, even when a reason follows. A cushion (“I’m afraid…”), thanks for the request and a promise to consult your manager keep the door open, which is what the buyer expects from a partner.',
    ja: '「できません」「対応していません」と言い切る断りは、理由が添えてあっても関係を断つように聞こえます。「恐れ入りますが」などのクッション言葉、依頼への感謝、上司と相談する旨を添えると、取引先として期待される姿勢が伝わります。',
  },
  examples: {
    valid: [
      { text: "We can't wait to visit your plant next month." },
      { text: "No problem at all, we'll ship tomorrow." },
      { text: "For the update, we won't need remote access to your server." },
      { text: 'Regrettably, a Japanese UI is not on our roadmap, so we are unable to commit to a date at this stage.' },
      { text: "I'm afraid we cannot accept returns after 30 days, but let me see what we can do for this order." },
      { text: 'Thank you for asking.\nUnfortunately, we do not offer on-site training in Okinawa.' },
      { text: "We won't make any changes without your approval." },
      { text: "Can't we move the meeting to Thursday?" },
      { text: "We don't expect any delay, and there is no charge for the replacement." },
      { text: 'If the damage is not covered by the warranty, we will send you a quote first.' },
      { text: 'After Friday, the standard price will apply and we cannot guarantee the slot.' },
      { text: "No, we can't do that.", context: { recipient: 'internal' } },
    ],
    invalid: [
      {
        text: "No, we can't do that.",
        flagged: "No, we can't do that.",
        outputs: [
          "I'm afraid we can't do that. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. I'm afraid this is difficult for us at the moment, but because we value working with you, let me speak with my manager and see what we can do.",
        ],
      },
      {
        text: 'Many thanks for the documentation.\nWe don’t build custom integrations for individual customers.\nOur REST API is documented online.',
        flagged: 'We don’t build custom integrations for individual customers.',
        outputs: [
          'Many thanks for the documentation.\nI\'m afraid we don’t build custom integrations for individual customers. However, because we value working with you, let me speak with my manager and see what we can do.\nOur REST API is documented online.',
          "Many thanks for the documentation.\nThank you for asking. I'm afraid this is difficult for us at the moment, but because we value working with you, let me speak with my manager and see what we can do.\nOur REST API is documented online.",
        ],
      },
      {
        text: 'Thank you for the photos.\nDamage from a fall during installation is not covered by the warranty.',
        flagged: 'Damage from a fall during installation is not covered by the warranty.',
        outputs: [
          "Thank you for the photos.\nI'm afraid damage from a fall during installation is not covered by the warranty. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for the photos.\nThank you for asking. I'm afraid this is difficult for us at the moment, but because we value working with you, let me speak with my manager and see what we can do.",
        ],
      },
      {
        text: 'Regarding consignment stock: that isn’t something we do for any customer.',
        flagged: 'Regarding consignment stock: that isn’t something we do for any customer.',
        outputs: [
          "Regarding consignment stock: I'm afraid that isn’t something we do for any customer. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. I'm afraid this is difficult for us at the moment, but because we value working with you, let me speak with my manager and see what we can do.",
        ],
      },
      {
        text: 'That is not possible before March.',
        flagged: 'That is not possible before March.',
        outputs: [
          "I'm afraid that is not possible before March. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. I'm afraid this is difficult for us at the moment, but because we value working with you, let me speak with my manager and see what we can do.",
        ],
      },
      {
        text: 'We do not sign customer NDA templates; only our standard NDA can be used.',
        flagged: 'We do not sign customer NDA templates; only our standard NDA can be used.',
        outputs: [
          "I'm afraid we do not sign customer NDA templates; only our standard NDA can be used. However, because we value working with you, let me speak with my manager and see what we can do.",
          "Thank you for asking. I'm afraid this is difficult for us at the moment, but because we value working with you, let me speak with my manager and see what we can do.",
        ],
      },
    ],
  },
  sentence(s, ctx, previous) {
    if (isQuestion(s) || !findFirst(REFUSAL.flatNo, s.text)) return;
    if (isSoftened(s, previous)) return;
    // "We won't make changes without your approval" is a reassurance, and "if you cannot decide by Friday,
    // we can't hold the slot" a condition (pressure, when anything): neither refuses a request.
    const hit = findFirst(REFUSAL.flatNo, s.text)!;
    if (matchesAny(REFUSAL.conditions, s.text.slice(hit.index))) return;
    if (matchesAny(REFUSAL.conditionalLeads, s.text.slice(0, hit.index))) return;
    // "After Friday the standard price applies and we cannot guarantee the slot" is a time limit with a
    // threat: pressure (to a prospect), not the refusal of a request.
    if (isPressure(s.text)) return;
    // "… not covered and will be billed separately" is a charge: en.blunt-refusal.extra-charge reports it.
    if (answersWithCharge(s.text)) return;
    // "We can't fill your full order this month" announces a shortage (en.bad-news.blunt-notice), not a refusal.
    if (badNewsIn(s) === 'shortage') return;
    ctx.report({
      start: s.start,
      end: s.end,
      message: 'This reads as a flat refusal. Cushion it, thank them for asking, and offer to consult your manager.',
      messageJa: '素っ気ない断りに聞こえます。クッション言葉と依頼への感謝を添え、上司と相談すると伝えましょう。',
      suggestions: [cushionedRefusal(s.text, hit.index), compromise('difficult')],
    });
  },
});
