// "The client asked for X": one fact per language, shared by the refusal, bad-news and pressure rules (round 17).
// A no is a refusal when it answers something the client asked for; a limit, an end or a table of free slots told
// in answer to their enquiry informs rather than presses. Two readings:
// - named: our own sentence names their ask ("as you requested", "regarding your request", "you asked us to …",
//   "thank you for asking", 「ご依頼の件」「ご要望いただいた」「〜たいとの」);
// - made: their own words ask (a quoted line of the mail being answered: "Could you hold the price?",
//   "Is it possible to split the shipment?", 「納期を早めていただけますでしょうか」).
// Sentence rules read the named ask in their sentence and the one before (`enAskNamed` on the cached parse,
// `jaAskNamed`); document rules also read the asks made in the quoted lines and history
// (src/rules/any/lib/they-asked.ts combines them).
import type { EnFacts } from './en';
import { analyzeEnglish } from './en';

/** Verbs by which the reader asks: "you asked", "you requested", "you suggested", "you'd like us to". */
const ASK_VERBS = new Set(['ask', 'request', 'enquire', 'inquire', 'suggest', 'propose', 'want']);
/** Nouns of the reader's ask: "your request", "your enquiry", "your proposal to …". */
const ASK_NOUNS = new Set(['request', 'enquiry', 'inquiry', 'question', 'query', 'proposal', 'suggestion', 'idea', 'ask', 'wish']);
/** Words allowed between "your" and the ask noun: "your kind request", "your discount request", "your recent enquiry". */
const BETWEEN = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** What may stand between "you" and its verb of asking: "you kindly asked", "you also requested", "you'd". */
const ADVERBS = new Set(['ADV']);

/**
 * The token at which an English sentence names an ask of the reader's, or undefined. Our own requests ("Please
 * send your questions by Friday", "Do you have any questions?") name none: not in an imperative or a question
 * unless it refers back ("Regarding your request, could we …?").
 */
export function enAskNamed(f: Pick<EnFacts, 'tokens' | 'question' | 'imperative'>): number | undefined {
  const t = f.tokens;
  const lower = (i: number) => t[i]?.lower ?? '';
  for (let i = 0; i < t.length; i++) {
    const x = t[i]!;
    // "as requested", "as asked", "as you requested", "as per your request".
    if ((x.lower === 'requested' || x.lower === 'asked') && lower(i - 1) === 'as') return i;
    // "you asked us to …", "you kindly requested", "you'd suggested"; not "you ask yourself" nor a question ("did you ask …?").
    if (ASK_VERBS.has(x.lemma) && (x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'NOUN') && !f.question) {
      let k = i - 1;
      while (k >= 0 && ADVERBS.has(t[k]!.pos)) k--;
      if (lower(k) === "'d" || lower(k) === 'had' || lower(k) === 'have') k--;
      // "If you want us to …" supposes a wish; "you asked", "you'd suggested", "you want us to" report one.
      if (lower(k) === 'you' && !/^(?:if|unless|when|whenever|should|once)$/.test(lower(k - 1))) return i;
    }
    // "your request", "your recent enquiry", "the request you sent", "your discount request".
    if (ASK_NOUNS.has(x.lemma) && (x.pos === 'NOUN' || x.pos === 'VERB')) {
      let k = i - 1;
      while (k >= 0 && k > i - 4 && BETWEEN.has(t[k]!.pos) && !ASK_NOUNS.has(t[k]!.lemma)) k--;
      const yours = lower(k) === 'your' || (lower(i + 1) === 'you' && /^(?:the|this|that)$/.test(lower(k)));
      // "Please send your questions", "Any questions?": our own invitation to ask, not their ask.
      const invited = (f.imperative || f.question) && !REFERRING.has(lower(k - 1));
      if (yours && !invited && !(x.lower.endsWith('s') && lower(k - 1) !== 'to' && !REFERRING.has(lower(k - 1)))) return i;
    }
    // "Thank you for asking", "thanks for your question" (the noun above).
    if (x.lower === 'asking' && lower(i - 1) === 'for') return i;
  }
  return undefined;
}
/** Prepositions that refer back to an ask: "regarding your request", "per your request", "in response to your enquiry". */
const REFERRING = new Set(['regarding', 're', 'about', 'concerning', 'per', 'at', 'following', 'to', 'on', 'for', 'with', 'upon']);

/** Asking verbs in the present, the reader's side speaking: "we request", "we would like to ask for". */
const PRESENT_ASKS = new Set(['request', 'ask', 'propose', 'suggest', 'require']);

/**
 * Whether an English line of the reader's own words asks something of us: a question put to us ("Could you hold
 * the price?", "Is it possible to split the shipment?", "Do you have slots in July?"), or a request ("Please send
 * a quote", "We would like to ask for a discount", "We need the parts by Friday").
 */
export function enAskMade(text: string): boolean {
  const body = text.replace(/^[\s>＞]+/, '');
  if (!/[a-z]/i.test(body)) return false;
  const f = analyzeEnglish(body);
  if (f.question) return true;
  if (f.imperative && /^(?:please|kindly)\b/i.test(body)) return true;
  const first = f.clauses[f.main ?? 0];
  const subject = first?.subject === undefined ? '' : f.tokens[first.subject.index]!.lower;
  // "We would like to request …", "We need the revised drawings by Friday": the reader's side states its want.
  return (subject === 'we' || subject === 'i') && f.tokens.some((x, i) =>
    (x.lemma === 'like' && /^(?:would|'d)$/.test(f.tokens[i - 1]?.lower ?? '')) || (x.lemma === 'need' && x.pos === 'VERB') ||
    (PRESENT_ASKS.has(x.lower) && x.pos === 'VERB' && !f.conditional));
}

/**
 * The client's request named in Japanese: their request nouns (ご依頼, ご要望, ご相談, お誘い…), what they sent or
 * proposed (ご提案いただいた), or their wish reported back (変更したいとの, できないかとの).
 */
export const JA_THEIR_REQUEST = /ご(?:依頼|要望|希望|相談|提案|指定|用命|質問|照会|打診|招待)|お(?:問い合わせ|問合せ|申し出|求め|申し込み|申込み|尋ね|誘い|声がけ)|(?:たい|ないか|たく)との|いただいた件|頂いた件/;

/** Whether Japanese text names the client's request. */
export function jaAskNamed(text: string): boolean {
  return JA_THEIR_REQUEST.test(text);
}

/**
 * The client's request for something done (ご要望, ご依頼, ご希望, 〜てほしいとの), not a question for information (ご質問,
 * お問い合わせ): what a product's specification turns down only when they asked for it.
 */
export const JA_THEIR_WISH = /ご(?:依頼|要望|希望|相談|提案|指定|用命|打診)|お(?:申し出|求め|申し込み|申込み)|(?:たい|ないか|たく|ほしい|欲しい)との/;

/** Whether Japanese text names a request of the client's for something to be done. */
export function jaWishNamed(text: string): boolean {
  return JA_THEIR_WISH.test(text);
}

/** Japanese endings by which the reader asks us: 〜いただけますでしょうか, 〜可能でしょうか, 〜をお願いします, 〜てほしい. */
const JA_ASK_END = /(?:でしょうか|ますか|ませんか|ください|くださいませ|お願い(?:いた)?します|お願い申し上げます|ほしい|欲しい|たいのですが|たく存じます)[。？?！!」\s]*$/;

/** Whether a Japanese line of the reader's own words asks something of us. */
export function jaAskMade(text: string): boolean {
  return JA_ASK_END.test(text.replace(/^[\s>＞]+/, '').trimEnd());
}

/** A cheap gate before the English parse: a sentence with none of these words names no ask. */
export function mayNameAsk(text: string): boolean {
  return /\b(?:ask(?:ed|ing)?|request(?:ed|s)?|enquir(?:y|ies|ed)|inquir(?:y|ies|ed)|question|query|proposal|suggest(?:ion|ed)|propos(?:ed)|wish)\b/i.test(text);
}
