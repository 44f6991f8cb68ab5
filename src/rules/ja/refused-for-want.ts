import { JA_THEIR_REQUEST, jaAskNamed } from '../../engine/analysis/asked';
import { japaneseFacts, type JaPredicate } from '../../engine/analysis/ja';
import { defineRule } from '../../engine/rule';
import { hasCushion } from './lib/cushion';
import { NOT_ACTS, nounStart, softened } from './lib/decline-form';
import { suggestion } from './lib/suggest';
import { isListOrHeading, leadingConjunctionLength } from './lib/text';

/** Their order named (ご注文いただいた…, ご発注の…, Round 45: 追加発注のご連絡, 発注いただいた): an ask of theirs, which a no on it answers. */
const THEIR_ORDER = /ご(?:注文|発注)|追加(?:注文|発注)|(?:注文|発注)(?:の件|のご連絡|いただ)/;
/** The reason clause's joint: ので / ため / から / により, after the news and before our no. */
const REASON_JOINT = /(?:ので|のため|ため|から|により|につき)[、，]?/;

/**
 * Round 31: 「在庫がございませんので承れません」 — a no of ours to what the client asked (an order, a request named), given a
 * shortage as its reason. The shortage is the reason clause; the sentence's main predicate is our negated act (承れません,
 * お受けできません, 製造できません), so it refuses: the refusal verb governs. The bad-news rule reads the same sentence as a
 * shortage announced and gives way to this one by declaration (its yieldsTo), not by a hand-off in code.
 */
export default defineRule({
  id: 'ja.blunt-refusal.refused-for-want',
  lang: 'ja',
  category: 'blunt-refusal',
  severity: 'warning',
  requiresTokens: true,
  title: { en: 'A flat no with a shortage as its reason', ja: '品切れを理由にした断定的な断り' },
  rationale: {
    en: 'When stock or material runs short, the client still hears "we cannot take your order" as a door closed. Decline with a cushion (申し訳ございませんが) and …いたしかねます, and say when or how you could supply.',
    ja: '在庫や原料の不足が理由でも、「承れません」と言い切るとお客様は突き放されたと感じます。クッション言葉と「〜いたしかねます」で伝え、供給できる時期や方法を添えます。',
  },
  examples: {
    valid: [
      { text: 'ご注文いただいた件、申し訳ございませんが、在庫がございませんので承りかねます。' },
      { text: '現在、在庫がございません。' },
      { text: 'ご注文いただいた件、在庫がございませんので、入荷次第お届けいたします。' },
    ],
    invalid: [
      {
        text: 'ご注文いただいたSサイズ20着の件、在庫がございませんので承れません。',
        flagged: '承れません',
        outputs: ['申し訳ございませんが、ご注文いただいたSサイズ20着の件、在庫がございませんので承りかねます。'],
      },
      {
        text: 'ご注文いただいた青の10台は、在庫がございませんので、お受けできません。',
        flagged: 'お受けできません',
        outputs: ['申し訳ございませんが、ご注文いただいた青の10台は、在庫がございませんので、お受けいたしかねます。'],
      },
    ],
  },
  readsPrevious: true,
  sentence(s, ctx, previous) {
    if (!s.tokens || isListOrHeading(s, previous)) return;
    if (hasCushion(s.text) || hasCushion(previous?.text)) return;
    const f = ctx.facts.of(japaneseFacts, s);
    const p = f.main;
    if (!p || f.question || f.acts.includes('apology') || (f.agent && f.agent !== 'ours')) return;
    if (!declines(p)) return;
    const news = f.news;
    if (!news || news.kind !== 'shortage' || news.end > p.start) return;
    // The news is the reason of the no: a joint of cause between them.
    if (!REASON_JOINT.test(s.text.slice(news.end, p.start))) return;
    // The no answers what the client asked: their order or request named in the sentence, the one before or the paragraph.
    const asked = (t: string) => jaAskNamed(t) || THEIR_ORDER.test(t);
    if (!asked(s.text) && !asked(previous?.text ?? '') && !ctx.paragraphHas(s, JA_THEIR_REQUEST)) return;
    const start = nounStart(s, p);
    const polite = softened(s, p, start);
    if (!polite) return;
    const cushion = '申し訳ございませんが、';
    const lead = leadingConjunctionLength(s.text);
    ctx.report({
      start: s.start + start,
      end: s.start + p.end,
      message: `${s.text.slice(start, p.end)} turns the order down flatly, a shortage as its reason; decline with a cushion and …いたしかねます.`,
      messageJa: `「${s.text.slice(start, p.end)}」は品切れを理由にした断定的な断りです。クッション言葉と「〜いたしかねます」でお断りします。`,
      suggestions: [
        {
          ...suggestion(`${cushion}…${polite}`, `Decline softly: ${polite}`, `「${polite}」とやわらかく断る`),
          edits: [
            { start: s.start + lead, end: s.start + lead, text: cushion },
            { start: s.start + start, end: s.start + p.end, text: polite },
          ],
        },
      ],
    });
  },
});

/** Our no: the main predicate, a negated verb in the potential or the plain act (承れません, お受けしません), ending the sentence. */
function declines(p: JaPredicate): boolean {
  return p.main && p.ending === 'final' && p.kind === 'verb' && p.negated && !p.past && !p.progressive && !p.quoted &&
    !p.request && !p.desire && !p.politeness.includes('gozaimasu') && !p.politeness.includes('respectful') && !NOT_ACTS.has(p.head) &&
    (p.potential || !!p.noun || /(?:れ|え|でき|出来)ません$|(?:れ|え|でき|出来)ない$/.test(p.text));
}
