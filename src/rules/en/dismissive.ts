import { englishFacts } from '../../engine/analysis/en';
import { refusalMayOwn } from '../../engine/analysis/en-sentence-act';
import { textFact } from '../../engine/analysis/facts';
import { defineRule } from '../../engine/rule';
import { dismissiveImperatives, mayHoldDismissive } from './lib/dismissive';

/**
 * "Just grab it", "figure it out with your IT team", "go ahead and pull it yourself": an order that brushes
 * the client off or hands them our work (round 12, class E3). The words are data (`dismissive` in
 * dictionaries/en/register.json); the imperative is read from the parse (src/rules/en/lib/dismissive.ts).
 */
export default defineRule({
  id: 'en.register.dismissive',
  lang: 'en',
  category: 'register',
  severity: 'warning',
  title: { en: 'A dismissive order to the client', ja: 'お客様への突き放した指示' },
  rationale: {
    en: 'Telling a Japanese client to “just grab it” or to “pull it yourself” reads as brushing them off: the supplier is expected to take the trouble, not hand it back. Ask politely, and offer to send or help.',
    ja: '“just grab it”“pull it yourself”のような指示は、お客様を突き放したように響きます。手間は取引先が引き受けるものと期待されています。丁寧にお願いし、送付や支援を申し出ましょう。',
  },
  examples: {
    valid: [
      { text: 'Please feel free to download it from the portal.' },
      { text: 'Please just let me know if you have any questions.' },
      { text: 'We will figure it out with our plant and come back to you.' },
      { text: 'Please help yourself to coffee at the reception.' },
      { text: 'The spec sheet is on the portal, just grab it.', context: { recipient: 'internal' } },
    ],
    invalid: [
      {
        text: 'The spec sheet is on the portal, just grab it.',
        flagged: 'just grab',
        outputs: ['The spec sheet is on the portal, please download it.'],
      },
      {
        text: 'Go ahead and pull the invoice yourself from the portal.',
        flagged: 'Go ahead and pull the invoice yourself',
        outputs: ['Please pull the invoice from the portal.'],
      },
      {
        text: "It's in the shared folder, just dig it out.",
        flagged: 'just dig it out',
        outputs: ["It's in the shared folder, please find it."],
      },
      {
        text: 'Figure it out with your IT team.',
        flagged: 'Figure',
        outputs: ['Please let us help you work it out with your IT team.'],
      },
    ],
  },
  sentence(s, ctx) {
    if (!ctx.facts.of(MAY_DISMISS, s)) return;
    const facts = ctx.facts.of(englishFacts, s);
    // Round 21: a specification or a thing ended for good owns the sentence (en-sentence-act.ts).
    if (!refusalMayOwn(facts, undefined)) return;
    for (const hit of dismissiveImperatives(facts)) {
      const { tokens } = facts;
      const gone = [hit.entry.keepParticle ? undefined : hit.particle, hit.yourself].filter((i): i is number => i !== undefined);
      const last = Math.max(hit.verb, ...gone);
      const start = tokens[hit.from]!.start;
      const end = tokens[last]!.end;
      const verb = hit.entry.replacement || tokens[hit.verb]!.lower;
      let text = `${hit.from === 0 ? 'Please' : 'please'} ${verb}` + s.text.slice(tokens[hit.verb]!.end, end);
      // The particle or "yourself" that goes, with the space before it (from the end, so offsets hold).
      for (const i of [...gone].sort((a, b) => b - a)) {
        const at = tokens[i]!.start - tokens[hit.verb]!.end + `${hit.from === 0 ? 'Please' : 'please'} ${verb}`.length;
        const len = tokens[i]!.end - tokens[i]!.start;
        text = text.slice(0, at).trimEnd() + text.slice(at + len);
      }
      ctx.report({
        start: s.start + start,
        end: s.start + end,
        message: 'This order brushes the client off or leaves them our work. Ask politely, and offer to send it or help.',
        messageJa: 'お客様を突き放す、または手間を押し付ける指示に聞こえます。丁寧にお願いし、送付や支援を申し出ましょう。',
        suggestions: [{ text, label: `“${text}”`, labelJa: `“${text}”にする` }],
      });
    }
  },
});

/** The gate before the parse (a verb of some entry, or "yourself"), cached by the sentence's text. */
const MAY_DISMISS = textFact('en.register.dismissive/may', mayHoldDismissive);
