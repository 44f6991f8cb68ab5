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
  return undefined;
}

// ---------------------------------------------------------------- English

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

const has = (w: readonly string[], phrase: string): boolean => {
  const p = phrase.split(' ');
  for (let i = 0; i + p.length <= w.length; i++) if (p.every((x, k) => w[i + k] === x)) return true;
  return false;
};
const anyPhrase = (w: readonly string[], list: readonly string[]): boolean => list.some((p) => has(w, p));
/** Index of each word of `set` in w. */
const where = (w: readonly string[], set: ReadonlySet<string>): number[] => w.flatMap((x, i) => (set.has(x) ? [i] : []));

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'handful', 'couple']);
const isCount = (x: string | undefined) => !!x && (/^\d{1,4}$/.test(x) || NUMBER_WORDS.has(x));

const EN_TIME = ['today', 'tonight', 'tomorrow', 'eod', 'cob', 'asap', 'end of day', 'end of the day', 'end of this week', 'end of the week',
  'end of this month', 'end of the month', 'end of the quarter', 'this week', 'this month', 'any day now', 'the sooner', 'right away',
  'immediately', 'at the earliest', 'as soon as possible', 'without delay', 'within 24 hours', 'within 48 hours', 'this quarter'];
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

/** What is left is scarce: "only N …", "N … left / remaining / still free", "almost full", "85% booked", "full after that". */
const REMAINING = new Set(['left', 'remaining', 'remain', 'free', 'available', 'open', 'unbooked', 'unallocated']);
const FULLNESS = ['almost full', 'nearly full', 'mostly full', 'practically full', 'is full', 'are full', 'be full', 'fully booked',
  'booked up', 'almost booked', 'nearly booked', 'filling up', 'filling fast', 'going fast', 'selling fast', 'almost gone', 'nearly gone',
  'last few', 'last remaining', 'limited number', 'limited capacity', 'limited availability', 'first come', 'first-come', 'sold out'];
function enScarce(w: readonly string[]): boolean {
  if (anyPhrase(w, FULLNESS)) return true;
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

/** Another party after the same thing, told as a fact: "another trading house is kicking the tires on the same fleet". */
const OTHERS = new Set(['another', 'other', 'others', 'competitor', 'competitors', 'rival', 'rivals', 'several', 'multiple']);
const INTEREST = new Set(['asked', 'asking', 'enquired', 'enquiring', 'inquired', 'inquiring', 'interested', 'eyeing', 'considering', 'discussing',
  'discussed', 'requested', 'requesting', 'reserved', 'bidding', 'competing', 'chasing', 'negotiating', 'earmarked', 'pencilled', 'penciled']);
const INTEREST_PHRASES = ['looking at', 'kicking the tires', 'kicking the tyres', 'in talks', 'after the same', 'want the same', 'keen on',
  'have their eye', 'has its eye', 'move fast', 'snap it up', 'snap up'];
const CONTESTED = new Set(['same', 'this', 'that', 'these', 'those', 'remaining', 'last', 'allocation', 'slot', 'slots', 'lot', 'stock', 'units',
  'capacity', 'fleet', 'window', 'weeks', 'dates', 'spot', 'team', 'crew', 'inventory', 'batch', 'run', 'container', 'volume', 'one', 'them', 'it']);
const QUESTIONS = new Set(['question', 'questions', 'thing', 'feature', 'features', 'information', 'details', 'documents', 'brochure']);
function enRival(w: readonly string[]): boolean {
  const others = where(w, OTHERS);
  if (others.length === 0) return false;
  // "the other one", "the other slot": ours, not a party.
  const party = others.some((i) => w[i - 1] !== 'the' && w[i - 1] !== 'your' && w[i - 1] !== 'our' && w[i + 1] !== 'one' && w[i + 1] !== 'hand');
  if (!party) return false;
  const from = Math.min(...others);
  const rest = w.slice(from);
  const interested = rest.some((x) => INTEREST.has(x)) || INTEREST_PHRASES.some((p) => has(rest, p));
  if (!interested) return false;
  // The thing they are after is ours and the reader's: "the same allocation", "this lot", "them" (the slots).
  const same = rest.findIndex((x) => CONTESTED.has(x));
  return same >= 0 && !QUESTIONS.has(rest[same + 1] ?? '') && !(rest[same] === 'same' && QUESTIONS.has(rest[same + 1] ?? ''));
}

/** The reader's decision or reply: the thing asked. */
const DECISION = new Set(['reply', 'respond', 'response', 'answer', 'revert', 'confirm', 'confirmation', 'decide', 'decision', 'commit',
  'commitment', 'sign', 'signed', 'signature', 'order', 'po', 'book', 'reserve', 'secure', 'go-ahead', 'go/no-go', 'no-go', 'approve', 'purchase',
  'proceed', 'talk', 'contract', 'agreement', 'sign-off', 'yes', 'lock', 'locking', 'accept', 'acceptance', 'hear', 'green-light']);
/** The frame that asks it of the reader, or makes it a condition of theirs. */
const ASKING = ['please', 'kindly', 'could you', 'can you', 'would you', 'need', 'needs', 'require', 'requires', 'if you want', 'if you wish',
  'whether you wish', "if you'd like", 'if you would like', 'grateful if', 'the sooner', 'let me know', 'if we do not hear', "if we don't hear",
  'if i do not', "if i don't", 'if i cannot', "if i can't", 'unless', 'i would strongly', "i'd strongly", 'recommend', 'advise', 'suggest', 'must',
  'have to', 'should', 'want'];
function enAsk(w: readonly string[]): boolean {
  return w.some((x) => DECISION.has(x)) && anyPhrase(w, ASKING);
}

/** The seller's stake: a close or a quota of theirs, the thing going to others, a worse price after the limit. */
const STAKES = ['so i can close', 'so we can close', 'to close this', 'close this', 'close it out', 'close the deal', 'close the order',
  'my quota', 'our quota', 'my target', 'our target', 'our quarter', 'my quarter', "this quarter's", 'quarter-end', 'my numbers', 'our numbers',
  'our books', 'before our year-end', 'our fiscal', 'first dibs', 'first come', 'before they', 'give it to', 'offer it to', 'release it',
  'release the', 'reassigned', 'go to another', 'goes to another', 'go to the next', 'next in line', 'another client', 'another customer',
  'other customers', 'other clients', "can't keep", 'cannot keep', "can't hold", 'cannot hold', 'unable to hold', 'not be able to hold',
  "won't be able to hold", "can't guarantee", 'cannot guarantee', 'lose the', 'lose your', 'next slot', 'next run', 'next opening',
  'next available', 'next window', 'goes up', 'go up', 'will increase', 'will rise', 'rises', 'higher', 'standard pricing', 'standard price',
  'standard rate', 'standard tariff', 'list price', 'full price', 'regular price', 'surcharge', 'discount ends', 'discount expires',
  'takes effect', 'no longer', 'the better', 'full after'];
function enStake(w: readonly string[]): boolean {
  return anyPhrase(w, STAKES);
}

/** Going past the reader's process: the process named, and its deferral, skipping or hurrying proposed. */
const PROCESS = new Set(['paperwork', 'formalities', 'ringi', 'approval', 'approvals', 'procurement', 'legal', 'committee', 'board',
  'sign-off', 'documentation', 'fine', 'due', 'review', 'process', 'processes']);
const SKIPPING = ['after kickoff', 'after kick-off', 'after the kickoff', 'after we start', 'after we begin', 'after the start', 'after go-live',
  'after launch', 'after signing', 'after you sign', 'later on', 'sort out later', 'sort it out later', 'worry about later', 'worry about that later',
  'skip', 'bypass', 'shortcut', 'short-cut', 'cut through', 'fast-track', 'fast track', 'will have to be faster', 'has to be faster',
  'have to be faster', 'needs to be faster', 'need to be faster', 'speed up', "don't need to wait", 'no need to wait', 'without waiting',
  'rather than after', 'rather than wait', 'instead of waiting', "don't wait for", 'not wait for'];
/** A deferral that is a permission ("at your convenience") leaves the process to them. */
const EASED = ['no rush', 'no hurry', 'take your time', 'at your convenience', 'at your own pace', 'whenever you are ready', 'whenever suits',
  "whenever you're ready", 'once you approve', 'after your approval', 'once your approval', 'no pressure', 'if you prefer', 'in your own time',
  'no obligation'];
function enSkip(w: readonly string[]): boolean {
  const process = w.some((x, i) => PROCESS.has(x) && (x !== 'fine' || w[i + 1] === 'print') && (x !== 'due' || w[i + 1] === 'diligence') &&
    (x !== 'review' || /^(?:legal|internal|your|the)$/.test(w[i - 1] ?? '')) && (x !== 'process' && x !== 'processes' || /^(?:approval|internal|your|ringi|review)$/.test(w[i - 1] ?? '')));
  if (!process) return false;
  if (anyPhrase(w, SKIPPING)) return true;
  // "we can sort the paperwork later", "the contract details can come later"
  return w.some((x, i) => x === 'later' && w.slice(Math.max(0, i - 6), i).some((y) => /^(?:sort|handle|deal|do|finish|finalise|finalize|worry|tidy|fix|paper)$/.test(y)) &&
    w.slice(Math.max(0, i - 8), i).some((y) => y === 'we' || y === 'can' || y === 'just'));
}

function enParts(text: string): PressParts {
  const w = wordsOf(text);
  if (w.length === 0) return NONE;
  return {
    time: anyPhrase(w, EN_TIME), deadline: enDeadline(w), scarce: enScarce(w), rival: enRival(w), ask: enAsk(w), stake: enStake(w),
    skip: enSkip(w), runsOut: anyPhrase(w, RUNS_OUT), eased: anyPhrase(w, EASED),
  };
}

const NONE: PressParts = { time: false, deadline: false, scarce: false, rival: false, ask: false, stake: false, skip: false, runsOut: false, eased: false };
const RUNS_OUT = ['only until', 'only till', 'only valid', 'only good', 'only holds', 'only available until', 'only runs', 'last chance',
  "won't last", 'will not last', 'only through', 'only this week', 'only this month', 'one-time'];

// ---------------------------------------------------------------- Japanese

const includesAny = (text: string, list: readonly string[]): boolean => list.some((x) => text.includes(x));
/** Index of the first of `list` in text at or after `from`, or -1. */
function firstOf(text: string, list: readonly string[], from = 0): number {
  let best = -1;
  for (const x of list) {
    const i = text.indexOf(x, from);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

const JA_TIME = ['本日中', '今日中', '明日中', '明日まで', '今週中', '今週末まで', '今月中', '今月末まで', '月末まで', '週内', '至急', '早急',
  'お早めに', '早めに', 'すぐに', '今すぐ', 'なるべく早く', '一刻も早く', '本日まで', '明日の午前', '明日の正午', '今週金曜'];
const JA_DEADLINE = ['までに', 'まで', '以降', '以内に', '限り'];
const JA_SCARCE = ['残り1', '残り2', '残り3', '残り4', '残り5', '残り１', '残り２', '残り３', '残り一', '残り二', '残り三', '残りわずか', '残り僅か', '残り少な', 'あと1', 'あと2', 'あと3', 'あと一', 'あと二', 'あと三', 'あと１', 'あと２', 'あと３', 'わずか',
  '先着', '枠が埋ま', '枠も埋ま', '枠は埋ま', '席が埋ま', '予約で埋ま', 'ほぼ埋ま', '満席', '満枠', 'ほぼ満', '限定', 'のみとなって', 'しか残って', '残っておりません', '残っていません'];
const JA_RIVAL_WHO = ['他社', '他の', 'ほかの', '別の', '複数の', '競合', '同業'];
const JA_RIVAL_INTEREST = ['問い合わせ', '問合せ', 'お問い合わせ', '引き合い', 'ご検討', '検討され', 'ご関心', 'お申込', 'お申し込み', 'ご予約',
  '打診', 'オファー', 'ご希望', '希望され', 'ご相談', '殺到'];
const JA_CONTESTED = ['同じ', '同一', '同様の枠', 'この枠', 'こちらの枠', '当該', '枠', '在庫', 'ロット', '分', 'スロット', '日程'];
const JA_DECISION = ['ご返答', 'ご返信', 'ご回答', 'お返事', '返事', 'ご連絡', 'ご決断', 'ご判断', 'ご決定', 'ご契約', '契約', 'ご発注', '発注',
  'ご注文', 'お申込', 'お申し込み', '申込', '申し込み', 'サイン', 'ご署名', '署名', 'ご確定', 'ご承認', 'ご成約', 'ご導入', 'ご入金'];
const JA_ASKING = ['ください', '下さい', 'お願い', 'いただけ', 'いただき', '頂け', '頂き', '場合', 'なければ', 'ないと', 'いただきたく', '次第'];
const JA_STAKE = ['ほかのお客様', '他のお客様', '他のお客さま', '別のお客様', 'ほかのお客さま', '他社様に', 'お譲り', '確保できかね', '確保できなく',
  '確保できません', 'お約束でき', '保証でき', '保証いたしかね', '料金が上が', '価格が上が', '値上が', '値上げ', '上がります', '割引は終了', '割引が終了',
  '割引が適用', '通常価格', '通常料金', '定価', '初期費用', '追加費用', '費用が発生', '料金が発生', '次回は', '次の枠', '枠がなくな', '売り切れ',
  '締め切', 'ノルマ', 'クローズ', '成約させ', 'ご用意できなく', 'お取り置きでき'];
const JA_PROCESS = ['稟議', '社内承認', '社内の承認', '社内決裁', '決裁', '社内手続', '手続き', '契約書', '細かい話', '細かいこと', '細かい点', '書類', '審査', 'ご承認'];
const JA_SKIPPING = ['は後でも', 'はあとでも', 'は後からでも', 'はあとからでも', 'は後で大丈夫', 'はあとで大丈夫', 'は後で構', 'は後回し', '後回しで',
  'は省略', 'を省略', 'は飛ばし', 'を飛ばし', 'を待たずに', 'を待たず', 'なしで進め', 'なしでも', 'は不要です', 'は後ほどで', 'は後で詰め', 'は後で調整',
  'はあとで詰め', 'はあとで調整', 'を急いで', 'を早めて', 'を短縮'];
const JA_EASED = ['ご都合のよい', 'ご都合の良い', 'ご都合に合わせ', 'ごゆっくり', 'じっくり', '急ぎません', 'お急ぎにならず', 'ご無理のない',
  '必要はございません', 'には及びません', 'お気になさらず'];

function jaParts(text: string): PressParts {
  const who = firstOf(text, JA_RIVAL_WHO);
  // 他社さんからも、9月のテスト枠について問い合わせが来ています: another party, the same thing, their interest, after it.
  const rival = who >= 0 && firstOf(text, JA_RIVAL_INTEREST, who) >= 0 && firstOf(text, JA_CONTESTED, who) >= 0 &&
    // 他社様でも多く使っていただいています: others using it is a reference, not a race.
    !text.includes('使って');
  const process = firstOf(text, JA_PROCESS);
  return {
    time: includesAny(text, JA_TIME),
    deadline: includesAny(text, JA_DEADLINE),
    scarce: includesAny(text, JA_SCARCE),
    rival,
    ask: includesAny(text, JA_DECISION) && includesAny(text, JA_ASKING),
    stake: includesAny(text, JA_STAKE),
    skip: process >= 0 && firstOf(text, JA_SKIPPING, process) >= 0,
    runsOut: includesAny(text, ['今だけ', '最後のチャンス', 'までの限定', '限りとなり', '限りです', '限りの']),
    eased: includesAny(text, JA_EASED),
  };
}
