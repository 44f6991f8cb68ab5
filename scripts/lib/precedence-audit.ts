// Round 30: "a rule that gives way to another declares it in its metadata; the engine resolves that only among rules
// that are enabled, so disabling one never silences another" (issue 10), checked on every rule's own examples:
//   alone    — a rule with every other rule switched off in the policy still flags each of its invalid examples at
//              its phrase: it does not rely on another rule being on;
//   silenced — switching off a rule X that fired on an example never takes away another rule's finding there (a
//              rule R that fired with X on still fires with X off). A give-way declared in `yieldsTo` passes: the
//              engine drops R only while X is enabled. A rule that stays quiet because X's reading matched in its
//              own code would show up under `alone` instead, since X's words are in R's example… only when R's
//              example carries them; the static half of the audit (cross-rule checks) names those.
// Each finding is `ruleId: …`, stable across runs, for the ratchet.
import { Engine } from '../../src/engine/engine';
import type { Rule } from '../../src/engine/rule';
import type { Finding } from '../../src/engine/types';
import { DEFAULT_POLICY, type Policy } from '../../src/policy/schema';
import { draftOf, nth } from './example-draft';

/** The default policy with the listed rules switched off. */
function policyWithout(off: readonly string[]): Policy {
  return { ...DEFAULT_POLICY, rules: { ...DEFAULT_POLICY.rules, ...Object.fromEntries(off.map((id) => [id, 'off' as const])) } };
}

export interface PrecedenceAudit {
  alone: string[];
  silenced: string[];
  /** How many analyses were compared (for the report). */
  runs: number;
}

/** Both checks over the examples of `rules`, on an engine holding all of them. */
export function auditPrecedence(engine: Engine, rules: readonly Rule[]): PrecedenceAudit {
  const out: PrecedenceAudit = { alone: [], silenced: [], runs: 0 };
  const ids = rules.map((r) => r.id);
  for (const rule of rules) {
    const aloneOff = policyWithout(ids.filter((id) => id !== rule.id));
    rule.examples.invalid.forEach((ex, i) => {
      const { field, draft } = draftOf(rule, ex);
      const start = nth(ex.text, ex.flagged, ex.occurrence);
      const hit = (fs: Finding[]) => fs.some((f) => f.ruleId === rule.id && f.field === field && f.start === start && f.end === start + ex.flagged.length);
      const all = engine.analyze(draft);
      out.runs++;
      // Only an example the rule flags with every rule on can tell what switching the others off does.
      if (hit(all) && !hit(engine.analyze(draft, aloneOff))) out.alone.push(`${rule.id}: invalid example ${i} «${ex.flagged}» not flagged with the other rules off`);
      out.runs++;
      const fired = [...new Set(all.map((f) => f.ruleId))];
      for (const x of fired) {
        const without = engine.analyze(draft, policyWithout([x]));
        out.runs++;
        for (const r of fired) {
          if (r === x) continue;
          const before = all.filter((f) => f.ruleId === r);
          const still = without.filter((f) => f.ruleId === r);
          if (before.some((f) => !still.some((g) => g.field === f.field && g.start < f.end && f.start < g.end))) {
            out.silenced.push(`${r}: silenced by switching off ${x} (example ${i} of ${rule.id})`);
          }
        }
      }
    });
  }
  return { ...out, alone: [...new Set(out.alone)].sort(), silenced: [...new Set(out.silenced)].sort() };
}
