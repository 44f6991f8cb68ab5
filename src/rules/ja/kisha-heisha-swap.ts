import { defineRule, type RuleContext } from '../../engine/rule';
import type { Suggestion } from '../../engine/types';
import { KEIGO } from './lib/dictionaries';
import { suggestion } from './lib/suggest';
import { alternation, inQuotes, isSamaSuffix, quotedRanges } from './lib/text';
import { matchAll } from '../../engine/match-all';

/** Nouns that are legitimately "ours" with 様: our customers, our shareholders. */
const OUR_PATRONS = /^(?:お|ご|御)|^(?:取引先|得意先|顧客|会員|利用者|ユーザー|株主|協力会社|皆|関係者|お客)|(?:代理店|販売店|特約店|加盟店|取扱店|先|会社|パートナー|ユーザー)$/;
/** 弊社の佐藤様: our own person honoured with 様, or the client's person put under 弊社. */
const HEISHA_PERSON = /弊社の?([\p{Script=Han}ァ-ヶー]{1,6}?)(様|さま)/gu;
/** 貴社の山田です: introducing oneself as the client's company. 貴社担当の山田です is right and not matched. */
const KISHA_SELF = /貴社の([\p{Script=Han}ァ-ヶー]{1,6})(?:です|と申します|でございます)/gu;
/** 貴社は…を提供しております: describing one's own business under the client's name. */
const KISHA_OWN_BUSINESS = /貴社(?:は|では)[^。]{0,40}?(?:提供|販売|製造|開発|展開|運営|取り扱|取扱)(?:して|いたして|させていただいて)おります/g;

const PLACE = `弊社(の)?(${alternation(KEIGO.places)})`;
/** 弊社工場をご案内いただき: the client showed us round, so the factory is theirs. */
const HOSTED_BY_CLIENT = new RegExp(`${PLACE}(?:内)?(?:を|に|へ|まで)?[ごお](?:${alternation(KEIGO.hostActions)})(?:いただ|頂|くださ|下さ)`, 'g');
/** 弊社本社を見学させていただき / 弊社工場に伺い: we were the visitors, so the place is the client's. */
const VISITED_BY_US = new RegExp(`${PLACE}(?:内)?(?:を|に|へ)(?:${alternation(KEIGO.visitActions)})`, 'g');

/**
 * 貴社 is the reader's company, 弊社 the writer's. Swapping them (弊社様, 貴社の山田です, 弊社の佐藤様)
 * confuses who is who — and honours or lowers the wrong side.
 */
export default defineRule({
  id: 'ja.honorific.kisha-heisha-swap',
  lang: 'ja',
  category: 'honorific',
  severity: 'warning',
  title: { en: '貴社 and 弊社 swapped', ja: '「貴社」と「弊社」の取り違え' },
  rationale: {
    en: '貴社 honours the reader’s company and 弊社 humbles one’s own. Calling one’s own side 貴社, or the client’s 弊社 (弊社様), makes the mail confusing and puts the honour on the wrong side.',
    ja: '「貴社」は相手の会社を高め、「弊社」は自社をへりくだる言葉です。自社を「貴社」、相手を「弊社（様）」と呼ぶと意味が混乱し、敬意の向きも逆になります。',
  },
  examples: {
    valid: [
      { text: '貴社担当の山田です。' },
      { text: '弊社のお客様からも同様のご要望をいただいております。' },
      { text: '代わりに、弊社様式の成績書をお送りいたします。' },
      { text: '弊社の成績書様式でご提出いたします。' },
      { text: '弊社の販売代理店様からご紹介いただきました。' },
      { text: '弊社の佐藤が伺います。' },
      { text: '貴社では新しい基幹システムを導入されたと伺いました。' },
      { text: '先日は弊社工場をご見学いただき、ありがとうございました。' },
      { text: '弊社のサービスを社内でご紹介いただき、ありがとうございます。' },
      { text: '当日は弊社工場をご案内いたします。' },
    ],
    invalid: [
      { text: '弊社様のご要望を承りました。', flagged: '弊社様', outputs: ['貴社のご要望を承りました。'] },
      {
        text: '先日は弊社工場をご案内いただき、ありがとうございました。',
        flagged: '弊社工場',
        outputs: ['先日は貴社工場をご案内いただき、ありがとうございました。'],
      },
      {
        text: '先週は弊社の本社を見学させていただき、ありがとうございました。',
        flagged: '弊社の本社',
        outputs: ['先週は貴社の本社を見学させていただき、ありがとうございました。'],
      },
      {
        text: '当日は弊社の佐藤様が同行いたします。',
        flagged: '弊社の佐藤様',
        outputs: ['当日は弊社の佐藤が同行いたします。', '当日は貴社の佐藤様が同行いたします。'],
      },
      { text: 'いつもお世話になっております。貴社の山田です。', flagged: '貴社', outputs: ['いつもお世話になっております。弊社の山田です。'] },
      {
        text: '貴社は中堅製造業様向けに、省エネ診断サービスを提供しております。',
        flagged: '貴社',
        outputs: ['弊社は中堅製造業様向けに、省エネ診断サービスを提供しております。'],
      },
    ],
  },
  sentence(s, ctx) {
    const quotes = quotedRanges(s.text);
    const report = (at: number, end: number, message: string, messageJa: string, suggestions: Suggestion[]) => {
      if (!inQuotes(quotes, at, end)) swapReport(ctx, s.start + at, s.start + end, message, messageJa, suggestions);
    };
    for (const m of matchAll(s.text, /弊社(?:様|さま)/g)) {
      if (!isSamaSuffix(s, m.index + 2)) continue; // 弊社様式: our company's format, not 弊社 + 様.
      report(m.index, m.index + m[0].length, '弊社 is your own company; the client’s company is 貴社.', '「弊社」は自社のことです。相手の会社は「貴社」と書きます。', [
        suggestion('貴社', 'Call the client’s company 貴社', '「貴社」にする'),
      ]);
    }
    for (const m of matchAll(s.text, HEISHA_PERSON)) {
      // Round 43: the words of our customers and partners in the keigo data too (弊社のクライアント様, 弊社のバイヤー様).
      if (OUR_PATRONS.test(m[1]!) || KEIGO.ourPatrons.some((w) => m[1]!.includes(w)) || !isSamaSuffix(s, m.index + m[0].length - m[2]!.length)) continue;
      const of = m[0].includes('の') ? 'の' : '';
      report(m.index, m.index + m[0].length, 'Your own people take no 様; a client’s person is not under 弊社.', '自社の人に「様」は付けません。相手側の方なら「貴社の〇〇様」です。', [
        suggestion(`弊社${of}${m[1]}`, 'Your own colleague: no 様', '自社の人なら「様」を外す'),
        suggestion(`貴社${of}${m[1]}${m[2]}`, 'The client’s person: 貴社', '相手側の方なら「貴社」にする'),
      ]);
    }
    for (const m of matchAll(s.text, KISHA_SELF)) {
      if (/担当(?:者)?$|係$/.test(m[1]!)) continue;
      report(m.index, m.index + 2, 'You introduce yourself as 貴社 (the client’s company); your own company is 弊社.', '自己紹介で自社を「貴社」と呼んでいます。自社は「弊社」です。', [
        suggestion('弊社', 'Call your own company 弊社', '「弊社」にする'),
      ]);
    }
    for (const re of [HOSTED_BY_CLIENT, VISITED_BY_US]) {
      for (const m of matchAll(s.text, re)) {
        const place = `${m[1] ?? ''}${m[2]}`;
        report(m.index, m.index + 2 + place.length, 'The client showed you round or you visited them, so the place is theirs: 貴社, not 弊社.', 'お客様が案内した、またはこちらが訪問した場所なので、「弊社」ではなく「貴社」です。', [
          suggestion(`貴社${place}`, 'The client’s place: 貴社', '「貴社」にする'),
        ]);
      }
    }
    for (const m of matchAll(s.text, KISHA_OWN_BUSINESS)) {
      report(m.index, m.index + 2, 'This describes your own business, so the company is 弊社, not 貴社.', '自社の事業の説明なので「貴社」ではなく「弊社」です。', [
        suggestion('弊社', 'Call your own company 弊社', '「弊社」にする'),
      ]);
    }
  },
});

function swapReport(ctx: RuleContext, start: number, end: number, message: string, messageJa: string, suggestions: Suggestion[]): void {
  ctx.report({ start, end, message, messageJa, suggestions });
}
