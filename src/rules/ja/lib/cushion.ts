// Cushion words (クッション言葉: 恐れ入りますが, あいにく, 申し訳ございませんが) that make a no considerate.
// One detector for every rule that asks "is this refusal softened?", so the dictionary's own examples run
// through the same code as the rules.
import { CUSHION_ENTRIES } from './dictionaries';

/** The ids of the cushion entries found in the text, in dictionary order. */
export function cushionsIn(text: string): string[] {
  return CUSHION_ENTRIES.filter((e) => text.includes(e.phrase)).map((e) => e.id);
}

/** True when the text holds any cushion word. */
export function hasCushion(text: string | undefined): boolean {
  return !!text && CUSHION_ENTRIES.some((e) => text.includes(e.phrase));
}
