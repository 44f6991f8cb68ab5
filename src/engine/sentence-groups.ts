// One finding per sentence for rules that judge the same thing from different angles (the Japanese register
// rules: a listed casual phrase, a spoken contraction, a plain ending). A reader labels a chatty sentence once;
// three findings on one sentence read as nagging and each fix alone leaves the sentence half casual. The rules
// declare a group and a rank (Rule.sentenceGroup); here their findings in one sentence become one: the
// best-ranked rule's finding over the whole stretch, whose first suggestion applies every slip's first fix at once.
import { mergedSuggestions } from './merged-suggestions';
import type { Rule } from './rule';
import type { Field, Finding, Sentence } from './types';

export interface FieldSentences {
  field: Field;
  text: string;
  sentences: readonly Pick<Sentence, 'start' | 'end'>[];
}

export function mergeSentenceGroups(findings: Finding[], rules: readonly Rule[], fields: readonly FieldSentences[]): Finding[] {
  const groups = groupsOf(rules);
  if (groups.size === 0) return findings;
  const buckets = new Map<string, Finding[]>();
  const out: Finding[] = [];
  for (const f of findings) {
    const g = groups.get(f.ruleId);
    const where = g && fields.find((x) => x.field === f.field);
    const k = where ? sentenceAt(where.sentences, f.start) : -1;
    if (!g || k < 0) {
      out.push(f);
      continue;
    }
    const key = `${f.field}|${k}|${g.group}`;
    const list = buckets.get(key);
    list ? list.push(f) : buckets.set(key, [f]);
  }
  for (const list of buckets.values()) {
    if (list.length === 1) {
      out.push(list[0]!);
      continue;
    }
    const text = fields.find((x) => x.field === list[0]!.field)!.text;
    out.push(merged(list, groups, text));
  }
  return out;
}

/**
 * The index of the sentence holding `offset`, by bisection over sentences in order (-1 if none): a draft with a
 * finding in every sentence stays linear-logarithmic, not quadratic.
 */
/** The rules' sentence groups by rule id: read once per list of rules (an Engine's), not on every keystroke. */
function groupsOf(rules: readonly Rule[]): Map<string, { group: string; rank: number }> {
  let groups = GROUPS.get(rules);
  if (!groups) {
    groups = new Map();
    for (const r of rules) if (r.sentenceGroup) groups.set(r.id, r.sentenceGroup);
    GROUPS.set(rules, groups);
  }
  return groups;
}
const GROUPS = new WeakMap<readonly Rule[], Map<string, { group: string; rank: number }>>();

export function sentenceAt(sentences: readonly Pick<Sentence, 'start' | 'end'>[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && s.start <= offset && offset < s.end ? lo : -1;
}

function merged(list: Finding[], groups: Map<string, { rank: number }>, text: string): Finding {
  const byPlace = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const best = [...list].sort((a, b) => groups.get(a.ruleId)!.rank - groups.get(b.ruleId)!.rank || a.start - b.start)[0]!;
  const start = Math.min(...list.map((f) => f.start));
  const end = Math.max(...list.map((f) => f.end));
  // Each slip's fix, in place. A slip with alternatives (ください / いただけますでしょうか) gives the merged finding as
  // many, the others' first.
  const suggestions = mergedSuggestions(byPlace, start, end, text, { label: 'Rewrite in business register', labelJa: 'ビジネスの言葉遣いに直す' });
  const others = byPlace.filter((f) => f !== best).map((f) => `«${text.slice(f.start, f.end)}»`);
  return {
    ...best,
    start,
    end,
    message: `${best.message} The same sentence also has ${others.join(', ')}.`,
    ...(best.messageJa ? { messageJa: `${best.messageJa}同じ文の${others.join('、')}も話し言葉です。` } : {}),
    suggestions,
  };
}
