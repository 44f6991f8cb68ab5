import { defineRule } from '../../engine/rule';

/** "That's out of scope" closes a door the buyer expected to be held open. */
export default defineRule({
  id: 'en.blunt-refusal.out-of-scope',
  lang: 'en',
  category: 'blunt-refusal',
  severity: 'warning',
  title: { en: '“Out of scope” as a flat no', ja: '「対象外です」という突き放した断り' },
  rationale: {
    en: 'In Japan a request outside the contract is a chance to show goodwill. A flat “out of scope” ends the conversation; thanking them, naming the scope gently and promising to consult your manager keeps it going.',
    ja: '日本の取引では、契約範囲外の依頼も関係を深める機会と受け取られます。「対象外」と突き放さず、感謝を述べ、範囲をやんわり伝え、上司と相談すると約束するのが信頼につながります。',
  },
  examples: {
    valid: [
      { text: 'This is outside the scope of the current contract, but let me speak with my manager and see what we can do.' },
      { text: 'The scope of the project is described in section 2.' },
    ],
    invalid: [
      {
        text: "No, that's out of scope.",
        flagged: "No, that's out of scope.",
        outputs: [
          'Thank you for asking. This is outside the scope of the current contract, but because we value working with you, let me speak with my manager and see what we can do.',
        ],
      },
    ],
  },
  sentence(s, ctx) {
    if (/\bbut\b|\bhowever\b|\bmanager\b|\bsee what we can do\b/i.test(s.text)) return;
    if (!/\b(?:out of|outside(?: of)?) (?:the |our )?scope\b/i.test(s.text)) return;
    ctx.report({
      start: s.start,
      end: s.end,
      message: '“Out of scope” reads as a flat refusal. Thank them, name the scope gently and offer to consult your manager.',
      messageJa: '「範囲外」は突き放した断りに聞こえます。感謝を述べ、範囲をやんわり伝え、上司と相談すると伝えましょう。',
      suggestions: [
        {
          text: 'Thank you for asking. This is outside the scope of the current contract, but because we value working with you, let me speak with my manager and see what we can do.',
          label: 'Thank, name the scope gently, offer to consult',
          labelJa: '感謝し、範囲を伝え、相談を申し出る',
        },
      ],
    });
  },
});
