import type { Finding, Suggestion, SuggestionEdit } from './types';

/** The edits a suggestion makes: its own `edits`, or `text` over the finding's range. Sorted, last first. */
export function suggestionEdits(finding: Pick<Finding, 'start' | 'end'>, s: Suggestion): SuggestionEdit[] {
  const edits = s.edits && s.edits.length > 0 ? s.edits : [{ start: finding.start, end: finding.end, text: s.text }];
  // Last first, so earlier offsets stay valid; at one start, the replacement before an insertion there.
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.end > sorted[i - 1]!.start) throw new Error('suggestion edits overlap');
  }
  return sorted;
}

/** The field's text after applying one suggestion of a finding: exactly its edits change, nothing else. */
export function applySuggestion(text: string, finding: Pick<Finding, 'start' | 'end' | 'suggestions'>, index = 0): string {
  const s = finding.suggestions[index];
  if (!s) throw new Error(`no suggestion ${index}`);
  let out = text;
  for (const e of suggestionEdits(finding, s)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
