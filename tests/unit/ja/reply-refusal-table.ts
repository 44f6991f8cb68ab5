// The harness the Japanese reply-refusal class files of rounds 36 and 37 share (classes-r36-refusal, classes-r37-refusal;
// each had its own copy): a case is [subject, the middle of a mail to a client, the quote a refusal must overlap], read
// by every rule as a reply to 株式会社ミドリ精工 on 2026-05-01.
import { expect } from 'vitest';
import { applySuggestion } from '../../../src/engine/apply';
import { nodeEngine } from '../node-engine';

export type Case = [subject: string, middle: string, quote?: string];

export const mail = (middle: string) =>
  `株式会社ミドリ精工\n購買部 石川様\n\nいつもお世話になっております。\n東栄産業の村上です。\n\n${middle}\n\n何卒よろしくお願いいたします。\n\n東栄産業株式会社　村上`;

export const engine = nodeEngine();
export const input = ([subject, middle]: Case) =>
  ({ subject, body: mail(middle), context: { recipient: 'client' as const, firstContact: false, now: '2026-05-01' } });
export const refusals = (c: Case) => engine.analyze(input(c)).filter((f) => f.category === 'blunt-refusal');
export const name = (c: Case) => `${c[0]} | ${c[1].replace(/\n/g, ' ⏎ ')}`;

/** A refusal finding of the body overlaps the case's quote. */
export function flags(c: Case) {
  const body = mail(c[1]);
  const at = body.lastIndexOf(c[2]!);
  expect(at).toBeGreaterThanOrEqual(0);
  const found = refusals(c);
  const over = found.filter((f) => f.field === 'body' && f.start < at + c[2]!.length && at < f.end);
  expect(over.length, found.map((f) => `${f.ruleId}: ${body.slice(f.start, f.end)}`).join('\n')).toBeGreaterThan(0);
}
/** No refusal at all. */
export function leaves(c: Case) {
  const body = mail(c[1]);
  expect(refusals(c).map((f) => `${f.ruleId}: ${body.slice(f.start, f.end)}`)).toEqual([]);
}
/** The body after applying the first suggestion of the refusal overlapping the quote. */
export function rewritten(c: Case): string {
  const body = mail(c[1]);
  const at = body.lastIndexOf(c[2]!);
  const f = refusals(c).find((x) => x.start < at + c[2]!.length && at < x.end)!;
  return applySuggestion(body, f, 0);
}
/** The `from`-th case whose quote is `quote`. */
export const find = (cases: Case[], quote: string, from = 0) => cases.filter((c) => c[2] === quote)[from]!;
