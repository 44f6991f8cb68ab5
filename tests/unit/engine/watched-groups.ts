// The harness the engine class files of rounds 31–32 share: each group of cases watches the categories its class is
// about (other findings of a draft are not judged), and the cases listed as known misses run as expected failures, so a
// change that starts reading one must move it out of the list.
import { describe, expect, it } from 'vitest';
import type { Category, DraftContext } from '../../../src/engine/types';
import type { nodeEngine } from '../node-engine';

export type WatchedCase = [flagged: boolean, context: DraftContext, body: string];
export type WatchedGroup = [name: string, watched: Category[], cases: WatchedCase[]];

/** One describe per group; a case is a known miss when one of its lines is in `known`. */
export function watchedGroups(engine: ReturnType<typeof nodeEngine>, groups: WatchedGroup[], known: ReadonlySet<string>): void {
  const isKnown = (body: string) => body.split('\n').some((line) => known.has(line));
  const check = (watched: Category[]) => (flagged: boolean, context: DraftContext, body: string) => {
    const findings = engine.analyze({ body, context }).filter((f) => watched.includes(f.category));
    expect(findings.length > 0, `${body}\n${findings.map((f) => `${f.ruleId}: «${body.slice(f.start, f.end)}»`).join('\n')}`).toBe(flagged);
  };
  describe.each(groups)('%s', (_name, watched, cases) => {
    const read = cases.filter(([, , body]) => !isKnown(body));
    const unread = cases.filter(([, , body]) => isKnown(body));
    it.each(read)('[%s] %#', check(watched));
    if (unread.length > 0) it.fails.each(unread)('known miss [%s] %#', check(watched));
  });
  it('every known miss is one of the cases', () => {
    const bodies = groups.flatMap(([, , cases]) => cases.map(([, , body]) => body));
    for (const line of known) expect(bodies.some((b) => b.split('\n').includes(line)), line).toBe(true);
  });
}
