import { defineRule } from '../../engine/rule';
import { CUSHIONS, KEIGO, REFUSALS } from './lib/dictionaries';
import { suggestion } from './lib/suggest';
import {
  alternation, atSentenceEnd, clauseStart, containsAny, inQuotes, isListOrHeading, quotedRanges,
} from './lib/text';

const ACTION = alternation(REFUSALS.actionNouns);
const ENTRIES = REFUSALS.entries.map((e) => ({
  ...e,
  re: new RegExp(e.predicate, 'g'),
  beforeRe: e.before ? new RegExp(e.before.replace('{ACTION}', ACTION)) : undefined,
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

/**
 * A flat no — できません, 対応しません, お断りします, 無理です, 不可です — with no cushion word (恐れ入り
 * ますが, あいにく, 申し訳ございませんが) in its sentence or the one before. A reason or an alternative does
 * not soften it by itself; a cushion plus …いたしかねます does.
 */
export default defineRule({
  id: 'ja.blunt-refusal.unsoftened-refusal',
  lang: 'ja',
  category: 'blunt-refusal',
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
    if (isListOrHeading(s, previous)) return;
    if (containsAny(s.text, CUSHIONS) || (previous && containsAny(previous.text, CUSHIONS))) return;
    const quotes = quotedRanges(s.text);
    const claimed = new Set<number>();
    for (const e of ENTRIES) {
      for (const m of s.text.matchAll(e.re)) {
        const end = m.index + m[0].length;
        if (claimed.has(end) || inQuotes(quotes, m.index, end)) continue;
        const rest = s.text.slice(end);
        const final = atSentenceEnd(s.text, end);
        const follower = final ? undefined : FOLLOWER.exec(rest)?.[0];
        if (!final && !follower) continue;
        const before = s.text.slice(0, m.index);
        if (e.beforeRe && !e.beforeRe.test(before)) continue;
        if (NOT_A_REFUSAL.test(before) || (e.id === 'dekimasen' && CLIENT_ACTION.test(before))) continue;
        const cs = clauseStart(s.text, m.index);
        const clause = s.text.slice(cs, m.index);
        if (NOT_YET.test(clause) || TIME_LIMIT.test(clause) || ULTIMATUM.test(before)) continue;
        if (follower?.startsWith('が') && containsAny(rest, REFUSALS.effortAfterBut)) continue;
        claimed.add(end);

        const polite = !follower || /^(?:ので|が)/.test(follower);
        // 伺うことができません → 伺うことができかねます: after こと, できる stays and only takes かねる.
        const afterKoto = e.id === 'dekimasen' && /こと[がは]$/.test(clause);
        const soft = afterKoto ? (polite ? 'できかねます' : 'できかねる') : polite ? e.polite : e.plain;
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
          end: s.start + end,
          message: `A flat refusal (${m[0]}) with no cushion word closes the door; soften it with あいにく / 恐れ入りますが and …${e.polite}.`,
          messageJa: `「${m[0]}」とクッション言葉なしに言い切ると、突き放した印象になります。「あいにく」「恐れ入りますが」を添え、「${e.polite}」と柔らかく伝えます。`,
          suggestions: options,
        });
      }
    }
  },
});
