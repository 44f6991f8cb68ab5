import { defineRule, type RuleContext } from '../../engine/rule';
import type { Sentence, Suggestion } from '../../engine/types';
import { textFact } from '../../engine/analysis/facts';
import { coldPitchOf, pitchParts } from '../../engine/analysis/cold-pitch';
import { askedInField } from './lib/they-asked';

/** The moves of a pitch in one sentence, cached by its text (analysis/cold-pitch.ts). */
const PARTS = textFact('any.cold-outreach.cold-pitch/parts', pitchParts);

/**
 * Round 26: a cold pitch judged from its parts over the whole mail, in either language — who we are, what we are
 * worth and a meeting asked of someone who never met us and was introduced by nobody — whatever the wording ("I do
 * hope you will forgive an unsolicited note … I would very much welcome forty-five minutes with you"). And a chase of
 * an unanswered pitch told to the reader ("I already send our catalogue 3 times but still not receive your reply").
 * The readers of en/pitch-to-stranger and ja/unintroduced-pitch keep their findings; this one adds what they miss.
 */
export default defineRule({
  id: 'any.cold-outreach.cold-pitch',
  lang: 'any',
  category: 'cold-outreach',
  severity: 'warning',
  // The older readers keep their findings and their fixes; this one adds only where they are silent.
  yieldsTo: ['en.cold-outreach.pitch-to-stranger', 'ja.cold-outreach.unintroduced-pitch', 'en.cold-outreach.pushy-follow-up', 'ja.cold-outreach.pushy-follow-up'],
  title: { en: 'Cold pitch to a stranger', ja: '紹介のない売り込み' },
  rationale: {
    en: 'Japanese companies build business through introductions. A stranger who introduces their company, claims its value and asks for a meeting in the first mail is easy to ignore and hard to trust; an introduction through a shared contact, or a modest first note that asks only whether information would be welcome, opens more doors. Chasing an unanswered pitch reads as pushy.',
    ja: '日本企業は紹介を通じて取引を始めます。初めてのメールで自社紹介・売り込み・面談依頼までを一度に行うと信頼されにくく、共通の知人からの紹介や、資料送付の可否を伺う控えめな連絡のほうが扉が開きます。返信のない提案を催促するのも押しつけがましく映ります。',
  },
  examples: {
    valid: [
      {
        text: 'Dear Mr. Fujimoto,\n\nMr. Shimizu of Daiei Bearing was kind enough to suggest that I write to you.\nOur firm has spent three years advising bearing makers on supplier audits.\nI would be glad to call on you at your convenience.',
        context: { recipient: 'prospect', firstContact: true },
      },
      {
        text: 'Dear Ms. Arai,\n\nThank you for your enquiry at the Osaka fair.\nMy name is Clara Smith of Brightline; our sensors help mills reduce stops.\nWould a short demo next week be useful?',
        context: { recipient: 'prospect', firstContact: true },
      },
      {
        text: 'Dear Mr. Ono,\n\nMy name is Clara Smith of Brightline; our sensors help mills reduce stops.\nWould a short demo next week be useful?',
        context: { recipient: 'prospect', firstContact: false },
      },
    ],
    invalid: [
      {
        // Round 25 (AF): a long formal pitch with none of the usual keywords.
        text: 'Dear Mr. Hosokawa,\n\nHaving spent a number of years advising component makers on sub-tier visibility, I felt it would be remiss of me not to write.\nHarrowgate Supply Chain Advisory conducts structured audits of second-tier suppliers.\nI would very much welcome forty-five minutes with you in early March.',
        context: { recipient: 'prospect', firstContact: true },
        flagged: 'Having spent a number of years advising component makers on sub-tier visibility, I felt it would be remiss of me not to write.\nHarrowgate Supply Chain Advisory conducts structured audits of second-tier suppliers.\nI would very much welcome forty-five minutes with you in early March.',
        outputs: ['Dear Mr. Hosokawa,\n\nPlease forgive this sudden message from someone you have not yet met. Having spent a number of years advising component makers on sub-tier visibility, I felt it would be remiss of me not to write.\nHarrowgate Supply Chain Advisory conducts structured audits of second-tier suppliers.\nI would very much welcome forty-five minutes with you in early March. If a meeting is too early, may I simply send you some brief information first?'],
      },
      {
        text: 'Dear Mr. Ono,\n\nWe send the brochure two times already but still not get your answer.',
        context: { recipient: 'prospect' },
        flagged: 'We send the brochure two times already but still not get your answer.',
        outputs: ['Dear Mr. Ono,\n\nI hope the information we sent is useful; please let me know only if it is of interest.'],
      },
    ],
  },
  document(ctx) {
    const own = ctx.sentences;
    // The parts are read only for a prospect (a chase) or a first contact (a pitch): to a client they would be a
    // new sentence's pitch reading on every keystroke, read by nothing (~5 % of an edit, round 29).
    if (own.length === 0 || (ctx.recipient !== 'prospect' && !ctx.firstContact)) return;
    const parts = own.map((s) => ctx.facts.of(PARTS, s));
    if (ctx.recipient === 'prospect') chases(ctx, own, parts);
    if (!ctx.firstContact) return;
    const pitch = coldPitchOf(parts);
    // A reply to their own enquiry, in the quoted history, makes the mail warm too.
    if (!pitch || askedInField(ctx)) return;
    const [first, last] = [own[pitch.from]!, own[pitch.to]!];
    ctx.report({
      start: first.start,
      end: last.end,
      message: 'A first mail that introduces your company, claims its value and asks for a meeting, with no introduction, reads as a cold pitch.',
      messageJa: '紹介のない初回メールで、自社紹介・売り込み・面談依頼を一度に行っています。',
      suggestions: [modestPitch(ctx, first, last)],
    });
  },
});

/** Our earlier sends left unanswered, told to the reader: one finding on the sentence. */
function chases(ctx: RuleContext, own: readonly Sentence[], parts: ReturnType<typeof pitchParts>[]): void {
  own.forEach((s, i) => {
    if (!parts[i]!.chase) return;
    const ja = s.lang === 'ja';
    ctx.report({
      start: s.start,
      end: s.end,
      message: 'Chasing an unanswered pitch reads as pushy; a short, easy way out keeps the door open.',
      messageJa: '返信のない提案を催促すると押しつけがましく映ります。',
      suggestions: [{
        text: ja ? '先日お送りしたご案内がお手元に届いておりましたら幸いです。ご関心がございましたら、お気軽にお知らせください。' : 'I hope the information we sent is useful; please let me know only if it is of interest.',
        label: 'Leave them a way out', labelJa: '相手に判断を委ねる',
      }],
    });
  });
}

/** An apology for the sudden mail before the pitch, and a way out after the ask (one undo step). */
function modestPitch(ctx: RuleContext, first: Sentence, last: Sentence): Suggestion {
  const ja = first.lang === 'ja';
  const lead = ja ? '突然のご連絡失礼いたします。' : 'Please forgive this sudden message from someone you have not yet met. ';
  const tail = ja ? 'まずは資料をお送りするだけでもよろしければ、お知らせください。' : ' If a meeting is too early, may I simply send you some brief information first?';
  const text = lead + ctx.text.slice(first.start, last.end) + tail;
  return {
    text,
    edits: [{ start: first.start, end: first.start, text: lead }, { start: last.end, end: last.end, text: tail }],
    label: 'Apologise for the sudden mail and offer a way out', labelJa: '突然の連絡を詫び、控えめな依頼にする',
  };
}
