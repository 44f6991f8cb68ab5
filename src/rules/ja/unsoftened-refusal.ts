import { defineRule, type RuleContext } from '../../engine/rule';
import type { Sentence } from '../../engine/types';
import { CUSHIONS, KEIGO, REFUSALS } from './lib/dictionaries';
import { negatedRefusals } from './lib/refusal';
import { suggestion } from './lib/suggest';
import {
  alternation, atSentenceEnd, clauseStart, containsAny, inQuotes, isListOrHeading, quotedRanges,
} from './lib/text';

const ACTION = alternation(REFUSALS.actionNouns);
const ENTRIES = REFUSALS.entries.map((e) => ({
  ...e,
  re: new RegExp(e.predicate, 'g'),
  beforeRe: e.before ? new RegExp(e.before.replace('{ACTION}', ACTION)) : undefined,
  notBeforeRe: e.notBefore ? new RegExp(e.notBefore) : undefined,
}));
/** 確認できません / 確定できませんが: a statement of fact, not a no to the client. */
const NOT_A_REFUSAL = new RegExp(`(?:${alternation(REFUSALS.notRefusalBefore)})(?:は|が|も)?$`);
/** ご利用できません: a restriction on the client's own action (and a keigo slip: ja.honorific.kenjogo-for-client). */
const CLIENT_ACTION = new RegExp(`[ごお](?:${alternation(KEIGO.clientActionNouns)})$`);
/** A clause that goes on after the refusal: the refusal is its reason or its first half. */
const FOLLOWER = /^(?:ので|のため|ため|から|が[、，])/;
const NOT_YET = /まだ|未だ|いまだ/;
/** この価格は金曜までしか維持できません: a time limit, read by ja.pressure.early-pressure. */
const TIME_LIMIT = /(?:まで|限り)しか/;
/** 〜いただけない場合は…できません: the consequence of an ultimatum, read by ja.pressure.early-pressure. */
const ULTIMATUM = /(?:ない|なかった)(?:場合|とき|ようでしたら|ようであれば|と[、，]?)|なければ|なかったら/;
/** 値上げは一度も行っておりません / ご迷惑はおかけしません: a no that is good news for the client. */
const REASSURING = new RegExp(
  `(?:${alternation(REFUSALS.reassuringTopics)})(?:は|も|を|が)?(?:一切|一度も|特に|決して|全く|まったく|何ら|なんら)?[^、。はもをが]{0,8}$`,
);
/** 本機は単相100Vには対応しておりません / 精度が保証できません: what the product does, not what we refuse. */
const PRODUCT_SUBJECT = new RegExp(`(?:${alternation(REFUSALS.productSubjects)})(?:は|が|では|も)`);
/** 佐藤様は出席できない: the client's own no, reported; unless our side is named after it. */
const CLIENT_SUBJECT = /(?:様|さま|さん|貴社|御社)(?:が|は|も|では|には)(?![^。]*(?:弊社|当社|私ども|わたくしども|私共|当方))/;
/** A numbered answer written as a whole polite sentence (1. 返品は受け付けておりません。): a reply, not a note. */
const NUMBERED_REPLY = /^\s*(?:[0-9０-９]{1,2}[.．)）]|[（(][0-9０-９]{1,2}[)）]|[①-⑳])[^■□◆◇▼▽★☆]*(?:です|ます|ません|ございます)[。．]\s*$/;

/**
 * A flat no — できません, 伺えません, 受け付けておりません, お断りします, 難しいです, 範囲外です — with no
 * cushion word (恐れ入りますが, あいにく, 申し訳ございませんが) in its sentence or the one before. A reason or
 * an alternative does not soften it by itself; a cushion plus …いたしかねます does. Fixed phrases come from
 * dictionaries/ja/refusals.json; with kuromoji, any negated potential or accepting verb is read as well.
 */
export default defineRule({
  id: 'ja.blunt-refusal.unsoftened-refusal',
  lang: 'ja',
  category: 'blunt-refusal',
  // An offer that lapses after a date (それ以降は本条件でのご提供はできません) or an ultimatum is pressure on a
  // prospect's decision, and part of an order supplied (200kgしか出せません) is bad news, not a refusal of a
  // request: the other finding says what is wrong.
  yieldsTo: ['ja.pressure.early-pressure', 'ja.bad-news.blunt-bad-news'],
  severity: 'warning',
  title: { en: 'Refusal without a cushion', ja: 'クッション言葉のない断り' },
  rationale: {
    en: 'A Japanese buyer hears できません or お断りします as a door being closed. Suppliers decline with a cushion word (恐れ入りますが, あいにく) and a softened form (…いたしかねます), and ideally say they will consult internally or offer an alternative, so the relationship survives the no.',
    ja: '「できません」「お断りします」と言い切ると、お客様は門前払いされたと感じます。「恐れ入りますが」「あいにく」などのクッション言葉と「いたしかねます」のような柔らかい表現で断り、社内での検討や代案を添えることで、関係を保つことができます。',
  },
  examples: {
    valid: [
      { text: '恐れ入りますが、保証期間の延長はいたしかねます。' },
      { text: '大変申し訳ございません。土曜日の搬入は対応できません。' },
      { text: 'あいにく同時期に別の展示会があり、今回はご協力いたしかねる状況でございます。' },
      { text: 'お客様から「できません」と言われた場合の対応をまとめました。' },
      { text: '■ 対応できない作業\n・休日の搬入' },
      { text: '現時点では入荷日を確定できませんが、分かり次第ご連絡いたします。' },
      { text: '費用は一切発生いたしません。' },
      { text: '明日のご対応はできませんでしょうか。' },
      { text: '昨日はお電話に出ることができませんでした。' },
      { text: 'お約束はできませんが、できる限り対応いたします。' },
      { text: 'ご返却いただく必要はございません。' },
      { text: '昨年から値上げは一度も行っておりません。' },
      { text: 'まだ出荷できておりませんが、明日には発送いたします。' },
      { text: '川村様は当日ご出席できないとのことですので、資料をお送りいたします。' },
      { text: '本機は単相100Vには対応しておりません。' },
    ],
    invalid: [
      {
        text: 'ご相談いただいた他社品での代替は、弊社ではできません。',
        flagged: '弊社ではできません',
        outputs: [
          'ご相談いただいた他社品での代替は、あいにく弊社ではいたしかねます。',
          'ご相談いただいた他社品での代替は、大変申し訳ございませんが、弊社ではいたしかねます。',
          'ご相談いただいた他社品での代替は、大変申し訳ございませんが、弊社ではいたしかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: 'ご依頼いただいた土曜日搬入の件ですが、弊社では休日の搬入作業には対応しません。',
        flagged: '弊社では休日の搬入作業には対応しません',
        outputs: [
          'ご依頼いただいた土曜日搬入の件ですが、あいにく弊社では休日の搬入作業には対応いたしかねます。',
          'ご依頼いただいた土曜日搬入の件ですが、誠に恐縮ながら、弊社では休日の搬入作業には対応いたしかねます。',
          'ご依頼いただいた土曜日搬入の件ですが、誠に恐縮ながら、弊社では休日の搬入作業には対応いたしかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: 'その納期でのお引き受けはお断りします。',
        flagged: 'その納期でのお引き受けはお断りします',
        outputs: [
          'あいにく、その納期でのお引き受けはいたしかねます。',
          '大変申し訳ございませんが、その納期でのお引き受けはいたしかねます。',
          '大変申し訳ございませんが、その納期でのお引き受けはいたしかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: '社内行事があるため、お伺いできません。',
        flagged: 'お伺いできません',
        outputs: [
          '社内行事があるため、あいにくお伺いいたしかねます。',
          '社内行事があるため、大変申し訳ございませんが、お伺いいたしかねます。',
          '社内行事があるため、大変申し訳ございませんが、お伺いいたしかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: '当日は先約があるため、伺うことができません。',
        flagged: '伺うことができません',
        outputs: [
          '当日は先約があるため、あいにく伺うことができかねます。',
          '当日は先約があるため、大変申し訳ございませんが、伺うことができかねます。',
          '当日は先約があるため、大変申し訳ございませんが、伺うことができかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: 'その日は社内の研修があり、伺えません。',
        flagged: '伺えません',
        outputs: [
          'その日は社内の研修があり、あいにく伺いかねます。',
          'その日は社内の研修があり、大変申し訳ございませんが、伺いかねます。',
          'その日は社内の研修があり、大変申し訳ございませんが、伺いかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: '店舗での設置作業は、弊社の業務範囲外です。',
        flagged: '弊社の業務範囲外です',
        outputs: [
          '店舗での設置作業は、あいにく弊社の業務範囲外となっております。',
          '店舗での設置作業は、大変申し訳ございませんが、弊社の業務範囲外となっております。',
          '店舗での設置作業は、大変申し訳ございませんが、弊社の業務範囲外となっております。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: '納期短縮のご要望ですが、難しいです。',
        flagged: '難しいです',
        outputs: [
          '納期短縮のご要望ですが、あいにく難しい状況でございます。',
          '納期短縮のご要望ですが、誠に恐縮ながら、難しい状況でございます。',
          '納期短縮のご要望ですが、誠に恐縮ながら、難しい状況でございます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: 'ご依頼の追加加工は請け負っておりません。',
        flagged: 'ご依頼の追加加工は請け負っておりません',
        outputs: [
          'あいにく、ご依頼の追加加工は請け負いかねます。',
          '大変申し訳ございませんが、ご依頼の追加加工は請け負いかねます。',
          '大変申し訳ございませんが、ご依頼の追加加工は請け負いかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: '土曜日は無理ですので、平日でご検討ください。',
        flagged: '土曜日は無理です',
        outputs: [
          'あいにく、土曜日は難しい状況ですので、平日でご検討ください。',
          '大変申し訳ございませんが、土曜日は難しい状況ですので、平日でご検討ください。',
        ],
      },
    ],
  },
  sentence(s, ctx, previous) {
    if (isHeadingOrTerseItem(s, previous)) return;
    if (containsAny(s.text, CUSHIONS) || (previous && containsAny(previous.text, CUSHIONS))) return;
    const quotes = quotedRanges(s.text);
    const claimed = new Set<number>();
    for (const c of candidates(s)) {
      if (claimed.has(c.end) || inQuotes(quotes, c.start, c.end)) continue;
      const rest = s.text.slice(c.end);
      const final = atSentenceEnd(s.text, c.end);
      const follower = final ? undefined : FOLLOWER.exec(rest)?.[0];
      if (!final && !follower) continue;
      const before = s.text.slice(0, c.start);
      if (c.beforeRe && !c.beforeRe.test(before)) continue;
      if (c.notBeforeRe?.test(before)) continue;
      if (NOT_A_REFUSAL.test(before) || (c.id === 'dekimasen' && CLIENT_ACTION.test(before))) continue;
      if (REASSURING.test(before) || CLIENT_SUBJECT.test(before)) continue;
      // 本機は…対応しておりません is a specification; 本製品は保証の対象外です still turns the client's claim down.
      if (c.id !== 'out-of-scope' && PRODUCT_SUBJECT.test(before)) continue;
      const cs = clauseStart(s.text, c.start);
      const clause = s.text.slice(cs, c.start);
      if (NOT_YET.test(clause) || TIME_LIMIT.test(clause) || ULTIMATUM.test(before)) continue;
      if (follower?.startsWith('が') && containsAny(rest, REFUSALS.effortAfterBut)) continue;
      claimed.add(c.end);
      report(ctx, s, c, cs, clause, final, follower);
    }
  },
});

interface Candidate {
  id: string;
  /** Offsets relative to the sentence: the flat predicate. */
  start: number;
  end: number;
  written: string;
  polite: string;
  plain: string;
  beforeRe?: RegExp;
  notBeforeRe?: RegExp;
}

/**
 * The flat predicates of a sentence: phrase matches first (they also work while the dictionary loads), then
 * negated predicates read from the tokens, which catch wordings no list holds (伺えません, 請け負っておりません).
 */
function candidates(s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  for (const e of ENTRIES) {
    for (const m of s.text.matchAll(e.re)) {
      const fill = (x: string) => x.replace(/\$1/g, m[1] ?? '');
      out.push({
        id: e.id, start: m.index, end: m.index + m[0].length, written: m[0],
        polite: fill(e.polite), plain: fill(e.plain), beforeRe: e.beforeRe, notBeforeRe: e.notBeforeRe,
      });
    }
  }
  if (s.tokens) {
    for (const n of negatedRefusals(s.tokens)) {
      const start = n.start - s.start;
      const end = n.end - s.start;
      out.push({ id: 'negated', start, end, written: s.text.slice(start, end), polite: n.polite, plain: n.plain });
    }
  }
  return out;
}

function report(
  ctx: RuleContext, s: Sentence, c: Candidate, cs: number, clause: string, final: boolean, follower: string | undefined,
): void {
  const polite = !follower || /^(?:ので|が)/.test(follower);
  // 伺うことができません → 伺うことができかねます: after こと, できる stays and only takes かねる.
  const afterKoto = c.id === 'dekimasen' && /こと[がは]$/.test(clause);
  const soft = afterKoto ? (polite ? 'できかねます' : 'できかねる') : polite ? c.polite : c.plain;
  const softened = clause + soft;
  const lead = /が[、，]|ですが/.test(s.text.slice(0, cs)) ? '誠に恐縮ながら、' : '大変申し訳ございませんが、';
  const options = [
    suggestion(`あいにく${cs === 0 ? '、' : ''}${softened}`, 'Add a cushion (あいにく) and soften', '「あいにく」を添えて柔らかく断る'),
    suggestion(`${lead}${softened}`, 'Apologise and soften', 'お詫びを添えて柔らかく断る'),
  ];
  if (final) {
    options.push(
      suggestion(
        `${lead}${softened}。代わりの方法を社内で検討のうえ、改めてご連絡いたします`,
        'Apologise, soften and promise to come back with an alternative',
        'お詫びし、代案を検討して改めて連絡すると伝える',
      ),
    );
  }
  ctx.report({
    start: s.start + cs,
    end: s.start + c.end,
    message: `A flat refusal (${c.written}) with no cushion word closes the door; soften it with あいにく / 恐れ入りますが and …${c.polite}.`,
    messageJa: `「${c.written}」とクッション言葉なしに言い切ると、突き放した印象になります。「あいにく」「恐れ入りますが」を添え、「${c.polite}」と柔らかく伝えます。`,
    suggestions: options,
  });
}

/**
 * Headings and bulleted terms (■ 出荷条件 / ・土日祝日の出荷は対応できません) are notes, not replies; a
 * numbered answer written as a polite sentence (1. 設置作業は弊社の業務範囲外です。) answers the client.
 */
function isHeadingOrTerseItem(s: Sentence, previous: Sentence | undefined): boolean {
  if (!isListOrHeading(s, previous)) return false;
  const numberedApart = !!previous && previous.line === s.line && /^[0-9０-９]{1,2}[.．]$/.test(previous.text);
  return !(NUMBERED_REPLY.test(s.text) || (numberedApart && /(?:です|ます|ません|ございます)[。．]\s*$/.test(s.text)));
}
