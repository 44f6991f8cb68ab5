// The harness of round 22's Japanese class tables (classes-r22-jaref, classes-r22-mendja): one client mail around a
// body of the test's own, analysed by the real Engine, and the findings that overlap a part of it.
import { expect } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { Finding } from '../../../src/engine/types';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();

export type Recipient = 'client' | 'prospect' | 'internal';
export interface Draft { subject?: string; body: string; to?: Recipient; first?: boolean }

/** `body` inside a client mail's address block, greeting and closing. */
export const mail = (body: string, subject = ''): Draft => ({
  subject,
  body: `株式会社ほくと\n購買部 三浦様\n\nいつもお世話になっております。佐伯です。\n\n${body}\n\n引き続きよろしくお願いいたします。`,
});

/** The body's findings of `category`. */
export const found = (d: Draft, category: string): Finding[] =>
  engine.analyze({
    subject: d.subject ?? '', body: d.body,
    context: { recipient: d.to ?? 'client', firstContact: d.first ?? false, now: '2026-05-11' },
  }).filter((f) => f.category === category && f.field === 'body');

/** The findings of `fs` that overlap `part` of the body (which must be in it). */
export const overlapping = (fs: Finding[], d: Draft, part: string): Finding[] => {
  const at = d.body.indexOf(part);
  expect(at).toBeGreaterThanOrEqual(0);
  return fs.filter((f) => f.start < at + part.length && at < f.end);
};
