// Round 41 (newsja41): bad news the Japanese readers had no frame for, each read from the shape of the sentence, its
// words data with their own examples (dictionaries/ja/news.json: contactHeads … askNouns): a new person in charge of the
// client from a point in time (4月より、貴社のご担当は東京営業所の坂井となります); goods or a mail of ours that went wrong
// (5mgではなく2.5mgが出荷されておりました, 誤って添付したものです); dealings moved to terms worse for the client from a point
// on (次回ご注文分より、前払いでのお取引とさせていただきます, 代理店を通じたお取引となります); an allocation below what the client
// asked (ご依頼の月300kgに対し、月180kgでの割り当てとなります).
import type { ResultCue } from './ja-news-results';
import { NEWS_DATA } from './ja-news';
import { figureValue } from './figures';

type ClassName = 'contactHeads' | 'takeOverMarks' | 'sentActs' | 'mistakeMarks' | 'worseTerms' | 'sameAsBefore' | 'allotNouns' | 'askNouns';
const alternatives = (name: ClassName) => NEWS_DATA[name].phrases.join('|');

/** The patterns, built from the word classes on first use. */
let built: Record<'fromPoint' | 'act' | 'same' | 'becomes' | 'takes' | 'instead' | 'mistake' | 'worse' | 'asked' | 'allotted' | 'partTold', RegExp> | undefined;
function patterns() {
  // A point from which something holds: 4月より, 来月から, 7月締め分より, 次回ご注文分より, 2027年4月以降は.
  const from = /(?:[0-9０-９]{1,2}[月日]|来月|来期|来年度?|次回|今後|[分便])[^、。]{0,8}?(?:より|から|以降|以後)/;
  // The figure starts where no figure goes before it: each run of digits is read once (linear).
  const amount = '(?<![0-9０-９,，.])([0-9０-９][0-9０-９,，.]*)([^、。0-9０-９]{0,4}?)';
  // An act of sending (出荷, 添付, お送り) or its verb's own forms (送っ, 送ら).
  const act = `${alternatives('sentActs')}|送っ|送ら`;
  built ??= {
    fromPoint: from,
    act: new RegExp(act),
    same: new RegExp(alternatives('sameAsBefore')),
    // The client's contact as the topic, and what it becomes: ご担当は…となります, 窓口は…に変わります.
    becomes: new RegExp(`(?:${alternatives('contactHeads')})は[、，]?[^。]{1,30}?(?:と|に)(?:なり|なる|変わ|代わ|替わ)`),
    // Someone who takes the client over: …が貴社を担当いたします.
    takes: new RegExp(`が[、，]?[^、。]{0,6}?(?:を|の)?ご?(?:${alternatives('takeOverMarks')})`),
    // Goods that went out other than ordered: AではなくBが出荷されておりました.
    instead: new RegExp(`ではなく[、，]?[^。]{1,30}?(?:${alternatives('sentActs')})(?:され|し)て(?:おり|い)ました`),
    // A mistake of ours told: 誤って添付した, 誤った請求書をお送りし.
    mistake: new RegExp(`(?:${alternatives('mistakeMarks')})[^。]{0,16}?(?:${act})`),
    // Dealings on worse terms: 前払いでのお取引, 代理店を通じたお取引.
    worse: new RegExp(`(?:${alternatives('worseTerms')})(?:での|にて|の)?(?:お?取引|お?支払い?|ご?注文)(?:と|に)(?:させ|なり|なる|変更|切り替え|いたし)`),
    // What the client asked, as a figure: ご依頼の月300kgに対し.
    asked: new RegExp(`(?:${alternatives('askNouns')})(?:の|いただいた)?[^、。0-9０-９]{0,8}${amount}(?:に対し|のところ|のうち)`),
    // What is allotted, as a figure: 月180kgでの割り当てとなります.
    allotted: new RegExp(`${amount}(?:での|の|で)?(?:${alternatives('allotNouns')})(?:と|に)(?:なり|なる|させ|いたし)`),
    // Round 47: or the part told as what there is, the sentence's predicate after its topic — 割当は24ケースです, 年内に導入
    // できるのは2拠点です, 参画するのは2名のみとなります. A split told in parts (2名は4月から、3名は5月から参画いたします) has
    // its figures as topics, not as the predicate, and stays unread.
    partTold: new RegExp(`^[^。]{0,24}?は[、，]?\\s?${amount}(?:のみ|だけ)?(?:です|でございます|となり|になり|と(?:させ|いたし)|に(?:とどま|留ま|限ら))`),
  };
  return built;
}

/**
 * A new contact for the client from a point in time. Not the writer introducing themselves with no point in time (本件の
 * 担当は坂井となります), nor a contact that stays (引き続き私が担当いたします).
 */
export function contactFromPoint(text: string): ResultCue | undefined {
  const p = patterns();
  const from = p.fromPoint.exec(text);
  if (!from || p.same.test(text)) return undefined;
  const rest = text.slice(from.index + from[0].length);
  const m = p.becomes.exec(rest) ?? p.takes.exec(rest);
  if (!m) return undefined;
  const at = from.index + from[0].length + m.index;
  return { start: at, end: at + m[0].length, kind: 'staff', source: 'contact-from-point' };
}

/** Goods or a mail of ours that went wrong, told as what happened. Not a plan to prevent it (再発防止, ないよう) or a question. */
export function sentWrong(text: string): ResultCue | undefined {
  const p = patterns();
  const instead = p.instead.exec(text);
  const m = instead ?? p.mistake.exec(text);
  if (!m || /ないよう|防止|なきよう|ませんか|でしょうか/.test(text.slice(m.index))) return undefined;
  // Told as what happened: a past tense right after the act (添付した, お送りしてしまいました, 送られていた).
  if (!instead && !/^[^、。]{0,8}?た/.test(text.slice(m.index + m[0].length))) return undefined;
  // The cue is the act that went wrong (誤って|添付): the predicate that governs it is the sentence's, not 誤る's て-form.
  const act = m[0].search(p.act);
  const start = m.index + (act > 0 ? act : 0);
  return { start, end: m.index + m[0].length, kind: 'quality', source: 'sent-wrong' };
}

/** Dealings moved to terms worse for the client from a point on (前払い, through an agent). */
export function dealingsWorse(text: string): ResultCue | undefined {
  const p = patterns();
  if (!p.fromPoint.test(text) || p.same.test(text)) return undefined;
  const m = p.worse.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length, kind: 'price', source: 'dealings-worse' } : undefined;
}

/**
 * An allocation below what the client asked, in the same unit (月 before either figure aside): allotted as a figure
 * (月180kgでの割り当てとなります) or, round 47, the part told as the predicate against what they asked, booked or applied for
 * (ご依頼いただいた5名のうち、4月から参画できるのは2名です; ご予約の60ケースに対し、割当は24ケースです).
 */
export function allottedBelowAsk(text: string): ResultCue | undefined {
  const p = patterns();
  const a = p.asked.exec(text);
  if (!a) return undefined;
  const rest = text.slice(a.index + a[0].length);
  const b = p.allotted.exec(rest) ?? p.partTold.exec(rest);
  if (!b || b[2]!.replace(/^月/, '') !== a[2]!.replace(/^月/, '') || figureValue(b[1]!) >= figureValue(a[1]!)) return undefined;
  const at = a.index + a[0].length + b.index;
  return { start: at, end: at + b[0].length, kind: 'shortage', source: 'allotted-below-ask' };
}
