import type { EnFacts } from './en';
import type { EnToken } from './en-parse';
import { clauseOf } from './en';
import { EN_MONTH_WORDS as MONTHS, EN_WEEKDAY_WORDS as WEEKDAYS } from './dates';
import { isNewsWord } from './en-news-classes';


/**
 * Round 39 (newsen39): a service, system or production line of ours out of use for a stretch of time ahead or from now —
 * "The console and the API will be unavailable from 22:00 on 9 May until 04:00 on 10 May", "Our web shop will be offline
 * throughout February", "Line 3, which makes your gloves, will be shut down for six weeks from 1 September", "Automated
 * scanning for your accounts is paused from today until 30 April". For a Japanese client an interruption announced with no
 * apology and no word of why is bad news. (Round 16's `incident` reads an outage that already happened.)
 *
 * Not: an interruption with its purpose given ("… for scheduled maintenance", "for the New Year holidays": the reason is
 * written), a past one, a condition or question, the reader's own line ("your line will be down in August"), a person who
 * is away ("I will be offline next week"), nor one denied ("will not be unavailable").
 */
export function serviceInterrupted(f: EnFacts): boolean {
  if (f.question || f.conditional || f.imperative) return false;
  const { tokens } = f;
  if (!tokens.some(isSpan) || purposeGiven(tokens)) return false;
  for (let i = 0; i < tokens.length; i++) {
    if (!outOfUseAt(tokens, i)) continue;
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional || clause.tense === 'past' || (clause.negation !== undefined && clause.negation < i)) continue;
    if (clause.modal !== undefined && /^(?:can|could|may|might|should|would)$/.test(clause.modal)) continue;
    // What goes out of use is named before the state, in its clause or (a relative clause between) in the sentence.
    const before = tokens.slice(0, i);
    if (before.some((t) => t.lower === 'your' || t.lower === 'you') && !before.some((t) => t.lower === 'our' || t.lower === 'we')) {
      // "your accounts' scanning", "Line 3, which makes your gloves": the reader's thing only as what ours serves.
      if (!before.some((t, k) => isNewsWord('outageThings', t) && !isReaders(tokens, k))) continue;
    }
    if (!before.some((t) => isNewsWord('outageThings', t))) continue;
    if (before.some((t) => PEOPLE.test(t.lower) || isNewsWord('contactRoles', t))) continue;
    // Present tense only when it runs from now on ("is paused from today", "remains offline until 30 April").
    if (clause.tense === 'present' && !tokens.slice(i).some((t) => /^(?:from|until|till|through|throughout)$/.test(t.lower))) continue;
    return true;
  }
  return false;
}

/** Out of use (news-words.json outageStates, outageVerbs), after a verb of being: "will be unavailable", "is paused". */
function outOfUseAt(tokens: EnToken[], i: number): boolean {
  const t = tokens[i]!;
  const be = tokens.slice(Math.max(0, i - 3), i).some((x) => x.lemma === 'be' || x.lemma === 'remain' || x.lemma === 'go' || x.lemma === 'stay');
  // "will be down 5%": a figure after it is a change, not an outage.
  if (t.lower === 'down' && (tokens[i + 1]?.pos === 'NUM' || tokens[i - 1]?.lemma === 'shut' || tokens[i - 1]?.lemma === 'go' && tokens[i + 1]?.lower === 'to')) return false;
  if (isNewsWord('outageStates', { lower: t.lower, lemma: t.lower }) && be) return true;
  // "will be shut down", "will shut down", "is taken offline", "will be switched off".
  if (t.lemma === 'shut' && tokens[i + 1]?.lower === 'down') return true;
  if ((t.lemma === 'take' || t.lemma === 'switch' || t.lemma === 'turn') && /^(?:offline|off|down)$/.test(tokens[i + 1]?.lower ?? '')) return true;
  return isNewsWord('outageVerbs', { lower: t.lemma, lemma: t.lemma }) && (t.pos === 'VERB' || tokens[i - 1]?.pos === 'AUX');
}

/** A person who is away: no service out of use. */
const PEOPLE = /^(?:i|he|she|mr\.?|ms\.?|mrs\.?|dr\.?|colleague|team|staff)$/;
/** "your line", "your system": the reader's own, when "your" heads its phrase. */
function isReaders(tokens: EnToken[], k: number): boolean {
  return tokens.slice(Math.max(0, k - 3), k).some((t) => t.lower === 'your');
}

const SPAN_WORD = /^(?:hours?|days?|weeks?|months?|weekend|today|tonight|tomorrow)$/;
const CLOCK = /^\d{1,2}[:.]\d{2}$/;
/** A stretch of time: a clock time, a span ("for six weeks"), a day or a month, "today", "this weekend". */
function isSpan(t: EnToken): boolean {
  return CLOCK.test(t.text) || SPAN_WORD.test(t.lower) ||
    MONTHS.has(t.lower) || WEEKDAYS.has(t.lower);
}

/** Its purpose or cause in the sentence: "for (scheduled) maintenance", "for the holidays", "during the upgrade", "due to". */
function purposeGiven(tokens: EnToken[]): boolean {
  const purpose = (k: number) => tokens.slice(k + 1, k + 5).some((x) => isNewsWord('outagePurposes', x));
  return tokens.some((t, k) => (/^(?:for|during|over|while)$/.test(t.lower) && purpose(k)) || (t.lower === 'due' && tokens[k + 1]?.lower === 'to') || t.lower === 'because');
}
