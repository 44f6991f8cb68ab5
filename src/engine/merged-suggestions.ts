// The fix of several findings merged into one (sentence-groups.ts: the slips of one sentence; sentence-runs.ts: the
// sentences of one push or chase): every finding's fix applied in place at once, alternative by alternative.
import { suggestionEdits } from './apply';
import type { Finding, Suggestion, SuggestionEdit } from './types';

/**
 * The merged finding's suggestions over start..end of `text`. `byPlace` is the findings in text order; a finding
 * with fewer alternatives gives its first; a fix overlapping one already taken (two readings of one word) is left
 * out. Each suggestion is labelled by the first finding that has that alternative of its own, else `fallback`.
 */
export function mergedSuggestions(
  byPlace: readonly Finding[],
  start: number,
  end: number,
  text: string,
  fallback: { label: string; labelJa?: string },
): Suggestion[] {
  const alternatives = Math.max(0, ...byPlace.map((f) => f.suggestions.length));
  const suggestions: Suggestion[] = [];
  for (let j = 0; j < alternatives; j++) {
    const edits: SuggestionEdit[] = [];
    let label: Suggestion | undefined;
    for (const f of byPlace) {
      const s = f.suggestions[j] ?? f.suggestions[0];
      if (!s) continue;
      const mine = suggestionEdits(f, s);
      if (mine.some((e) => edits.some((x) => (e.start < x.end && x.start < e.end) || (e.start === e.end && e.start === x.start)))) continue;
      edits.push(...mine);
      if (f.suggestions[j]) label ??= s;
    }
    if (!edits.length) continue;
    edits.sort((a, b) => a.start - b.start);
    const from = Math.min(start, ...edits.map((e) => e.start));
    const to = Math.max(end, ...edits.map((e) => e.end));
    let preview = '';
    let at = from;
    for (const e of edits) {
      preview += text.slice(at, e.start) + e.text;
      at = e.end;
    }
    preview += text.slice(at, to);
    if (suggestions.some((x) => x.text === preview)) continue;
    suggestions.push({ text: preview, edits, label: label?.label ?? fallback.label, labelJa: label?.labelJa ?? fallback.labelJa });
  }
  return suggestions;
}
