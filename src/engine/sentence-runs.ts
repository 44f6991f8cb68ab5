// One finding per move of the writer for rules that declare a run group (Rule.runGroup): a push for the order is
// often told over two or three sentences ("We have two other buyers looking at this lot. If we don't have your
// confirmation by Thursday, I can't guarantee the price."), a chase likewise ("Following up on my mail below.
// Request you to revert at the earliest."). A reader names the move once; a finding on each sentence reads as
// nagging, and fixing one sentence leaves the push standing in the next. Findings of one group in adjacent
// sentences of a field become one over the whole run, the first one's message, with every sentence's fix.
import { suggestionEdits } from './apply';
import type { Rule } from './rule';
import { sentenceAt, type FieldSentences } from './sentence-groups';
import type { Finding, Suggestion, SuggestionEdit } from './types';

export function mergeSentenceRuns(findings: Finding[], rules: readonly Rule[], fields: readonly FieldSentences[]): Finding[] {
  const groups = new Map<string, string>();
  for (const r of rules) if (r.runGroup) groups.set(r.id, r.runGroup);
  if (groups.size === 0) return findings;
  const out: Finding[] = [];
  const buckets = new Map<string, { f: Finding; first: number; last: number }[]>();
  for (const f of findings) {
    const g = groups.get(f.ruleId);
    const where = g ? fields.find((x) => x.field === f.field) : undefined;
    const first = where ? sentenceAt(where.sentences, f.start) : -1;
    if (!g || !where || first < 0) {
      out.push(f);
      continue;
    }
    const last = Math.max(first, sentenceAt(where.sentences, f.end - 1));
    const key = `${f.field}|${g}`;
    const list = buckets.get(key);
    list ? list.push({ f, first, last }) : buckets.set(key, [{ f, first, last }]);
  }
  for (const list of buckets.values()) {
    list.sort((a, b) => a.first - b.first || a.f.start - b.f.start);
    const text = fields.find((x) => x.field === list[0]!.f.field)!.text;
    let run = [list[0]!];
    let reach = list[0]!.last;
    for (const item of list.slice(1)) {
      // Adjacent: in the sentence after the run's last one, or within it.
      if (item.first <= reach + 1) {
        run.push(item);
        reach = Math.max(reach, item.last);
        continue;
      }
      out.push(runFinding(run.map((x) => x.f), text));
      run = [item];
      reach = item.last;
    }
    out.push(runFinding(run.map((x) => x.f), text));
  }
  return out;
}

function runFinding(list: Finding[], text: string): Finding {
  if (list.length === 1) return list[0]!;
  const byPlace = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const head = byPlace[0]!;
  const start = head.start;
  const end = Math.max(...list.map((f) => f.end));
  // Each sentence's fix in place, alternative by alternative (a finding with fewer gives its first); a fix that
  // overlaps one already taken is left out.
  const alternatives = Math.max(0, ...list.map((f) => f.suggestions.length));
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
    suggestions.push({ text: preview, edits, label: label?.label ?? head.suggestions[0]?.label ?? 'Rewrite', labelJa: label?.labelJa ?? head.suggestions[0]?.labelJa });
  }
  return { ...head, start, end, suggestions };
}
