import { defineRule } from '../../engine/rule';
import { textFact } from '../../engine/analysis/facts';
import type { Sentence } from '../../engine/types';
import { COLD_OUTREACH } from './lib/dictionaries';
import { suggestion } from './lib/suggest';
import { japaneseFacts, type JaSentenceFacts } from '../../engine/analysis/ja';
import { lossIfWaiting, scarcityHurry, timeLimits } from './lib/pressure';
import { announcesContact, awaitsReply } from './lib/cold-outreach';
import { bodyEnd, clauseStart, containsAny, firstIndexOfAny, inQuotes, quotedRanges } from './lib/text';

/** A meeting that took place: a question after it follows up a real conversation. */
const MEETING_HELD = /打ち合わせ|打合せ|面談|お会い|ご来社|ご訪問|お時間をいただ|お電話で/;
/** Our own slip that a mail is sent again to correct: a missing attachment, an error, a wrong file. */
const OWN_SLIP = /漏れ|誤り|不備|間違|失念|訂正|差し替え|修正|不足|文字化け|お詫び/;
const CONDITIONAL = /(?:ない|なかった)(?:場合|ようでしたら|ようであれば|とき|なら)|なければ|なかったら/;
/** The reader may answer or not: いつでもお気軽に, ご不要でしたら, ご関心がございましたら. */
const OPEN_DOOR = /いつでも|お気軽|ご不要|お気になさら|ご関心|ご興味|ご不明/;
const STATUS_CHASE = new RegExp(COLD_OUTREACH.statusChase.join('|'));
/** これで3度目のご連絡 / 2回目のご案内: counting one's own unanswered contacts. */
const CONTACT_COUNT = /[0-9０-９一二三四五六七八九何数]{1,3}(?:度|回)目/;

/**
 * Chasing a prospect who did not answer a pitch: 「ご覧いただけましたでしょうか」 about one's own earlier
 * mail, 「お返事をいただいていないようでしたので再送いたします」. Silence from a Japanese buyer is often a
 * polite no; pressing for an answer forces them to refuse outright, which they avoid, so they stop reading.
 */
export default defineRule({
  id: 'ja.cold-outreach.pushy-follow-up',
  lang: 'ja',
  category: 'cold-outreach',
  severity: 'warning',
  title: { en: 'Pushy follow-up to an unanswered pitch', ja: '返信のない売り込みへの催促' },
  rationale: {
    en: 'A Japanese prospect who does not reply is often declining politely. Asking whether they read your mail, or re-sending it because they did not answer, corners them into an explicit no; leaving the door open keeps the chance alive.',
    ja: '返信がないこと自体が、日本のお客様にとっては控えめな断りであることが少なくありません。「ご覧いただけましたでしょうか」「お返事をいただいていないので再送します」と迫ると、はっきり断らざるを得ない立場に追い込み、かえって関係が途絶えます。',
  },
  audience: ['prospect'],
  examples: {
    valid: [
      // Round 25 (AB's ab-a-028): in a chase, a count left given as the reason for the hurry is pressure's to judge.
      { text: '今月の導入枠はあと2社のみですので、早めにご連絡ください。', subject: '【再送】評価制度DXのご案内', context: { recipient: 'prospect' } },
      // Round 24: what the reader asked for followed up: no pitch is chased.
      { text: '何度もご連絡を差し上げて恐縮ですが、ご依頼いただいたお見積りの件、いかがでしょうか。', context: { recipient: 'prospect' } },
      { text: '先日はお時間をいただき、ありがとうございました。\nお打ち合わせの議事録をお送りいたします。', context: { recipient: 'prospect' } },
      { text: '先日お送りしたお見積りはご覧いただけましたでしょうか。', context: { recipient: 'client' } },
      { text: '資料はご覧いただけましたでしょうか。', context: { recipient: 'prospect' } },
      // Round 25: whether what we sent arrived safely is care for the shipment, not a chase.
      { text: '10月末にお送りしたサンプルは、無事お手元に届いておりますでしょうか。', context: { recipient: 'prospect' } },
      { text: '先日はご返信をいただき、ありがとうございました。', context: { recipient: 'prospect' } },
      { text: 'ご返信がない場合は、こちらからお電話いたします。', context: { recipient: 'prospect' } },
      { text: '先月ご提案した搬送ロボットの件、その後いかがでしょうか。', context: { recipient: 'prospect' } },
      { text: '何度も失礼いたします。ヌリセミテックの朴です。', context: { recipient: 'prospect' } },
      {
        text: 'ご依頼の資料をお送りいたします。\nご不明な点がございましたら、至急ご連絡ください。',
        context: { recipient: 'prospect' },
      },
    ],
    invalid: [
      {
        text: '先週ご案内をお送りしておりますが、まだお返事をいただけておりません。\n至急ご返信ください。',
        context: { recipient: 'prospect' },
        flagged: '至急ご返信ください',
        outputs: [
          '先週ご案内をお送りしておりますが、まだお返事をいただけておりません。\nご関心をお持ちいただけるようでしたら、いつでもお気軽にお知らせください。',
          '先週ご案内をお送りしておりますが、まだお返事をいただけておりません。\nご不要でしたら、どうぞお気になさらないでください。',
        ],
      },
      {
        text: '先月ご案内いたしました人事評価システムの件、ご覧いただけましたでしょうか。',
        context: { recipient: 'prospect' },
        flagged: 'ご覧いただけましたでしょうか',
        outputs: ['先月ご案内いたしました人事評価システムの件、ご参考になりましたら幸いです。'],
      },
      {
        text: 'これまで2度ほどご案内をお送りしておりますが、まだお返事をいただけておりません。',
        context: { recipient: 'prospect' },
        flagged: 'これまで2度ほどご案内をお送りしておりますが、まだお返事をいただけておりません',
        outputs: ['ご関心をお持ちいただけるようでしたら、いつでもお気軽にお知らせください。', 'ご不要でしたら、どうぞお気になさらないでください。'],
      },
      {
        text: 'お忙しいところ恐縮ですが、ご検討状況だけでもお知らせいただけますか。',
        context: { recipient: 'prospect' },
        flagged: 'ご検討状況だけでもお知らせいただけますか',
        outputs: [
          'お忙しいところ恐縮ですが、ご関心をお持ちいただけるようでしたら、いつでもお気軽にお知らせください。',
          'お忙しいところ恐縮ですが、ご不要でしたら、どうぞお気になさらないでください。',
        ],
      },
      {
        text: 'お返事をいただいていないようでしたので、念のため再送いたします。',
        context: { recipient: 'prospect' },
        flagged: 'お返事をいただいていないようでしたので、念のため再送いたします',
        outputs: ['ご関心をお持ちいただけるようでしたら、いつでもお気軽にお知らせください。', 'ご不要でしたら、どうぞお気になさらないでください。'],
      },
    ],
  },
  sentence(s, ctx) {
    // Round 24: ご依頼いただいたお見積りの件、いかがでしょうか: the reader's own request followed up, no pitch.
    if (READER_ASKED_THING.test(s.text)) return;
    const c = chaseIn(s, ctx.facts.of(japaneseFacts, s));
    // 届いておりますでしょうか about what the reader asked for (ご依頼いただいた…, maybe a sentence later) is
    // service: a question whether they read it is reported by the document hook, which sees the whole mail.
    if (c && !c.readQuestion) ctx.report(finding(c));
  },
  /**
   * Once a mail chases an unanswered pitch (or its subject says 再送), every further push for a reply in it
   * belongs to the chase: 至急ご返信ください, 今週中にご回答ください, ご返答がない場合は改めてお電話いたします.
   */
  document(ctx) {
    const japanese = ctx.sentences.filter((s) => s.lang === 'ja' && s.tokens);
    const chased = japanese.map((s) => chaseIn(s, ctx.facts.of(japaneseFacts, s)));
    // A question whether what they asked for arrived or was read is service, not a chase.
    const asked = ASKED_BY_READER.test(ctx.own);
    chased.forEach((c, k) => {
      if (!c?.readQuestion) return;
      if (asked) chased[k] = undefined;
      else ctx.report(finding(c));
    });
    // ご提案資料はご覧いただけましたか？: whether they read our own pitch, with no date to point back — a chase
    // unless the mail follows a real meeting or something they asked for.
    const engaged = MEETING_HELD.test(ctx.own) || ENQUIRED.test(ctx.own) || containsAny(ctx.own, COLD_OUTREACH.priorContact) ||
      containsAny(ctx.own, ENCOUNTERS);
    japanese.forEach((s, k) => {
      if (chased[k] || engaged) return;
      const c = ownPitchSeen(s, ctx.facts.of(japaneseFacts, s));
      if (c) {
        chased[k] = c;
        ctx.report(c);
      }
    });
    // 再度のご案内となります: the body says this mail repeats our pitch.
    const repeated = japanese.some((s) => REPEAT_OF_PITCH.test(s.text) && !OWN_SLIP.test(s.text));
    const resent = repeated || COLD_OUTREACH.resentMarks.some((m) => (ctx.draft.subject ?? '').includes(m));
    // 何度も失礼いたします / 先月ご提案した…の件、その後いかがでしょうか: not a chase to report, but a mail that
    // says it follows our pitch up — a push for a reply after it (ご返信いただけますと幸いです) still chases.
    const following = japanese.some((s) => ctx.facts.of(FOLLOWS_UP, s));
    if (!resent && !following && !chased.some(Boolean)) return;
    // Round 24: the mail follows up what the reader asked for (ご依頼いただいたお見積りの件): no pitch to chase, and a
    // push for an answer in it is a deadline (ja.pressure.*) — writers label it pressure.
    if (!resent && japanese.some((s) => READER_ASKED_THING.test(s.text))) return;
    japanese.forEach((s, k) => {
      if (chased[k]) return;
      const facts = ctx.facts.of(japaneseFacts, s);
      // 明日改めてお電話いたします / 折り返しのご連絡をお待ちしております: in a chase, our next call announced or
      // their answer awaited presses as much as a request for it.
      if ((announcesContact(s, facts) || awaitsReply(s, facts)) && !OPEN_DOOR.test(s.text)) {
        ctx.report({
          start: s.start + clauseStart(s.text, 0),
          end: s.start + bodyEnd(s.text),
          message: 'Announcing another call, or waiting for their answer, to a prospect who has not replied corners them; leave the door open instead.',
          messageJa: '返信のないお客様に、次の電話を一方的に告げたり返答を待っていると伝えたりすると、追い詰めてしまいます。いつでも連絡できる余地を残しましょう。',
          suggestions: COLD_OUTREACH.noReplySuggestions.map((x) => suggestion(x.text, x.label, x.labelJa)),
        });
        return;
      }
      // 今週中にお返事ください / 金曜までにご回答がなければ在庫を解放します: a time limit makes the push a
      // deadline on their decision, which ja.pressure.early-pressure judges (as chaseIn does for insistence).
      if (timeLimits(s.tokens!).length > 0) return;
      const f = ctx.facts.of(japaneseFacts, s);
      // Round 25 (AB's ab-a-028): 今月の導入枠はあと2社のみですので、早めにご連絡ください — a limit on what we offer, or a
      // loss once time passes, given as the reason for the hurry: a condition on their decision, which
      // ja.pressure.early-pressure judges (it yields to this rule over the same words, so reporting here would drop it).
      if (scarcityHurry(s, f) || lossIfWaiting(s, f)) return;
      // 先日お送りした資料について、ご意向をお聞かせいただけますでしょうか: in a follow-up, an answer asked about our
      // earlier pitch, whatever it is called.
      const aboutPitch = containsAny(s.text, COLD_OUTREACH.earlierPitch) && containsAny(s.text, COLD_OUTREACH.pitchWords) && !MEETING_HELD.test(s.text);
      const reply = aboutPitch && f.acts.includes('request') ? 0 : firstIndexOfAny(s.text, COLD_OUTREACH.replyNouns);
      if (reply < 0 || inQuotes(quotedRanges(s.text), reply, reply + 1)) return;
      // A request for the reply itself, or what we will do if none comes.
      if (!f.acts.includes('request') && !CONDITIONAL.test(s.text)) return;
      // ご関心がございましたら、いつでもお気軽に…: a door left open is what we advise, not a push.
      if (OPEN_DOOR.test(s.text)) return;
      ctx.report({
        start: s.start + clauseStart(s.text, reply),
        end: s.start + bodyEnd(s.text),
        message: 'Pressing a prospect who has not answered for a reply corners them; leave the door open instead.',
        messageJa: '返信のないお客様に返答を迫ると、追い詰めてしまいます。いつでも連絡できる余地を残しましょう。',
        suggestions: COLD_OUTREACH.noReplySuggestions.map((x) => suggestion(x.text, x.label, x.labelJa)),
      });
    });
  },
});

interface Chase {
  start: number;
  end: number;
  message: string;
  messageJa: string;
  suggestions: ReturnType<typeof suggestion>[];
  /** A question whether they read or received what we sent: judged with the whole mail (asked for, it is service). */
  readQuestion?: boolean;
}

/** The reader asked for what we sent (ご依頼いただいた, ご請求いただき, お問い合わせいただいた), not a pitch's ご希望の日時. */
const ASKED_BY_READER = /(?:ご依頼|ご請求|お問い合わせ|お問合せ|ご要望|ご相談)(?:を)?(?:いただ|頂|くださ|下さ)/;

/** A thing the reader asked for, named in a past relative clause: ご依頼いただいたお見積り, お問い合わせいただきました件. */
const READER_ASKED_THING = /(?:ご依頼|ご請求|お問い合わせ|お問合せ|ご要望|ご用命)(?:を)?(?:いただ|頂)(?:いた|きました)/;

/** The finding of a chase, without the bookkeeping. */
const finding = ({ readQuestion: _q, ...c }: Chase) => c;

/** What the sentence hook reports: a chase of an unanswered pitch in this sentence. */
function chaseIn(s: Sentence, facts: JaSentenceFacts): Chase | undefined {
  const quotes = quotedRanges(s.text);
  // その旨だけでもご返信ください / 必ずご返答ください: a request for a reply, insisted on (also after a
  // condition: ご興味がなければ、その旨だけでも).
  // 週明けまでにご発注の可否だけでもお知らせください: with a time limit the insistence presses a decision,
  // which ja.pressure.early-pressure judges.
  const timed = !!s.tokens && timeLimits(s.tokens).length > 0;
  const insist = firstIndexOfAny(s.text, COLD_OUTREACH.insistence);
  if (insist >= 0 && !timed && !inQuotes(quotes, insist, insist + 1) && containsAny(s.text.slice(insist), COLD_OUTREACH.replyNouns) &&
    facts.acts.includes('request')) {
    return {
      start: s.start + clauseStart(s.text, insist),
      end: s.start + bodyEnd(s.text),
      message: 'Insisting that a prospect who has not answered reply at all still presses for an answer.',
      messageJa: '返信のないお客様に返答を強く求めるのは、返答を迫ることになります。',
      suggestions: COLD_OUTREACH.noReplySuggestions.map((x) => suggestion(x.text, x.label, x.labelJa)),
    };
  }
  // 「ご返信がない場合は…」 is a condition (and pressure), not a chase: ja.pressure.early-pressure reads it.
  if (CONDITIONAL.test(s.text)) return undefined;
  const noReply = unanswered(s.text, facts);
  const count = CONTACT_COUNT.exec(s.text);
  const afterCount = count ? s.text.slice(count.index + count[0].length).replace(/^の/, '') : '';
  const counted = !!count && COLD_OUTREACH.contactNouns.some((n) => afterCount.startsWith(n));
  // 添付が漏れておりましたので再送いたします: sent again to put our own slip right, not to chase.
  const ownSlip = OWN_SLIP.test(s.text) && !(noReply >= 0);
  if (ownSlip) return undefined;
  // お見積書を再送いたします: a document sent again (a quote, an invoice) is service, not a chase; a resend is a
  // chase when it names no object or our pitch (念のため再送いたします, ご案内を再送いたします).
  // 何度も失礼いたします / 度々のご連絡申し訳ございません: an apology for writing again is the courtesy a
  // follow-up owes, not the chase — what presses is counting their silence (3回目のご連絡, お返事がまだ).
  const said = COLD_OUTREACH.noReply.filter((p) => s.text.includes(p) && !apologisedFor(s.text, p));
  const chaseSaid = said.some((p) => !RESEND.test(p) || !documentResent(s.text));
  if (chaseSaid || counted || (noReply >= 0 && !inQuotes(quotes, noReply, noReply + 1)) || unreachedCall(s.text)) {
    return wholeSentenceChase(s);
  }
  // ご検討状況だけでもお聞かせください: pressing for any answer at all, from here to the end of the sentence.
  const chase = STATUS_CHASE.exec(s.text);
  if (chase && !timed && !inQuotes(quotes, chase.index, chase.index + chase[0].length)) {
    return {
      start: s.start + chase.index,
      end: s.start + bodyEnd(s.text),
      message: 'Asking a prospect who has not answered for “just a status” still presses for an answer.',
      messageJa: '返信のないお客様に「状況だけでも」と求めるのは、返答を迫ることになります。',
      suggestions: COLD_OUTREACH.noReplySuggestions.map((x) => suggestion(x.text, x.label, x.labelJa)),
    };
  }
  // 先日のメールへのご返信をお願いいたします / 念のため、再度ご案内をお送りいたします: a reply asked about our
  // earlier pitch, or the pitch sent again just in case. A real meeting behind it makes it a follow-up.
  const pointsBack = containsAny(s.text, COLD_OUTREACH.earlierPitch) && containsAny(s.text, COLD_OUTREACH.pitchWords) && !MEETING_HELD.test(s.text);
  const replyAsked = facts.acts.includes('request') && containsAny(s.text, COLD_OUTREACH.replyNouns) && !OPEN_DOOR.test(s.text);
  const sentAgain = AGAIN.test(s.text) && /念のため|念の為/.test(s.text) && !OWN_SLIP.test(s.text);
  // 前回お送りしたご提案について、改めてお電話でご説明いたします: our next call announced about our earlier pitch.
  // The pointing back is in the first clause, dated (前回お送りした…について、): 改めて is the announcement itself.
  const firstClause = s.text.slice(0, Math.max(0, s.text.indexOf('、')));
  const pointsBackToCall = containsAny(firstClause, COLD_OUTREACH.earlierPitch.filter((w) => !AGAIN_WORDS.includes(w))) && containsAny(firstClause, COLD_OUTREACH.pitchWords) &&
    !MEETING_HELD.test(firstClause) && !/ご依頼|ご請求|お問い合わせ|お問合せ|ご要望/.test(s.text) && announcesContact(s, facts);
  if ((pointsBack && replyAsked && !timed) || sentAgain || pointsBackToCall) {
    return wholeSentenceChase(s);
  }
  const at = firstIndexOfAny(s.text, COLD_OUTREACH.followUpQuestions);
  if (at < 0) return seenQuestion(s, facts, quotes);
  // Only a question about one's own earlier pitch (先月ご案内した…) is a chase, not one after a meeting held.
  const before = s.text.slice(0, at);
  if ((!containsAny(before, COLD_OUTREACH.earlierPitch) && !SHORT_INTERVAL.test(before)) || !containsAny(before, COLD_OUTREACH.pitchWords) || MEETING_HELD.test(s.text)) return undefined;
  const phrase = COLD_OUTREACH.followUpQuestions.find((p) => s.text.startsWith(p, at))!;
  if (inQuotes(quotes, at, at + phrase.length) || safeArrival(before)) return undefined;
  // 先月ご提案した…の件、その後いかがでしょうか: an open question how things stand, asked once, leaves them free to
  // answer anything; only a day or two after the pitch (昨日お送りした…、その後いかがでしょうか) is it a chase.
  // Round 29: so is 先日お送りしたお見積りはご検討いただけましたでしょうか — whether they have weighed it, asked once in the
  // full polite form, is the ordinary follow-up; whether they read it at all (ご覧いただけましたか) still presses.
  if (openQuestion(phrase) && !SHORT_INTERVAL.test(before)) return undefined;
  return {
    start: s.start + at,
    end: s.start + at + phrase.length,
    message: 'Asking a prospect whether they read your pitch presses for an answer they may not want to give.',
    messageJa: '売り込みを読んだかどうかを尋ねると、お客様に返答を迫ることになります。',
    suggestions: COLD_OUTREACH.questionSuggestions.map((x) => suggestion(x.text, x.label, x.labelJa)),
    readQuestion: true,
  };
}


/** The sentence apologises for writing again, or asks openly how our earlier pitch stands. */
const FOLLOWS_UP = textFact('ja.cold-outreach.pushy-follow-up/follows-up', (text) =>
  COLD_OUTREACH.noReply.some((p) => text.includes(p) && apologisedFor(text, p)) ||
  (COLD_OUTREACH.followUpQuestions.some((q) => OPEN_STATUS.test(q) && text.includes(q)) && containsAny(text, COLD_OUTREACH.earlierPitch) && containsAny(text, COLD_OUTREACH.pitchWords)));

/**
 * Round 25: 「無事お手元に届いておりますでしょうか」「無事に届きましたでしょうか」: whether what we sent arrived safely — care for
 * the shipment (samples, a parcel, a prototype — not a proposal or a brochure, whose arrival asks whether they read it), asked once; the chase asks whether they got or read it at all.
 */
const SAFE_ARRIVAL = /無事/;
/** What we pitch with (a proposal, a brochure, a mail): whether it arrived, even safely, still asks whether they read it. */
const PITCH_PAPER = /ご?提案|資料|カタログ|パンフレット|ご案内|メール/;
const safeArrival = (before: string) => SAFE_ARRIVAL.test(before) && !PITCH_PAPER.test(before);

/** How things stand, asked openly (その後いかがでしょうか), not whether they read our mail. */
const OPEN_STATUS = /^その後いかが/;
/** Whether they have weighed it, in the full polite form (ご検討いただけましたでしょうか), not the curt ましたか. */
const WEIGHED_POLITELY = /^ご検討いただけ(?:ました|ておりますでしょうか)でしょうか|^ご検討いただけておりますでしょうか/;
/** A follow-up question that leaves them free to answer anything. */
const openQuestion = (phrase: string) => OPEN_STATUS.test(phrase) || WEIGHED_POLITELY.test(phrase);
/** A pitch sent hours or a day or two ago: 昨日, 本日, 今朝, 先ほど, 一昨日, 2日前. */
const SHORT_INTERVAL = /昨日|本日|今朝|今日|先ほど|先程|一昨日|おととい|昨晩|昨夜|[0-9０-９一二三]日前/;
/** The repeat phrase is what an apology is for: 何度も失礼いたします, 度々のご連絡となり申し訳ございません. */
function apologisedFor(text: string, phrase: string): boolean {
  const at = text.indexOf(phrase);
  const after = text.slice(at + phrase.length, at + phrase.length + 16);
  if (/^(?:失礼|申し訳|すみません|恐縮|お詫び)/.test(after) || /失礼$/.test(phrase)) {
    // 度々失礼いたしますが、まだお返事をいただけておりません: the silence is still named after the apology.
    return !/(?:が|けれど)[、，]/.test(text.slice(at + phrase.length));
  }
  return /^(?:して|となり|となって|になり|で)?(?:大変)?(?:失礼|申し訳|すみません|恐縮|お詫び)/.test(after);
}

const RESEND = /再送|再度お送り/;
/** What is sent again, as the object before the resend: a document of the deal, not our pitch. */
function documentResent(text: string): boolean {
  const m = /([^、。\s]{1,10})を(?:[^、。]{0,6})?(?:再送|再度お送り)/.exec(text);
  return !!m && !COLD_OUTREACH.pitchWords.some((w) => m[1]!.includes(w)) && !COLD_OUTREACH.contactNouns.some((w) => m[1]!.includes(w));
}

/**
 * Our calls that did not reach them, and another one promised (先週お電話もしましたが、ご不在でしたので、また
 * かけますね / お電話がつながらなかったため、改めてお電話いたします): persistence, said of the phone.
 */
function unreachedCall(text: string): boolean {
  return /電話/.test(text) && /不在|留守|つなが(?:ら|りませ)|繋が(?:ら|りませ)|お話しでき(?:ませ|ず)|出られ/.test(text) &&
    /また|改めて|再度|もう一度|後ほど|折を見て/.test(text);
}

/** Reading verbs a follow-up asks about: did you see / read / receive / look at what we sent. */
const READ_HEADS = /^(?:見る|読む|届く|確認|検討|ご覧|覧|目を通す|通す|目|目通し|拝見)$/;

/**
 * A question, in the past, whether they saw or read what we sent before, in any wording (先週お送りしたご案内、
 * 見ていただけましたか？ / 前回のメール、届いていますか？): the seen-question class, not its listed phrasings.
 */
function seenQuestion(s: Sentence, facts: JaSentenceFacts, quotes: Array<[number, number]>): Chase | undefined {
  if (!facts.question || MEETING_HELD.test(s.text)) return undefined;
  const p = readPredicate(s, facts);
  if (!p || inQuotes(quotes, p.start, p.end)) return undefined;
  const before = s.text.slice(0, p.start);
  if ((!containsAny(before, COLD_OUTREACH.earlierPitch) && !SHORT_INTERVAL.test(before)) || !containsAny(before, COLD_OUTREACH.pitchWords)) return undefined;
  return {
    start: s.start + p.start,
    end: s.start + bodyEnd(s.text),
    message: 'Asking a prospect whether they read your pitch presses for an answer they may not want to give.',
    messageJa: '売り込みを読んだかどうかを尋ねると、お客様に返答を迫ることになります。',
    suggestions: COLD_OUTREACH.questionSuggestions.map((x) => suggestion(x.text, x.label, x.labelJa)),
    readQuestion: true,
  };
}

/**
 * The main predicate when it says they read or saw something, done: ご覧いただけましたか, 見てもらえました,
 * お読みになりましたか (お + stem + になる, whose head is なる).
 */
function readPredicate(s: Sentence, facts: JaSentenceFacts): JaSentenceFacts['predicates'][number] | undefined {
  return facts.predicates.find((x) => {
    if (!x.main || !(x.past || x.progressive) || x.negated || safeArrival(s.text.slice(0, x.start))) return false;
    if (x.head === 'なる') {
      const stem = /[おご]([^\s、。をはが]{1,5})に$/.exec(s.text.slice(0, x.start));
      return !!stem && READ_STEMS.test(stem[1]!);
    }
    return READ_HEADS.test(x.noun?.replace(/^[おご御]/, '') ?? x.head);
  });
}
const READ_STEMS = /^(?:読み|目通し|受け取り|見|覧)$/;

/** 改めて / 再送: words of writing again, not of pointing back at a date. */
const AGAIN_WORDS = ['改めて', '再送'];
/** Where we met (展示会, セミナー, お会い, 名刺): the mail follows a real encounter. Dates and our calls are not one. */
const ENCOUNTERS = COLD_OUTREACH.priorEncounters.filter((w) => !COLD_OUTREACH.earlierPitch.includes(w) && !/電話/.test(w));

/** Our own pitch named as what they were to read: ご提案, ご案内, 弊社の…, a catalogue, what we sent. */
const OWN_PITCH = /ご提案|ご案内|弊社|当社|カタログ|パンフレット|会社案内|サービス紹介|製品紹介|お送りした|送付した|お送りいたしました/;
/** The reader asked for it or came to us: then a question whether it arrived is service. */
const ENQUIRED = /ご依頼|ご請求|お問い合わせ|お問合せ|ご要望|ご希望の|お申し込みいただ|ご相談いただ/;
/** The body says this mail repeats our pitch: 再度のご案内となります / 重ねてのご案内. */
const REPEAT_OF_PITCH = /(?:再度|重ねて|再び|改めて)の(?:ご案内|ご提案|ご連絡)(?:と(?:なり|させ)|です|でござい)|再送(?:と(?:なり|させ)|です|でござい)/;

/** A question whether they read our own pitch, named as ours, with or without a date pointing back. */
function ownPitchSeen(s: Sentence, facts: JaSentenceFacts): Chase | undefined {
  if (!facts.question || MEETING_HELD.test(s.text) || ENQUIRED.test(s.text)) return undefined;
  // Round 29: an open follow-up asked once (ご検討いただけましたでしょうか), not a day after, as chaseIn leaves it.
  if (COLD_OUTREACH.followUpQuestions.some((q) => openQuestion(q) && s.text.includes(q)) && !SHORT_INTERVAL.test(s.text)) return undefined;
  const p = readPredicate(s, facts);
  if (!p) return undefined;
  const before = s.text.slice(0, p.start);
  if (!OWN_PITCH.test(before) || inQuotes(quotedRanges(s.text), p.start, p.end)) return undefined;
  return {
    start: s.start + p.start,
    end: s.start + bodyEnd(s.text),
    message: 'Asking a prospect whether they read your pitch presses for an answer they may not want to give.',
    messageJa: '売り込みを読んだかどうかを尋ねると、お客様に返答を迫ることになります。',
    suggestions: COLD_OUTREACH.questionSuggestions.map((x) => suggestion(x.text, x.label, x.labelJa)),
  };
}

/** Between a reply noun and its negated predicate: only a particle and まだ (ご返信がまだございません). */
const REPLY_TO_PREDICATE = /^(?:を|が|は|も)?(?:まだ|一度も|いまだ|未だ)?$/;
/** 2度ほど / 再三 / 何度か: a count of one's own mails. */
const COUNT = /(?:[0-9０-９一二三四五何数]{1,3}(?:度|回)|再三|何度)/;

/**
 * A pitch that went unanswered, said in any wording, read from the predicates: a reply noun whose
 * predicate is negated (まだお返事をいただけておりません, ご返信がございません), or a count of one's own
 * mails already sent (2度ほどご案内をお送りしておりますが). Returns where it is said, or -1.
 */
function unanswered(text: string, f: JaSentenceFacts): number {
  // まだご検討いただけていないようでしたので、改めてご連絡いたしました: their reading or weighing of our mail,
  // not done, counts when the sentence writes again or points back at our earlier pitch.
  const again = AGAIN.test(text) || (containsAny(text, COLD_OUTREACH.earlierPitch) && containsAny(text, COLD_OUTREACH.pitchWords));
  const words = again ? [...REPLY_WORDS, ...CLIENT_ACT_WORDS] : REPLY_WORDS;
  for (const p of f.predicates) {
    // ご返信がなかったので: IPADIC reads なかっ as the adjective ない itself, not a negated predicate.
    if (!(p.negated || (p.kind === 'adjective' && p.head === 'ない')) || p.quoted) continue;
    const receiving = /^(?:いただ|頂)/.test(p.text) && (p.progressive || p.past);
    const absent = /^(?:ある|ござる|ない)$/.test(p.head) || p.kind === 'adjective';
    // お目に留まっていないようでしたので: our mail has not reached their eyes, said of them, when we write again.
    const unseen = again && /^(?:留まる|止まる|留める|触れる|届く)$/.test(p.head) && (p.progressive || p.past);
    if (!receiving && !absent && !unseen) continue;
    // ご確認いただけていない箇所: a predicate that describes a noun says what, not that nobody answered
    // (〜ていないようでしたので still says it).
    const describes = p.ending === 'attributive' && !text.startsWith('よう', p.end);
    for (const n of describes ? REPLY_WORDS : words) {
      const i = text.lastIndexOf(n, p.start);
      if (i >= 0 && REPLY_TO_PREDICATE.test(text.slice(i + n.length, p.start))) return i;
    }
  }
  // ご返信をお待ちしておりますが / お返事がまだのようですので: waiting, or not yet, said of the reply.
  for (const p of f.predicates) {
    if (!/待/.test(p.head) || !/^(?:が|けれど|ものの)/.test(text.slice(p.end))) continue;
    const i = firstIndexOfAny(text.slice(0, p.start), REPLY_WORDS);
    if (i >= 0) return i;
  }
  for (const n of REPLY_WORDS) {
    const i = text.indexOf(n);
    if (i >= 0 && /^(?:が|は)?まだ(?:の|です|でし|ござい)/.test(text.slice(i + n.length))) return i;
  }
  const count = COUNT.exec(text);
  if (!count) return -1;
  // 2度ほどご案内を / ご案内を3度お送りしています: the contact named after the count, or a mail of ours before it.
  // Calls tried before (お電話も何度かさせていただいておりますが) are a report; with another call promised they
  // are persistence, which unreachedCall reads.
  const after = text.slice(count.index, count.index + 14);
  const before = text.slice(Math.max(0, count.index - 10), count.index);
  const named = (n: string, where: string) => where.includes(n) || where.includes(n.replace(/^ご/, ''));
  if (!COLD_OUTREACH.contactNouns.some((n) => named(n, after) || (!n.includes('電話') && named(n, before)))) return -1;
  const sent = f.predicates.some((p) => p.start > count.index && (p.progressive || p.past) && /送|差し上げ|させていただ|いたし|し/.test(p.text + (p.noun ?? '')));
  return sent ? count.index : -1;
}
/** Their reading or weighing of what we sent (ご検討, ご確認, ご覧): not done, a chase when we write again. */
const CLIENT_ACT_WORDS = ['ご検討', 'ご確認', 'ご覧', 'お目通し', 'ご一読', 'お目に', 'お手元に'];
/** Writing again: 改めてご連絡いたしました / 再度お送りします / 重ねてのご案内. */
const AGAIN = /(?:改めて|再度|再び|重ねて|もう一度|今一度)(?:の)?(?:ご連絡(?!先)|ご案内|お送り|送り|メール|お知らせ)/;
// Round 44: a learner's kana for the same words (まだおへんじがありません); bare へんじ would match たいへんじゃ.
const REPLY_WORDS = ['ご返信', 'お返事', 'ご返事', 'ご返答', 'ご回答', 'ご連絡', 'お便り', '返信', '返事', 'おへんじ', 'ごへんじ', 'ごへんしん'];

/** The whole sentence (up to its closing punctuation) reported as a chase of an unanswered pitch. */
function wholeSentenceChase(s: Sentence): Chase {
  return {
    start: s.start,
    end: s.start + bodyEnd(s.text),
    message: 'Chasing an unanswered pitch corners a Japanese buyer; leave the door open instead.',
    messageJa: '返信のない相手への催促は、お客様を追い詰めてしまいます。いつでも連絡できる余地を残しましょう。',
    suggestions: COLD_OUTREACH.noReplySuggestions.map((x) => suggestion(x.text, x.label, x.labelJa)),
  };
}
