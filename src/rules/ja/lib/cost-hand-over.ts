// Who judges a cost put on the client in a reply (…はお客様のご負担となります): the refusal rules or the bad-news rule.
// One decision, read by both (blunt-bad-news.ts, and request-context.ts isNewsNotAnswer for the refusal rules), so the
// act is never lost between them. What the sentence DOES decides, not that the mail is a reply:
// - it answers the client's ask about that cost (Re: 送料について … 送料はお客様のご負担となります; ご依頼の件ですが、追加費用
//   38万円は貴社のご負担になります) → a no to their ask: refusal;
// - it announces a new condition from a date on, or for every order, about a cost their ask did not name (Re: 請求書の
//   発行について … また、4月分より振込手数料はお客様のご負担となります) → a change of terms: bad news.
import type { RuleContext } from '../../../engine/rule';
import { carriesTokens } from '../../../engine/parse';
import type { Sentence } from '../../../engine/types';
import { flatRefusalsOf } from './flat-refusal';
import { threadAsks } from './verdict-line';

/** A time from which the cost applies: 4月分より, 来月から, 次回ご注文分以降, 2027年度から, 今後は (not 今後も: as before). */
const FROM_A_DATE = /(?:[月日期度回週]|分|年度?)(?:より|から|以降|以後)|今後(?!も)|これから(?:は)|(?:次回|次年度|来期|来月|来年度?)(?:以降|から|より|は|の)/;
/** For every order or every client: 全てのご注文, すべてのお客様, 一律, 全品, 一件ごとに. */
const FOR_EVERYONE = /(?:全て|すべて|全)の(?:ご注文|ご発注|お客様|取引|お取引|お支払|品)|一律|全品|全件/;
/** The cost named as the topic right before the party who bears it: 振込手数料は, 送料につきましては, 出張費も、. */
const COST_TOPIC = /([\p{Script=Han}\p{Script=Katakana}ー]{2,12})(?:は|も|が|につきましては|については)[、，]?[^、。]{0,16}$/u;

/** A topic carried by additive も at the head of the sentence: 講師の交通費も, 送料も、. */
const ADDITIVE_TOPIC = /^[^、。]{1,24}(?<!を)も(?![のっ])/;

/** A blank line (spaces, tabs or U+3000 only): where a paragraph starts. */
const BLANK_LINE = /\n[ \t\u3000]*\n/;

export type CostVerdict = 'refusal' | 'news';

/**
 * For a cost put on the client (refusals.json `cost-on-client`, a final predicate) in a mail the thread asks in: whose
 * finding it is. Undefined when the sentence is no such cost, or no ask is in sight (then it is news, as any notice).
 */
export function costOnClientVerdict(ctx: RuleContext, s: Sentence): CostVerdict | undefined {
  if (!carriesTokens(s)) return undefined;
  const cost = flatRefusalsOf(ctx, s).find((c) => c.final && c.id === 'cost-on-client');
  if (!cost || !threadAsks(ctx, s)) return undefined;
  // Round 25: 4月ご注文分より、単価を5%改定いたします。送料もお客様のご負担となります。 — a cost whose topic takes additive も
  // adds one more item to the sentence before it, whose date it leaves unsaid: that date frames it too.
  const previous = ADDITIVE_TOPIC.test(s.text) ? ctx.sentences[ctx.sentences.indexOf(s) - 1] : undefined;
  const inherited = previous && !BLANK_LINE.test(ctx.text.slice(previous.end, s.start)) ? previous.text : '';
  const before = s.text.slice(0, cost.start);
  if (!FROM_A_DATE.test(inherited + before) && !FOR_EVERYONE.test(before)) return 'refusal';
  const topic = COST_TOPIC.exec(before.replace(FROM_A_DATE, '、'))?.[1];
  return topic && askNamesCost(ctx, s, topic) ? 'refusal' : 'news';
}

/**
 * The ask the mail answers names the cost: in the subject, in the quoted history or the part below the own text, or
 * in the paragraph up to the sentence (送料についてのお問い合わせですが). Compared on the cost's last three characters
 * (振込手数料 / 手数料), since the client and the writer seldom name it the same way.
 */
function askNamesCost(ctx: RuleContext, s: Sentence, topic: string): boolean {
  const head = topic.length > 3 ? topic.slice(-3) : topic;
  const facts = costFacts(ctx);
  if (facts.theirs.includes(head)) return true;
  // The paragraph up to the sentence, read from the text (a document rule calls this too; paragraphBefore is a sentence
  // rule's): the first place of `head` in the paragraph, found once per paragraph and cost — every cost sentence of
  // one giant paragraph reading its whole prefix would be n².
  const from = paragraphStart(facts.paragraphStarts, s.start);
  const key = `${from}\u0000${head}`;
  let at = facts.firstInParagraph.get(key);
  if (at === undefined) facts.firstInParagraph.set(key, (at = ctx.text.indexOf(head, from)));
  return at >= 0 && at + head.length <= s.start;
}

interface CostFacts {
  /** Subject, the part below the own text and the quoted lines, joined: the client's words. */
  theirs: string;
  /** Offsets where a paragraph starts (after a blank line), ascending; 0 first. */
  paragraphStarts: number[];
  /** `start NUL head` → the first offset of head from that paragraph's start (−1: none). */
  firstInParagraph: Map<string, number>;
}

/** Per parse (keyed on its lines), so a new text is read afresh and one text once. */
const COST_FACTS = new WeakMap<RuleContext['lines'], CostFacts>();

function costFacts(ctx: RuleContext): CostFacts {
  let facts = COST_FACTS.get(ctx.lines);
  if (facts) return facts;
  const quoted = ctx.lines.filter((l) => /^\s*[>＞]/.test(l.text)).map((l) => l.text);
  const paragraphStarts = [0];
  const blank = new RegExp(BLANK_LINE.source, 'g');
  for (let m = blank.exec(ctx.text); m; m = blank.exec(ctx.text)) {
    paragraphStarts.push(m.index + m[0].length);
    blank.lastIndex = m.index + m[0].length - 1;
  }
  facts = { theirs: [ctx.draft.subject ?? '', ctx.text.slice(ctx.own.length), ...quoted].join('\u0000'), paragraphStarts, firstInParagraph: new Map() };
  COST_FACTS.set(ctx.lines, facts);
  return facts;
}

/** The start of the paragraph holding `offset`: the last start at or before it (binary search). */
function paragraphStart(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo]!;
}
