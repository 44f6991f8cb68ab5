// Cushion words (クッション言葉: 恐れ入りますが, あいにく, 申し訳ございませんが) that make a no considerate.
// One detector for every rule that asks "is this refusal softened?", so the dictionary's own examples run
// through the same code as the rules.
import { CUSHION_ENTRIES } from './dictionaries';

/**
 * Round 46 (uf-023): 「まちがいがあったらすみません」「失礼があったら申し訳ありません」 — an apology for what may go wrong (a
 * learner's mistakes), said on a condition right before it: it cushions no refusal.
 */
const CONDITION_BEFORE = /(?:たら|れば|なら)[、,]?$/;

/** Whether the phrase stands in the text other than as the end of a conditional apology. */
function holds(text: string, phrase: string): boolean {
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) {
    if (!CONDITION_BEFORE.test(text.slice(Math.max(0, i - 3), i))) return true;
  }
  return false;
}

/** The ids of the cushion entries found in the text, in dictionary order. */
export function cushionsIn(text: string): string[] {
  return CUSHION_ENTRIES.filter((e) => holds(text, e.phrase)).map((e) => e.id);
}

/** True when the text holds any cushion word. */
export function hasCushion(text: string | undefined): boolean {
  return !!text && CUSHION_ENTRIES.some((e) => holds(text, e.phrase));
}
