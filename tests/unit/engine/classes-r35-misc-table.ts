// Round 35 (misc35): the table runner the classes-r35-misc-* tests share. A case is a body (wrapped as a client mail in
// its language), the day it is written, and the quote of the finding of the class's category it must raise (a finding
// of that category must overlap it) — or no quote: a near miss, with no finding of that category at all.
import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../node-engine';
import type { Finding } from '../../../src/engine/types';

export interface MiscCase {
  body: string;
  now?: string;
  quote?: string;
  recipient?: 'client' | 'internal';
}

export const JA = (s: string) => `西村様\n\nいつもお世話になっております。\n${s}\n\nよろしくお願いいたします。\n\n山本`;
export const EN = (s: string) => `Dear Mr. Nishimura,\n\n${s}\n\nKind regards,\nAya Brooks`;

export const pos = (body: string, quote: string, now?: string): MiscCase => ({ body, quote, ...(now ? { now } : {}) });
export const neg = (body: string, now?: string): MiscCase => ({ body, ...(now ? { now } : {}) });

export function runClass(name: string, category: Finding['category'], cases: MiscCase[], defaultNow = '2026-07-08'): void {
  const engine = nodeEngine();
  describe(name, () => {
    it.each(cases.map((c) => [`${c.now ?? defaultNow} ${c.recipient ?? ''} ${c.body.replace(/\n/g, ' ⏎ ')}`, c] as const))('%s', (_n, c) => {
      const found = engine
        .analyze({ subject: '', body: c.body, kind: 'email', context: { recipient: c.recipient ?? 'client', firstContact: false, now: c.now ?? defaultNow } })
        .filter((f) => f.category === category);
      const quoted = found.map((f) => c.body.slice(f.start, f.end));
      if (!c.quote) {
        expect(quoted).toEqual([]);
        return;
      }
      const at = c.body.indexOf(c.quote);
      expect(at).toBeGreaterThanOrEqual(0);
      const hit = found.some((f) => f.start < at + c.quote!.length && f.end > at);
      expect(hit ? c.quote : quoted).toEqual(c.quote);
    });
  });
}
