// Round 35 (misc35): the table runner the classes-r35-misc-* tests share. A case is a body (wrapped as a client mail in
// its language), the day it is written, and the quote of the finding of the class's category it must raise (a finding
// of that category must overlap it) — or no quote: a near miss, with no finding of that category at all.
// Its cases are calendar/class-cases.ts's ClassCase, written body first with the round's day as the default "now".
import { describe, it } from 'vitest';
import type { Finding } from '../../../src/engine/types';
import { expectQuoted, findingsOf, neg as negOn, pos as posOn, type ClassCase } from '../calendar/class-cases';
import { enNishimuraBrooks as EN } from '../mail-wrappers';
import { nodeEngine } from '../node-engine';

export type MiscCase = ClassCase;
export { EN };
/** The day the round-35 misc cases are written on unless they say: 2026-07-08, a Wednesday. */
const NOW = '2026-07-08';

export const JA = (s: string) => `西村様\n\nいつもお世話になっております。\n${s}\n\nよろしくお願いいたします。\n\n山本`;

export const pos = (body: string, quote: string, now = NOW): MiscCase => posOn(now, body, quote);
export const neg = (body: string, now = NOW): MiscCase => negOn(now, body);

export function runClass(name: string, category: Finding['category'], cases: MiscCase[]): void {
  const engine = nodeEngine();
  describe(name, () => {
    it.each(cases.map((c) => [`${c.now} ${c.recipient ?? ''} ${c.body.replace(/\n/g, ' ⏎ ')}`, c] as const))('%s', (_n, c) => {
      const found = findingsOf(engine, c, category);
      expectQuoted(c.body, found, c.quote);
    });
  });
}
