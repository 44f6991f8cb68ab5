import { defineRule, type RuleContext } from '../../engine/rule';
import type { Sentence, Suggestion } from '../../engine/types';
import { textFact } from '../../engine/analysis/facts';
import { datesAnnotator } from '../../engine/analysis/dates';
import { pressOf, pressParts, type PressKind } from '../../engine/analysis/press-shape';
import { pressureEased, pressureExempt, wrappedPressure } from '../en/lib/pressure';
import { isJapaneseName } from '../en/lib/names';
import { PRESSURE } from '../ja/lib/dictionaries';
import { containsAny } from '../ja/lib/text';
import { namesAsk } from './lib/they-asked';

/** The parts of a sentence's push, cached by its text (analysis/press-shape.ts). */
const PARTS = textFact('any.pressure.shape/parts', pressParts);

/**
 * Round 26: pressure recognised by its shape in either language — a limit (a time, a scarce quantity, a rival), the
 * reader's decision asked, and a stake of the seller's; or a proposal to go past the reader's process. Catches the
 * wordings the phrase readers of en/ultimatum and ja/early-pressure have not seen ("Please reply until tomorrow so I
 * can close this", "we can sort paperwork after kickoff", 稟議は後でも大丈夫です); where they flag the same sentence
 * the engine keeps one finding.
 */
export default defineRule({
  id: 'any.pressure.pressure-shape',
  lang: 'any',
  category: 'pressure',
  severity: 'warning',
  // The older readers keep their findings and their fixes; this one adds only where they are silent.
  yieldsTo: ['en.pressure.ultimatum', 'ja.pressure.early-pressure', 'ja.pressure.decision-pressure', 'ja.pressure.conditional-loss'],
  title: { en: 'Pressure on a prospect’s decision', ja: '見込み客の判断を急かす表現' },
  rationale: {
    en: 'A Japanese buyer decides through a group process (ringi) that takes the time it takes. A limit set for the seller’s own sake (“so I can close this”, “the slot goes to another customer”, “we can sort the paperwork later”) reads as manipulation early in a relationship; leave the timing to them and offer help with their process instead.',
    ja: '日本の顧客は稟議などの社内手続きを経て判断します。関係の初期に、売り手の都合による期限（「今週中に締めたい」「他のお客様にお譲りします」「手続きは後で」）を示すと駆け引きと受け取られます。時期は相手に委ね、社内手続きへの協力を申し出ましょう。',
  },
  examples: {
    valid: [
      { text: 'Please confirm by Friday whether the 10:00 slot works for your team.', context: { recipient: 'prospect' } },
      { text: 'The quote is valid until 30 June.', context: { recipient: 'prospect' } },
      { text: 'Our engineers have slots open any day next week, so just pick what suits you.', context: { recipient: 'prospect' } },
      { text: 'Please reply until tomorrow so I can close this.', context: { recipient: 'client' } },
      { text: 'Once you approve, the contract can follow later at your convenience.', context: { recipient: 'prospect' } },
      { text: 'ご都合のよいときにご返信ください。', context: { recipient: 'prospect' } },
      { text: '稟議に必要な資料がございましたら、お申し付けください。', context: { recipient: 'prospect' } },
    ],
    invalid: [
      {
        text: 'Please reply until tomorrow so I can close this.',
        context: { recipient: 'prospect' },
        flagged: 'Please reply until tomorrow so I can close this.',
        outputs: [
          'So that you can plan, please reply until tomorrow so I can close this; that said, please take the time you need to review it with your team.',
          'Please reply until tomorrow so I can close this; there is no rush from our side, so please let us know whenever you are ready.',
        ],
      },
      {
        text: '稟議は後でも大丈夫です。',
        context: { recipient: 'prospect' },
        flagged: '稟議は後でも大丈夫です。',
        outputs: ['稟議は後でも大丈夫です。なお、ご検討には必要なだけお時間をお取りください。'],
      },
    ],
  },
  /** A document hook over the writer's own sentences (a sentence's facts are cached by its text). */
  document(ctx) {
    if (ctx.recipient !== 'prospect' && !ctx.firstContact) return;
    const own = ctx.sentences;
    own.forEach((s) => {
      const kind = pressKind(s, ctx);
      if (!kind) return;
      const [start, end] = [s.start, s.end];
      // Each sentence on its own: joining a stated rival or count with the demand beside it would make this finding
      // overlap an older reader's finding on the demand and be dropped with it (yieldsTo), losing the statement.
      ctx.report({
        start,
        end,
        message: MESSAGE[kind].en,
        messageJa: MESSAGE[kind].ja,
        suggestions: start === s.start && end === s.end && s.lang !== 'ja' ? wrappedPressure(s, isJapaneseName) : keptWithTime(ctx.text.slice(start, end), s.lang === 'ja'),
      });
    });
  },
});

function pressKind(s: Sentence, ctx: RuleContext): PressKind | undefined {
  const parts = ctx.facts.of(PARTS, s);
  // The cheap test first: a sentence with none of the parts that can press on their own or with others.
  if (!parts.skip && !parts.rival && !parts.scarce && !(parts.stake && (parts.ask || parts.runsOut)) && !parts.forfeit && !parts.urge && !parts.sameDay) return undefined;
  const dated = !parts.time && !parts.deadline && ctx.facts.of(datesAnnotator(ctx.today), s).slots.some((x) => x.date && !x.date.past);
  const kind = pressOf(parts, dated || parts.time || parts.deadline);
  if (!kind || kind === 'skip') return kind;
  // A limit the reader set ("as you asked, by Friday"), their own schedule, or a quote's validity: not the seller's lever.
  // In Japanese the shared reader takes any お申込み for a request named; the client's own wish or instruction is read here.
  if (s.lang === 'ja') return containsAny(s.text, PRESSURE.clientSchedule) || THEIR_WISH.test(s.text) ? undefined : kind;
  if (namesAsk(ctx, s)) return undefined;
  // "I know your ringi takes weeks, but the price is only until February": what is named before a "but" exempts nothing after it.
  return pressureEased(s.text) || pressureExempt(afterBut(s.text)) ? undefined : kind;
}

/** The text after the sentence's last "but" / "however" (a global scan: linear). */
function afterBut(text: string): string {
  let end = 0;
  for (const m of text.matchAll(/\b(?:but|however)\b/gi)) end = m.index + m[0].length;
  return text.slice(end);
}

/** The client's own wish, instruction or words named: ご要望の, ご指定の, とのこと, おっしゃっていた. */
const THEIR_WISH = /ご依頼|ご要望|ご希望|ご指定|ご指示|とのこと|おっしゃ|伺った|伺っており/;

/** The writer's words kept whole (one sentence or the two of the move), with the timing handed back after them. */
function keptWithTime(span: string, ja: boolean): Suggestion[] {
  const text = span + (ja ? 'なお、ご検討には必要なだけお時間をお取りください。' : ' That said, please take the time you need to review it with your team.');
  return [{ text, label: 'Leave the timing to them', labelJa: 'ご検討の時間をお任せする' }];
}

const MESSAGE: Record<PressKind, { en: string; ja: string }> = {
  skip: {
    en: 'This proposes going past the client’s own process (approval, paperwork). Offer to support their process instead.',
    ja: '相手の社内手続き（稟議・書類）を省くよう促しています。手続きへの協力を申し出ましょう。',
  },
  rival: {
    en: 'Another buyer’s interest, told as a fact, pressures the prospect to decide. Leave it out.',
    ja: '他社の関心を伝えて判断を急がせています。この一文は省きましょう。',
  },
  scarcity: {
    en: 'Scarcity tied to the prospect’s decision reads as pressure early in a relationship.',
    ja: '残りわずかであることを理由に判断を急がせています。',
  },
  deadline: {
    en: 'A limit set for the seller’s own sake on the prospect’s decision reads as pressure.',
    ja: '売り手の都合による期限で判断を急がせています。',
  },
};
