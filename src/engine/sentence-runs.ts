// One finding per move of the writer for rules that declare a run group (Rule.runGroup): a push for the order is
// often told over two or three sentences ("We have two other buyers looking at this lot. If we don't have your
// confirmation by Thursday, I can't guarantee the price."), a chase likewise ("Following up on my mail below.
// Request you to revert at the earliest."). A reader names the move once; a finding on each sentence reads as
// nagging, and fixing one sentence leaves the push standing in the next. Findings of one group in adjacent
// sentences of a field become one over the whole run, the first one's message, with every sentence's fix.
import { mergedSuggestions } from './merged-suggestions';
import type { Rule } from './rule';
import { sentenceAt, type FieldSentences } from './sentence-groups';
import type { Finding } from './types';

export function mergeSentenceRuns(findings: Finding[], rules: readonly Rule[], fields: readonly FieldSentences[]): Finding[] {
  const groups = runGroupsOf(rules);
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
  // Each sentence's fix in place, labelled as the run's first finding's fix when no sentence has its own.
  const suggestions = mergedSuggestions(byPlace, start, end, text, { label: head.suggestions[0]?.label ?? 'Rewrite', labelJa: head.suggestions[0]?.labelJa });
  return { ...head, start, end, suggestions };
}

/** The rules' run groups by rule id: read once per list of rules (an Engine's), not on every keystroke. */
function runGroupsOf(rules: readonly Rule[]): Map<string, string> {
  let groups = RUN_GROUPS.get(rules);
  if (!groups) {
    groups = new Map();
    for (const r of rules) if (r.runGroup) groups.set(r.id, r.runGroup);
    RUN_GROUPS.set(rules, groups);
  }
  return groups;
}
const RUN_GROUPS = new WeakMap<readonly Rule[], Map<string, string>>();
