// The recipient control's memory: what the person chose for a thread (recipient kind, first contact),
// kept on this device in local storage under the client and the subject without Re:/Fwd:.
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { RecipientSchema } from '../../engine/types';

export const RelationshipSchema = z.object({
  recipient: RecipientSchema.optional(),
  firstContact: z.boolean().optional(),
  /** When it was chosen (ms since the epoch): the oldest choices are dropped first. */
  at: z.number(),
});
export type Relationship = z.infer<typeof RelationshipSchema>;
export type RelationshipChoice = Omit<Relationship, 'at'>;

const MAX_THREADS = 300;

export const relationshipsItem = storage.defineItem<unknown>('local:relationships', { fallback: {} });

/** The key a thread's choice is remembered under; null when the thread has no subject yet. */
export function threadKey(client: string, subject: string): string | null {
  let s = subject.normalize('NFKC').trim();
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/^(?:re|fwd?|aw|wg|tr|返信|転送)\s*[:：]\s*/i, '');
  }
  s = s.replace(/\s+/g, ' ').toLowerCase();
  return s ? `${client}:${s}` : null;
}

/** Valid entries of whatever is stored (another version may have written it); the rest is dropped. */
export function readRelationships(raw: unknown): Record<string, Relationship> {
  const out: Record<string, Relationship> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [key, value] of Object.entries(raw)) {
    const parsed = RelationshipSchema.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}

/** Adds a choice, keeping the most recent `max` threads. */
export function withRelationship(all: Record<string, Relationship>, key: string, choice: RelationshipChoice, now: number, max = MAX_THREADS): Record<string, Relationship> {
  const next = { ...all, [key]: { ...choice, at: now } };
  return Object.fromEntries(Object.entries(next).sort(([, a], [, b]) => b.at - a.at).slice(0, max));
}

export async function loadRelationship(key: string): Promise<Relationship | null> {
  try {
    return readRelationships(await relationshipsItem.getValue())[key] ?? null;
  } catch {
    return null;
  }
}

export async function saveRelationship(key: string, choice: RelationshipChoice): Promise<void> {
  try {
    await relationshipsItem.setValue(withRelationship(readRelationships(await relationshipsItem.getValue()), key, choice, Date.now()));
  } catch {
    // Storage unavailable (the extension reloading): the choice still holds for this compose window.
  }
}
