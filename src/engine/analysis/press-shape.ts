/**
 * Round 26: pressure read from the shape of the move, in either language, instead of from the wordings seen.
 *
 * A push on a prospect has parts: a LIMIT (a time — "by Friday", "until tomorrow", 本日中, 今週中 —, a quantity — "only
 * two slots remaining", "Q1 is almost full", 残り2枠 —, or a rival — "two other distributors have asked for the same
 * allocation", 他社さんからも同じ枠について問い合わせ), the reader's DECISION asked for or implied (reply, confirm,
 * sign, order, lock in; ご返答, ご契約, お申込み), and a STAKE that is the seller's (so I can close this, our quarter,
 * the slot goes to others, the price goes up; ほかのお客様にお譲り, 料金が上がります). A third shape needs no limit:
 * a proposal to SKIP the reader's process ("we can sort paperwork after kickoff", "your ringi will have to be faster",
 * 稟議は後でも大丈夫です).
 *
 * Each part is a broad class of words read on the sentence's text alone (a fact cached by text); a date the date
 * parser resolves is added by the caller (it depends on the day the draft is written). Which parts make pressure, and
 * what exempts it (the client's own schedule, a quote's validity, a deadline they set), is decided in `pressOf` and by
 * the rule.
 */

import { enAt, enHas, jaAt, jaHas, pressWords, type PressWordClass } from './press-words';
import { stems } from './en-lexicon';

export interface PressParts {
  /** A time limit in words: "tomorrow", "end of day", "this week", "any day now", 本日中, 今週中, 至急. */
  time: boolean;
  /** A deadline word with a date after it ("by Friday", "until the 20th", "before Golden Week"), or 〜まで(に). */
  deadline: boolean;
  /** What remains is said to be scarce: "only two slots remaining", "almost full", 残り2枠, 先着. */
  scarce: boolean;
  /** A third party's competing interest in the same thing, told as a fact. */
  rival: boolean;
  /** The reader's decision, reply or commitment asked for or implied. */
  ask: boolean;
  /** A consequence or benefit that is the seller's: a close, a quota, the thing going to others, a price rising. */
  stake: boolean;
  /** A proposal to go past the reader's own process (approval, paperwork, ringi). */
  skip: boolean;
  /** The offer is said to run out ("only until the end of February", "last chance", 今だけ): the decision implied. */
  runsOut: boolean;
  /** The writer gives time or leaves the decision to them ("no rush", "at your convenience", ご都合のよいときに). */
  eased: boolean;
  /**
   * Round 27: the thing handed on to another party as the limit's consequence ("after that it goes to the next customer",
   * "by then they're going to our importer in Singapore", 枠は他社様に回させていただきます).
   */
  forfeit: boolean;
  /** Round 27: advice on the reader's own good tied to immediacy and a commitment ("you'd be wise to lock this in now", 今のうちに押さえておかれたほうが賢明). */
  urge: boolean;
  /** Round 27: a commitment asked the same day ("please send your order today", 本日中にご発注ください). */
  sameDay: boolean;
}

export type PressKind = 'skip' | 'rival' | 'scarcity' | 'deadline';

const JA_SCRIPT = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** The parts of one sentence, by the script it is written in (a mixed sentence is read both ways). */
export function pressParts(text: string): PressParts {
  const en = enParts(text);
  if (!JA_SCRIPT.test(text)) return en;
  const ja = jaParts(text);
  return {
    time: en.time || ja.time, deadline: en.deadline || ja.deadline, scarce: en.scarce || ja.scarce, rival: en.rival || ja.rival,
    ask: en.ask || ja.ask, stake: en.stake || ja.stake, skip: en.skip || ja.skip, runsOut: en.runsOut || ja.runsOut, eased: en.eased || ja.eased,
    forfeit: en.forfeit || ja.forfeit, urge: en.urge || ja.urge, sameDay: en.sameDay || ja.sameDay,
  };
}

/**
 * Which shape presses, given the parts and whether the parser found a date to come in the sentence (`dated`).
 * A limit alone informs ("one slot left next week", "the quote is valid until 30 June"); it presses with the
 * reader's decision and a stake of the seller's, or, for scarcity, with the decision or the stake.
 */
export function pressOf(p: PressParts, dated: boolean): PressKind | undefined {
  if (p.eased) return undefined;
  if (p.skip) return 'skip';
  if (p.rival) return 'rival';
  const timed = p.time || p.deadline || dated;
  if (p.scarce && (p.ask || p.stake)) return 'scarcity';
  if (timed && (p.ask || p.runsOut) && p.stake) return 'deadline';
  // Round 27: a hold that lapses to someone else needs no ask — the decision is implied by what is lost; advice to
  // commit now, and a commitment asked the same day, carry their own clock.
  if (timed && p.forfeit) return 'deadline';
  if (p.urge || p.sameDay) return 'deadline';
  return undefined;
}

// ---------------------------------------------------------------- English

const PARTY_EN = new Set(pressWords('party'));
const RIVAL_EN = new Set(pressWords('rival-party'));

/** Lower-cased words, apostrophes kept ("can't"), hyphens kept ("go-ahead"), "%" kept as a word. */
export function wordsOf(text: string): string[] {
  // A figure of a Japanese date or time (2月20日, 10時) is no count: it becomes "#".
  return maskJaFigures(text.toLowerCase().replace(/[’‘]/g, "'")).match(/[a-z0-9][a-z0-9'\-/]*|%/g) ?? [];
}

/** Each run of digits right before 年, 月, 日 or 時 replaced by "#": one pass, no backtracking. */
function maskJaFigures(text: string): string {
  let out = '';
  let run = '';
  for (const ch of text) {
    if (/[0-9０-９]/.test(ch)) {
      run += ch;
      continue;
    }
    out += run && /[年月日時]/.test(ch) ? '#' : run;
    run = '';
    out += ch;
  }
  return out + run;
}

/** Index of each word of `set` in w. */
const where = (w: readonly string[], set: ReadonlySet<string>): number[] => w.flatMap((x, i) => (set.has(x) ? [i] : []));

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'handful', 'couple']);
const isCount = (x: string | undefined) => !!x && (/^\d{1,4}$/.test(x) || NUMBER_WORDS.has(x));

// EN_TIME, ASKING, STAKES (and their Japanese twins): dictionaries/any/press-words.json since round 27.
const DEADLINE_WORDS = new Set(['by', 'until', 'till', 'before', 'within']);
const DATE_HEADS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'tomorrow', 'today', 'tonight', 'eod', 'noon', 'golden', 'christmas', 'month-end', 'quarter-end', 'year-end', 'q1', 'q2', 'q3', 'q4']);
const DATE_LEADS = new Set(['the', 'this', 'next', 'end', 'of', 'coming', 'early', 'mid', 'late', 'close']);

/** "by Friday", "until the 20th", "before 6 May", "within this week": a deadline word and a date after it. */
function enDeadline(w: readonly string[]): boolean {
  return w.some((x, i) => {
    if (!DEADLINE_WORDS.has(x)) return false;
    let k = i + 1;
    while (k < w.length && k < i + 5 && DATE_LEADS.has(w[k]!)) k++;
    const d = w[k];
    return !!d && (DATE_HEADS.has(d) || /^\d{1,2}(?:st|nd|rd|th)$/.test(d) || /^\d{1,2}(?::\d\d)?(?:am|pm)$/.test(d) || /^\d{1,2}\/\d{1,2}$/.test(d) ||
      (/^\d{1,2}$/.test(d) && DATE_HEADS.has(w[k + 1] ?? '')) || d === 'week' || d === 'month' || d === 'quarter');
  });
}

/**
 * What is left is scarce: "only N …", "N … left / remaining / still free", "almost full", "85% booked", "full after that".
 * The phrases of fullness and the words of what remains are the 'scarce' and 'remaining' classes of press-words.json.
 */
const REMAINING = new Set(pressWords('remaining'));
function enScarce(w: readonly string[]): boolean {
  if (enHas(w, 'scarce')) return true;
  // "85% booked", "~80% booked through the summer"
  if (w.some((x, i) => x === '%' && /^(?:booked|full|allocated|committed|reserved|sold|taken)$/.test(w[i + 1] ?? ''))) return true;
  return w.some((x, i) => {
    // "only two slots", "just 3 teams", "still build 3 greenhouses"
    if ((x === 'only' || x === 'just' || x === 'still') && w.slice(i + 1, i + 4).some(isCount)) return x !== 'still' || w.slice(i + 1, i + 6).some((y) => REMAINING.has(y) || y === 'build' || y === 'take' || y === 'accept' || y === 'fit');
    // "two pilot slots left", "3 teams still free"
    if (REMAINING.has(x) && x !== 'open' && x !== 'available' && x !== 'free') return w.slice(Math.max(0, i - 4), i).some(isCount);
    if ((x === 'free' || x === 'available' || x === 'open') && w[i - 1] === 'still') return w.slice(Math.max(0, i - 5), i).some(isCount);
    return false;
  });
}

/**
 * Another party after the same thing, told as a fact: "another trading house is kicking the tires on the same fleet".
 * The party, its interest, the thing contested and what is no contest (a question) are the 'rival-who', 'rival-interest',
 * 'contested' and 'not-contested' classes of press-words.json.
 */
const OTHERS = new Set(pressWords('rival-who'));
const CONTESTED = new Set(pressWords('contested'));
const QUESTIONS = new Set(pressWords('not-contested'));
function enRival(w: readonly string[]): boolean {
  const others = where(w, OTHERS);
  if (others.length === 0) return false;
  // "the other one", "the other slot": ours, not a party.
  const party = others.some((i) => w[i - 1] !== 'the' && w[i - 1] !== 'your' && w[i - 1] !== 'our' && w[i + 1] !== 'one' && w[i + 1] !== 'hand');
  if (!party) return false;
  const from = Math.min(...others);
  const rest = w.slice(from);
  const interested = enHas(rest, 'rival-interest');
  if (!interested) return false;
  // The thing they are after is ours and the reader's: "the same allocation", "this lot", "them" (the slots).
  const same = rest.findIndex((x) => CONTESTED.has(x));
  return same >= 0 && !QUESTIONS.has(rest[same + 1] ?? '') && !(rest[same] === 'same' && QUESTIONS.has(rest[same + 1] ?? ''));
}

/** The reader's decision or reply: the thing asked. */
const DECISION = new Set(['reply', 'respond', 'response', 'answer', 'revert', 'confirm', 'confirmation', 'decide', 'decision', 'commit',
  'commitment', 'sign', 'signed', 'signature', 'order', 'po', 'book', 'reserve', 'secure', 'go-ahead', 'go/no-go', 'no-go', 'approve', 'purchase',
  'proceed', 'talk', 'contract', 'agreement', 'sign-off', 'yes', 'lock', 'locking', 'accept', 'acceptance', 'hear', 'green-light']);
function enAsk(w: readonly string[]): boolean {
  return w.some(decisionWord) && enHas(w, 'asking');
}
/**
 * A decision word, or its -ing form after advice ("advise confirming the scope", "recommend signing"): the reader's
 * act named as a gerund. Past forms stay out ("we confirmed the order" is news, not an ask).
 */
const decisionWord = (x: string): boolean => DECISION.has(x) || (x.endsWith('ing') && stems(x).some((s) => DECISION.has(s)));

/** The seller's stake: a close or a quota of theirs, the thing going to others, a worse price after the limit; a cut-off of ours unless told with an apology and its reason. */
function enStake(w: readonly string[]): boolean {
  return STAKE_CLASSES.some((c) => enHas(w, c)) || enPriceRise(w) || (enHas(w, 'cutoff') && !ownReason(enHas(w, 'apology'), enHas(w, 'reason')));
}
const STAKE_CLASSES: PressWordClass[] = ['seller-close', 'others-take', 'hold-ends', 'price-after'];
/**
 * Round 28: a price of ours named and its rise after it, within four words ("our day rates rise by 6%", "prices will
 * increase", "the price list will be revised") or a rise of it ("a price increase", "an increase in our rates").
 */
function enPriceRise(w: readonly string[]): boolean {
  for (let at = enAt(w, 'price-noun'); at >= 0; at = enAt(w, 'price-noun', at + 1)) {
    const rise = enAt(w, 'rise', Math.max(0, at - 3));
    if (rise >= 0 && rise <= at + 5 && rise !== at) return true;
  }
  return false;
}

/** 4月より価格改定, 単価が上がります, 料金を改定いたします: a price noun and a rise word in the clause after it (ten characters, no stop). */
function jaPriceRise(text: string): boolean {
  for (let at = jaAt(text, 'price-noun'); at >= 0; at = jaAt(text, 'price-noun', at + 1)) {
    const rise = jaAt(text, 'rise', at);
    if (rise >= 0 && rise - at <= 10 && !/[。！？\n、]/.test(text.slice(at, rise))) return true;
  }
  return false;
}

/** "I'm sorry, but … because of the summer shutdown": our own constraint, explained, is not a lever. */
const ownReason = (apology: boolean, reason: boolean): boolean => apology && reason;

/**
 * A handing-on to a party after the limit: a transfer ("allocated to", "going to") and, within four words, a party
 * noun; a rival one ("other clients", "the next customer", "someone else") is forfeit by itself, a party of ours
 * ("our importer") only with a lapse frame ("by then", "after that", "unless"). "Your" makes the party the reader's.
 */
function enForfeit(w: readonly string[]): boolean {
  if (enHas(w, 'gone')) return true;
  for (let at = enAt(w, 'transfer'); at >= 0; at = enAt(w, 'transfer', at + 1)) {
    const after = w.slice(at + 1, at + 7);
    if (after.includes('your') || after.includes('you')) continue;
    const party = after.findIndex((x) => PARTY_EN.has(x));
    if (party < 0) continue;
    const rival = after.slice(0, party + 1).some((x) => RIVAL_EN.has(x)) || RIVAL_EN.has(after[party + 1] ?? '');
    if (rival || enHas(w, 'lapse')) return true;
  }
  return false;
}

/** Advice on the reader's own good, immediacy, and a commitment. */
const enUrge = (w: readonly string[]): boolean => enHas(w, 'advice') && enHas(w, 'now') && enHas(w, 'commit');

/**
 * Going past the reader's process: the process named ('process' class), and its deferral, skipping or hurrying proposed
 * ('skipping'); a deferral that is a permission ("at your convenience", the 'eased' class) leaves the process to them.
 */
const PROCESS = new Set(pressWords('process'));
function enSkip(w: readonly string[]): boolean {
  const process = w.some((x, i) => PROCESS.has(x) && (x !== 'fine' || w[i + 1] === 'print') && (x !== 'due' || w[i + 1] === 'diligence') &&
    (x !== 'review' || /^(?:legal|internal|your|the)$/.test(w[i - 1] ?? '')) && (x !== 'process' && x !== 'processes' || /^(?:approval|internal|your|ringi|review)$/.test(w[i - 1] ?? '')));
  if (!process) return false;
  if (enHas(w, 'skipping')) return true;
  // "we can sort the paperwork later", "the contract details can come later"
  return w.some((x, i) => x === 'later' && w.slice(Math.max(0, i - 6), i).some((y) => /^(?:sort|handle|deal|do|finish|finalise|finalize|worry|tidy|fix|paper)$/.test(y)) &&
    w.slice(Math.max(0, i - 8), i).some((y) => y === 'we' || y === 'can' || y === 'just'));
}

function enParts(text: string): PressParts {
  const w = wordsOf(text);
  if (w.length === 0) return NONE;
  const ask = enAsk(w);
  return {
    time: enHas(w, 'time'), deadline: enDeadline(w), scarce: enScarce(w), rival: enRival(w), ask, stake: enStake(w),
    skip: enSkip(w), runsOut: enHas(w, 'runs-out'), eased: enHas(w, 'eased'), forfeit: enForfeit(w), urge: enUrge(w),
    sameDay: ask && enHas(w, 'same-day') && enHas(w, 'commit'),
  };
}

const NONE: PressParts = {
  time: false, deadline: false, scarce: false, rival: false, ask: false, stake: false, skip: false, runsOut: false, eased: false, forfeit: false,
  urge: false, sameDay: false,
};

// ---------------------------------------------------------------- Japanese

const includesAny = (text: string, list: readonly string[]): boolean => list.some((x) => text.includes(x));

const JA_DEADLINE = ['までに', 'まで', '以降', '以内に', '限り'];
const JA_DECISION = ['ご返答', 'ご返信', 'ご回答', 'お返事', '返事', 'ご連絡', 'ご決断', 'ご判断', 'ご決定', 'ご契約', '契約', 'ご発注', '発注',
  'ご注文', 'お申込', 'お申し込み', '申込', '申し込み', 'サイン', 'ご署名', '署名', 'ご確定', 'ご承認', 'ご成約', 'ご導入', 'ご入金'];
// Scarcity, the rival's parts, the process and its skipping, and the eased frame: press-words.json since round 28.

function jaParts(text: string): PressParts {
  const who = jaAt(text, 'rival-who');
  // 他社さんからも、9月のテスト枠について問い合わせが来ています: another party, the same thing, their interest, after it.
  const rival = who >= 0 && jaAt(text, 'rival-interest', who) >= 0 && jaAt(text, 'contested', who) >= 0 &&
    // 他社様でも多く使っていただいています: others using it is a reference, not a race.
    !text.includes('使って');
  const process = jaAt(text, 'process');
  const ask = includesAny(text, JA_DECISION) && jaHas(text, 'asking');
  return {
    time: jaHas(text, 'time'),
    deadline: includesAny(text, JA_DEADLINE),
    scarce: jaHas(text, 'scarce'),
    rival,
    ask,
    stake: STAKE_CLASSES.some((c) => jaHas(text, c)) || jaPriceRise(text) || (jaHas(text, 'cutoff') && !ownReason(jaHas(text, 'apology'), jaHas(text, 'reason'))),
    skip: process >= 0 && jaAt(text, 'skipping', process) >= 0,
    runsOut: jaHas(text, 'runs-out'),
    eased: jaHas(text, 'eased'),
    forfeit: jaForfeit(text),
    urge: jaHas(text, 'advice') && jaHas(text, 'now') && jaHas(text, 'commit'),
    // 本日中にご発注いただけましたら、明日出荷いたします: a same-day order as the condition of our service is a fact of
    // delivery; the shape is the order asked for today (the request class: ください, お願い, いただけますか, 幸いです).
    sameDay: ask && jaHas(text, 'same-day') && jaHas(text, 'commit') && jaHas(text, 'request'),
  };
}

/** 他社様に回させていただきます, 他のお取引先に割り当てる: a rival party, and a handing-on within the clause after it. */
function jaForfeit(text: string): boolean {
  if (jaHas(text, 'gone')) return true;
  for (let at = jaAt(text, 'party'); at >= 0; at = jaAt(text, 'party', at + 1)) {
    const to = jaAt(text, 'transfer', at);
    if (to >= 0 && to - at <= 20 && !/[。！？\n]/.test(text.slice(at, to))) return true;
  }
  return false;
}

/** Whether a class of dictionaries/any/press-words.json is in the text, read as the shape reads it (its examples' matcher). */
export function pressWordIn(id: PressWordClass, text: string): boolean {
  return enHas(wordsOf(text), id) || jaHas(text, id);
}

/**
 * Round 28: a rise of our prices told as news — its reason given and an apology in the sentence or beside it
 * (`around`), and nothing asked of the reader ("We regret that, due to higher material costs, our rates will rise by
 * 6% from 1 April."). The same rise with the reader's decision asked ("I'd advise confirming before 31 March, as our
 * rates rise") is the push, and stays one.
 */
export function priceNewsOnly(text: string, around: string): boolean {
  const w = wordsOf(text);
  const ja = JA_SCRIPT.test(text);
  if (!enPriceRise(w) && !(ja && jaPriceRise(text))) return false;
  if (enAsk(w) || (ja && jaParts(text).ask)) return false;
  const reason = enHas(w, 'reason') || (ja && jaHas(text, 'reason'));
  const aw = wordsOf(around);
  const apology = enHas(aw, 'apology') || jaHas(around, 'apology');
  return reason && apology;
}
