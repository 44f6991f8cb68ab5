import { defineRule } from '../../engine/rule';
import { englishFacts } from '../../engine/analysis/en';
import { droppedSubject, mayDropSubject } from '../../engine/analysis/en-register';
import { hookOpener } from '../../engine/analysis/en-outreach';

/** "Should be with you by Tuesday.", "Keep you posted.", "Saw your talk": chat sentences with no subject. */
export default defineRule({
  id: 'en.register.dropped-subject',
  lang: 'en',
  category: 'register',
  severity: 'warning',
  // "Will keep you posted" is also the casual rule's phrase: one finding, the casual rule's.
  yieldsTo: ['en.register.casual'],
  title: { en: 'Sentence without a subject', ja: '主語を省いた文' },
  rationale: {
    en: 'Dropping the subject (“Will send it tomorrow”, “Keep you posted”) is how friends text each other. A Japanese client reads a mail’s register as a measure of respect, and a full sentence with its subject shows the care they expect.',
    ja: '主語を省いた文（“Will send it tomorrow”、“Keep you posted”）は友人どうしのメッセージの書き方です。日本のお客様は言葉づかいを敬意の表れとして読むため、主語のある完全な文で書きましょう。',
  },
  examples: {
    valid: [
      // Round 21: receipt of the reader's message acknowledged, a formula.
      { text: 'Got your note about the honey pallets at Yokohama.' },
      // Round 20: the formal performative of Indian English, "[I] request you to …".
      { text: 'Request you to kindly note the revised delivery address.' },
      { text: 'It should be with you by Tuesday.' },
      { text: 'Should you need anything, please let us know.' },
      { text: 'Will the samples arrive before Friday?' },
      { text: 'Thank you for the order.' },
      { text: 'Hope you are well.' },
      { text: 'Made in Japan, the unit meets JIS standards.' },
      { text: 'Had we known earlier, we would have sent a second set.' },
      { text: 'Had the drawings arrived earlier, we would have started the build.' },
      { text: 'Keep the samples in a dry place.' },
      { text: 'Keep you posted.', context: { recipient: 'internal' } },
      // Round 22: the hook of a first mail to a stranger is the cold-outreach rule's.
      { text: 'Saw your post on LinkedIn about the new plant in Kumamoto.', context: { recipient: 'prospect', firstContact: true } },
      { text: 'Came across your profile at the Osaka expo site.', context: { recipient: 'prospect', firstContact: true } },
    ],
    invalid: [
      { text: 'Should be with you by Tuesday.', flagged: 'Should', outputs: ['It should be with you by Tuesday.'] },
      { text: 'Keep you posted.', flagged: 'Keep', outputs: ['I will keep you posted.'] },
      { text: 'Saw your talk at the Osaka expo.', flagged: 'Saw', outputs: ['I saw your talk at the Osaka expo.'] },
      { text: 'Can send the revised drawings tomorrow.', flagged: 'Can', outputs: ['I can send the revised drawings tomorrow.'] },
      { text: 'Had a call with your plant manager this morning.', flagged: 'Had', outputs: ['I had a call with your plant manager this morning.'] },
    ],
  },
  sentence(s, ctx) {
    // "Met vriendelijke groet / Kind regards,": a sign-off, in whatever language it starts, has no subject to drop.
    if (!mayDropSubject(s.text) || SIGN_OFF.test(s.text)) return;
    const facts = ctx.facts.of(englishFacts, s);
    const found = droppedSubject(facts);
    if (!found) return;
    const word = facts.tokens[found.at]!;
    // Round 22: "Saw your post on LinkedIn …", "Came across your profile …" opening a first mail is the cold pitch's
    // hook (en.cold-outreach.pitch-to-stranger), as "congrats" there is: of 8 such openers to a stranger in the
    // development corpora and set X, writers labelled none for register (they label the pitch).
    if (ctx.firstContact && hookOpener(facts)) return;
    const lowered = word.text === 'I' ? word.text : word.text.charAt(0).toLowerCase() + word.text.slice(1);
    const subject = found.at === 0 ? found.subject : found.subject.toLowerCase().replace(/^i\b/, 'I');
    const text = `${subject} ${lowered}`;
    ctx.report({
      start: s.start + word.start,
      end: s.start + word.end,
      message: 'A sentence without its subject reads as a text message to a friend. Write the subject out for a client.',
      messageJa: '主語を省いた文は友人へのメッセージのように読めます。お客様へは主語を書きましょう。',
      suggestions: [{ text, label: `“${text} …”`, labelJa: `“${text} …”にする` }],
    });
  },
});

/** Words of a sign-off line: "Kind regards", "Sincerely", "Best wishes". */
const SIGN_OFF = /\b(?:regards|sincerely|best wishes|warm wishes|yours truly|yours faithfully)\b/i;
