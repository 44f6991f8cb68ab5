import { defineRule } from '../../engine/rule';
import { isPressure, pressureSuggestion } from './lib/pressure';

/** Deadlines and ultimatums to a prospect: in Japan a decision is a group's, and it takes the time it takes. */
export default defineRule({
  id: 'en.pressure.ultimatum',
  lang: 'en',
  category: 'pressure',
  severity: 'warning',
  title: { en: 'Deadline pressure on a prospect', ja: '見込み客への期限の押しつけ' },
  rationale: {
    en: 'A Japanese company decides by consensus (ringi), and a new supplier is trusted only over time. “This offer expires Friday” or “sign by the end of the month or the price goes up” early in a relationship reads as manipulative and usually ends the conversation; giving them the time they need builds the trust that wins the order.',
    ja: '日本企業は稟議による合意で意思決定し、新しい取引先は時間をかけて信頼されます。関係の初期に「金曜までの特価です」「月末までに署名しなければ値上がりします」と迫ると、駆け引きと受け取られて話が終わりがちです。必要な検討時間を差し上げることが、受注につながる信頼を生みます。',
  },
  examples: {
    valid: [
      { text: 'This quote is valid for 30 days.', context: { recipient: 'prospect' } },
      { text: 'To meet your production start in April, we would need the order by February 10.', context: { recipient: 'prospect' } },
      { text: 'This price is only good until Friday.', context: { recipient: 'client' } },
      { text: 'We will send the revised proposal by Thursday.', context: { recipient: 'prospect' } },
    ],
    invalid: [
      {
        text: "This price is only good until Friday — after that I can't hold it.",
        context: { recipient: 'prospect' },
        flagged: "This price is only good until Friday — after that I can't hold it.",
        outputs: [
          'Please take the time you need to review it with your team; if your internal process needs more time, let me know and I will do my best to accommodate it.',
          'There is no rush from our side; please let us know whenever you are ready.',
        ],
      },
      {
        text: "Thanks for the demo.\nIf you can sign the order form by noon tomorrow, it's yours; otherwise, the next availability is in September.",
        context: { recipient: 'prospect' },
        flagged: "If you can sign the order form by noon tomorrow, it's yours; otherwise, the next availability is in September.",
        outputs: [
          'Thanks for the demo.\nPlease take the time you need to review it with your team; if your internal process needs more time, let me know and I will do my best to accommodate it.',
          'Thanks for the demo.\nThere is no rush from our side; please let us know whenever you are ready.',
        ],
      },
      {
        text: 'Last chance: this offer expires Friday.',
        context: { recipient: 'client', firstContact: true },
        flagged: 'Last chance: this offer expires Friday.',
        outputs: [
          'Please take the time you need to review it with your team; if your internal process needs more time, let me know and I will do my best to accommodate it.',
          'There is no rush from our side; please let us know whenever you are ready.',
        ],
      },
    ],
  },
  sentence(s, ctx) {
    // Early in a relationship only: a prospect, or a first mail to anyone.
    if (ctx.recipient !== 'prospect' && !ctx.firstContact) return;
    if (!isPressure(s.text)) return;
    ctx.report({
      start: s.start,
      end: s.end,
      message: 'A deadline with a threat attached pressures a buyer who decides by consensus. Give them the time they need instead.',
      messageJa: '期限を切って迫ると、合議で決める相手には重圧になります。検討に必要な時間を差し上げましょう。',
      suggestions: [pressureSuggestion('take-your-time'), pressureSuggestion('no-rush')],
    });
  },
});
