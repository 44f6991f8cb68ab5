/**
 * Round 26: a cold pitch read as a mail-level fact from its parts, in either language and any wording.
 *
 * A first mail with no introduction and no prior contact is a cold pitch when it has the three moves of one: who we
 * are (a self- or company introduction), what we are worth (a value claim), and an ask (a meeting, a call, a demo, a
 * visit). Each move is read per sentence by broad word classes (a fact cached on the sentence's text); the mail is
 * judged by `coldPitchOf`. A mutual contact who sent us, or a reply to their enquiry, makes the mail warm whatever
 * else it says. A chase of an unanswered pitch ("I already sent our catalogue 3 times but still not receive your
 * reply") is read per sentence as well.
 */
import { wordsOf } from './press-shape';

export interface PitchParts {
  intro: boolean;
  value: boolean;
  ask: boolean;
  /** Introduced by someone, or in touch before (their enquiry, a meeting, "as discussed"), or a way out offered after the ask. */
  warm: boolean;
  /** Our earlier sends left unanswered, said to the reader. */
  chase: boolean;
}

const JA_SCRIPT = /[\u3040-\u30ff\u4e00-\u9fff]/;

export function pitchParts(text: string): PitchParts {
  const en = enPitch(text);
  if (!JA_SCRIPT.test(text)) return en;
  const ja = jaPitch(text);
  return { intro: en.intro || ja.intro, value: en.value || ja.value, ask: en.ask || ja.ask, warm: en.warm || ja.warm, chase: en.chase || ja.chase };
}

/** The sentences (indices) of the pitch, from its first move to its last ask, or undefined when the mail is no cold pitch. */
export function coldPitchOf(parts: readonly PitchParts[]): { from: number; to: number } | undefined {
  if (parts.some((p) => p.warm)) return undefined;
  const intro = parts.findIndex((p) => p.intro);
  const value = parts.findIndex((p) => p.value);
  let ask = -1;
  parts.forEach((p, i) => { if (p.ask) ask = i; });
  if (intro < 0 || value < 0 || ask < 0) return undefined;
  return { from: Math.min(intro, value, ask), to: ask };
}

const has = (w: readonly string[], phrase: string): boolean => {
  const p = phrase.split(' ');
  for (let i = 0; i + p.length <= w.length; i++) if (p.every((x, k) => w[i + k] === x)) return true;
  return false;
};
const anyPhrase = (w: readonly string[], list: readonly string[]): boolean => list.some((p) => has(w, p));

// ---------------------------------------------------------------- English

const EN_INTRO = ['my name is', 'i work for', 'i work at', 'i work with', 'i lead', 'i head', 'i run', 'on behalf of', 'i represent',
  'my firm', 'my company', 'our firm', 'our company', 'my team', 'we are a', 'we are an', "we're a", "we're an", 'i am the', "i'm the",
  'i am a', "i'm a", 'founder of', 'co-founder', 'ceo of', 'director of', 'principal of'];
/** "Harrowgate Supply Chain Advisory conducts …", "Kessler is a …": a capitalised name as the subject of a describing verb. */
const COMPANY_DESCRIBED = /\b[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,4} (?:conducts|offers|provides|helps|specialises|specializes|delivers|develops|builds|makes|supplies|designs|manufactures|is a|is an|is the)\b/;
/** "I'm Ji-won from PayLattice", "I am Tom, sales director at …". */
function iAmFrom(w: readonly string[]): boolean {
  return w.some((x, i) => (x === "i'm" || (x === 'i' && w[i + 1] === 'am')) && w.slice(i + 1, i + 6).some((y) => y === 'from' || y === 'of' || y === 'at' || y === 'with'));
}

const EN_VALUE = new Set(['help', 'helps', 'helped', 'helping', 'reduce', 'reduced', 'reduces', 'cut', 'cuts', 'improve', 'improves', 'improved',
  'increase', 'boost', 'save', 'saves', 'savings', 'deliver', 'delivers', 'value', 'expertise', 'experience', 'experienced', 'proven', 'leading',
  'leader', 'trusted', 'advising', 'advised', 'specialise', 'specialize', 'specialises', 'specializes', 'specialised', 'specialized', 'solve',
  'solves', 'solution', 'solutions', 'benefit', 'confident', 'world-class', 'award-winning', 'expert', 'experts', 'faster', 'cheaper', '%',
  // Round 42: "Our W320 is perfect for your cookies", "BRCGS certified".
  'perfect', 'ideal', 'certified']);
const EN_VALUE_PHRASES = ['track record', 'years of', 'clients include', 'customers include', 'number of years', 'better part of'];

const MEETING = new Set(['meeting', 'meet', 'call', 'chat', 'demo', 'demonstration', 'conversation', 'minutes', 'visit', 'presentation', 'zoom',
  'coffee', 'session', 'walkthrough', 'introduce', 'discussion', 'discuss']);
const MEETING_PHRASES = ['call on you', 'walk you through', 'sit down', 'drop by', 'stop by', 'show you'];
const ASKING = ['would you', 'could we', 'can we', 'may i', 'might i', 'would welcome', 'very much welcome', 'welcome the opportunity', 'would like',
  'would love', "i'd love", "i'd like", 'be delighted', 'be glad', 'be happy', 'appreciate', 'let me know', 'are you free', 'are you available',
  'do you have', 'would it be possible', 'shall we', 'convenient', 'be grateful', 'hope to', 'we propose', 'i propose', 'i suggest', 'could i',
  'can i', 'how about', 'are you open'];
/** An ask made on their interest, or only to send something: the modest form. */
const MODEST = ['if it would be of interest', 'if this is of interest', 'if it is of interest', 'if of interest', 'if you are interested',
  "if you're interested", 'should you be interested', 'if that would be of interest', 'if it might be of interest'];

/** A way out offered after the ask (the modest form the rules suggest): the mail no longer presses a meeting on them. */
const EN_WAY_OUT = ['if a meeting is too early', 'simply send you', 'introduced through', 'only if it is of interest', 'reply only if'];
const EN_WARM = ['introduced', 'introducing us', 'introducing me', 'for the introduction', 'referral', 'introduction from', 'introduction by', 'referred', 'suggested that i', 'suggested i', 'suggest that i',
  'suggest i', 'recommended that i', 'recommended i', 'gave me your', 'passed on your', 'passed me your', 'at the suggestion of',
  'asked me to contact', 'asked me to write', 'asked me to reach', 'thank you for your enquiry', 'thank you for your inquiry',
  'thank you for your interest', 'thank you for your email', 'thank you for your message', 'thank you for your time', 'thank you for your reply',
  'thank you for the meeting', 'thank you for the call', 'thank you for the visit', 'thank you for visiting', 'thank you for stopping',
  'thanks for your enquiry', 'thanks for your inquiry', 'thanks for your interest', 'thanks for the call', 'thanks for the meeting',
  'as discussed', 'as promised', 'as agreed', 'further to', 'following our', 'following up on our', 'you asked', 'your request', 'your enquiry',
  'your inquiry', 'you requested', 'per your', 'great meeting', 'nice meeting', 'good to meet', 'pleasure meeting', 'pleasure to meet',
  'we met', 'when we met', 'you contacted', 'you reached out', 'you mentioned', 'at your request'];

/** "still not receive your reply", "haven't heard back", "I don't have answer from you". */
const NO_ANSWER = ['your reply', 'your response', 'your answer', 'heard back', 'hear back', 'heard from you', 'reply from you', 'answer from you',
  'response from you', 'any answer', 'have answer', 'any reply', 'any response', 'receive reply', 'received a reply', 'got a reply'];
const REPEATED = new Set(['times', 'third', 'second', 'fourth', 'again', 'several', 'multiple', 'already', 'still', 'yet', 'previous', 'last']);
const NEGATORS = new Set(['not', "n't", 'no', 'never', 'without', "haven't", "hasn't", "didn't", "don't", "doesn't", 'cannot']);
const GENTLE = ['no rush', 'no worries', 'no pressure', 'whenever', 'when you have a moment', 'at your convenience', 'no need to reply'];

function enPitch(text: string): PitchParts {
  const w = wordsOf(text);
  if (w.length === 0) return NO_PARTS;
  const intro = anyPhrase(w, EN_INTRO) || iAmFrom(w) || COMPANY_DESCRIBED.test(text);
  const value = w.some((x) => EN_VALUE.has(x)) || anyPhrase(w, EN_VALUE_PHRASES);
  const ask = (w.some((x) => MEETING.has(x)) || anyPhrase(w, MEETING_PHRASES)) && (anyPhrase(w, ASKING) || text.includes('?')) && !anyPhrase(w, MODEST);
  const warm = anyPhrase(w, EN_WARM) || anyPhrase(w, EN_WAY_OUT);
  const negated = w.some((x) => NEGATORS.has(x) || x.endsWith("n't"));
  const chase = negated && anyPhrase(w, NO_ANSWER) && w.some((x) => REPEATED.has(x)) && w.some((x) => x === 'i' || x === 'we' || x === 'my' || x === 'our') &&
    !anyPhrase(w, GENTLE);
  return { intro, value, ask, warm, chase };
}

const NO_PARTS: PitchParts = { intro: false, value: false, ask: false, warm: false, chase: false };

// ---------------------------------------------------------------- Japanese

const includesAny = (text: string, list: readonly string[]): boolean => list.some((x) => text.includes(x));
// Round 42: a learner's kana spellings (ともうします, わたしたちは) and the first greeting itself introduce as well.
const JA_INTRO = ['と申します', 'と申し上げます', '弊社は', '当社は', '私どもは', 'わたくしどもは', '弊社では', '当社では', 'ともうします',
  '私たちは', 'わたしたちは', 'はじめまして', '初めまして'];
const JA_VALUE = ['実績', '支援', '削減', '向上', '改善', '効率化', 'お役に立て', '貢献', '導入企業', '解決', '強み', 'ノウハウ', '専門', '得意',
  '社以上', 'No.1', 'ナンバーワン', '業界トップ', '業界最', 'コストダウン', '低価格',
  // Round 42: a wish to sell to them, and a supplier's credentials of reach (輸出しています, 認証).
  '使っていただきたい', 'お使いいただきたい', 'ご利用いただきたい', 'ご検討いただきたい', 'お取引を', 'お取り引きを', '輸出しています', '輸出しており',
  '認証を取得', '認証取得'];
const JA_MEETING = ['お打ち合わせ', '打ち合わせ', 'ご面談', '面談', 'お時間', 'デモ', 'ご説明', 'お伺い', 'ご訪問', 'オンライン会議', 'ミーティング', 'ご挨拶に',
  // Round 42: the visit and the presentation in plain or kana spelling (説明させて, うかがって, プレゼン, お会い).
  '説明させて', 'うかがい', 'うかがって', '伺って', 'プレゼン', 'お会い'];
const JA_ASKING = ['いただけ', 'ください', '頂け', 'でしょうか', '幸い', 'させていただ', '願え', 'お願い', 'たく存じ', 'たいと', 'たいです', 'おしえて'];
const JA_WARM = ['ご紹介いただ', 'ご紹介を受け', 'よりご紹介', 'のご紹介で', 'のご紹介により', 'ご紹介くださ', 'お問い合わせいただ', 'お問い合わせありがとう',
  'お問い合わせの件', 'お問合せいただ', 'ご依頼', 'ご要望', 'ご連絡ありがとう', 'ご返信ありがとう', 'お打ち合わせの際', 'お時間をいただきありがとう',
  'お時間をいただき、ありがとう', '先日は', '先日の', '展示会では', 'ブースにお立ち寄り', '名刺交換', 'いつもお世話になっております', 'ご相談いただ'];
const JA_CHASE_NO_ANSWER = ['お返事がない', 'お返事をいただけて', 'ご返信がない', 'ご返信をいただけて', 'ご回答がない', 'ご回答をいただけて', 'ご連絡がない',
  'ご連絡をいただけて', 'お返事をいただいて', 'ご返信をいただいて'];
const JA_REPEATED = ['まだ', '再度', '何度', '回目', 'もう一度', '先日お送り', '先週お送り', '以前お送り'];

// The shapes behind the lists, in any inflection: being introduced (紹介 received — を or not, いただく/頂く/賜る/受ける/
// くださる — or 紹介 given by someone: 〜様より/からのご紹介), and an ask made on the condition of their interest
// (ご関心/ご興味 … ましたら/でしたら/ようでしたら/なら/あれば), which leaves the stranger a way out. Bounded spans: linear.
const JA_INTRODUCED = /紹介(?:を|して|に)?(?:いただ|頂|賜|受け|くださ|下さ|預か|あずか)|(?:より|から)の?(?:ご)?紹介/;
// The list this replaced (ご興味がございましたら, ご関心をお持ちでしたら, ご興味をお持ちいただけましたら, …) all end in ましたら/でしたら;
// only もしご興味 (もしご興味をお持ちの場合は) has no conditional ending to read, so it stays as its own branch.
const JA_IF_INTERESTED = /もしご興味|(?:ご関心|ご興味|お役に立て)[^。！？\n]{0,24}?(?:ましたら|でしたら|ようでしたら|のようなら|なら|あれば|ございましたら)/;

function jaPitch(text: string): PitchParts {
  const modest = JA_IF_INTERESTED.test(text);
  const ask = includesAny(text, JA_MEETING) && includesAny(text, JA_ASKING) && !modest;
  return {
    intro: includesAny(text, JA_INTRO),
    value: includesAny(text, JA_VALUE),
    ask,
    warm: includesAny(text, JA_WARM) || JA_INTRODUCED.test(text)
      || includesAny(text, ['資料をお送りするだけでも', 'まずは資料のみ', 'ご紹介を通じて']),
    chase: includesAny(text, JA_CHASE_NO_ANSWER) && includesAny(text, JA_REPEATED),
  };
}
