/**
 * Round 30 (r29 au1-050), moved to data in round 31: whether the phrase of "in" / "as" after a denied modal of ours names
 * a FORM of the thing ("in 100 g retail packs", "in Japanese", "as a perpetual licence") — a variant turned down — or a
 * time, the stock or a quantity ("in time", "in July", "in the volumes you need"): how a shortage or a delay is told.
 * The words of the second kind are dictionaries/en/not-a-form.json's classes, each with its own examples.
 */
import { z } from 'zod';
import data from '../../../dictionaries/en/not-a-form.json';
import { bundled, onDemand } from '../../rules/bundled';
import type { EnToken } from './en-parse';

export const NotAFormSchema = onDemand(() => z.object({
  about: z.string(),
  classes: z.array(z.object({
    id: z.enum(['time', 'calendar', 'quantity']),
    role: z.string().min(1),
    words: z.array(z.string().regex(/^[a-z][a-z0-9]*$/)).min(1),
    has: z.array(z.string().min(1)).min(1),
    hasNot: z.array(z.string().min(1)).min(1),
  })).length(3),
}));
export type NotAFormClass = z.output<ReturnType<typeof NotAFormSchema>>['classes'][number]['id'];

const CLASSES = bundled('en/not-a-form', NotAFormSchema, data).classes;
const BY_CLASS = new Map(CLASSES.map((c) => [c.id, new Set(c.words)] as const));
const ANY = new Set(CLASSES.flatMap((c) => c.words));

/** Whether token `t` is a word of time, the calendar or quantity (of one class, when `only` is given). */
export function notAFormWord(t: EnToken, only?: NotAFormClass): boolean {
  return (only === undefined ? ANY : BY_CLASS.get(only)!).has(t.lower);
}
