// The table the English class tests share: each case names the categories a draft must raise, exactly
// ('' = none), so a near miss that raises anything fails as surely as a miss.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { DraftContext } from '../../../src/engine/types';
import { englishRules } from '../../../src/rules/en';

export type Case = [expected: string, context: DraftContext, body: string];

const engine = new Engine({ rules: englishRules });

/** One describe per named group, one test per case: the categories raised, sorted, against the expected. */
export function categoryTables(groups: ReadonlyArray<readonly [string, readonly Case[]]>): void {
  describe.each(groups)('%s', (_name, cases) => {
    it.each(cases)('[%s] %#', (expected, context, body) => {
      const findings = engine.analyze({ body, context });
      const got = [...new Set(findings.map((f) => f.category))].sort().join(',');
      expect(got, `${body}\n${findings.map((f) => `${f.ruleId}: «${body.slice(f.start, f.end)}»`).join('\n')}`).toBe(
        expected.split(',').filter(Boolean).sort().join(','),
      );
    });
  });
}
