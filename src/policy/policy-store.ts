// Where the user's policy lives: chrome.storage.sync, whose items may hold 8 KB each (QUOTA_BYTES_PER_ITEM)
// and 100 KB in all (QUOTA_BYTES). A small policy is one item, `policy`, as before. A larger one is split
// into chunks `policy#<save id>#<n>` with a header in `policy` naming them: chunks are written first, the
// header last, old chunks removed after, so a reader never sees half a save. A policy beyond what sync can
// hold is kept in storage.local with a header in sync saying so, and the save says plainly that it will not
// sync. Browser-free: the areas are injected (chrome.storage.* in the extension, fakes with quotas in tests).

export interface StorageAreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface SyncQuotas {
  QUOTA_BYTES: number;
  QUOTA_BYTES_PER_ITEM: number;
  MAX_ITEMS: number;
}

/** chrome.storage.sync's documented quotas. */
export const SYNC_QUOTAS: SyncQuotas = { QUOTA_BYTES: 102_400, QUOTA_BYTES_PER_ITEM: 8192, MAX_ITEMS: 512 };

export const POLICY_KEY = 'policy';
const CHUNK_PREFIX = `${POLICY_KEY}#`;
/** Room left in sync for anything else the extension or the browser keeps there. */
const SYNC_HEADROOM = 4096;

type Header =
  | { $nemawashi: 'chunks'; id: string; count: number; bytes: number }
  | { $nemawashi: 'local'; id: string; bytes: number };

export type SaveOutcome =
  | { where: 'sync'; chunks: number; bytes: number }
  | { where: 'local'; bytes: number; limit: number };

export interface ReadOutcome {
  raw: unknown;
  /** Why the stored policy could not be read whole (a sync still arriving, a policy kept on another computer). */
  problem: 'incomplete' | 'elsewhere' | null;
}

const encoder = new TextEncoder();
/** What Chrome counts for an item: the key and the JSON of the value, in UTF-8 bytes. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

function isHeader(value: unknown): value is Header {
  return !!value && typeof value === 'object' && '$nemawashi' in value;
}

const chunkKey = (id: string, n: number) => `${CHUNK_PREFIX}${id}#${n}`;

/** JSON text cut into pieces whose items stay within the per-item quota (never inside a surrogate pair). */
export function splitIntoChunks(json: string, id: string, perItem: number): string[] {
  const overhead = itemBytes(chunkKey(id, 9999), '') + 8;
  const room = perItem - overhead;
  const chunks: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of json) {
    const cost = encoder.encode(JSON.stringify(ch)).length - 2;
    if (size + cost > room && current) {
      chunks.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += cost;
  }
  if (current || !chunks.length) chunks.push(current);
  return chunks;
}

export class PolicyStore {
  constructor(
    private readonly sync: StorageAreaLike,
    private readonly local: StorageAreaLike,
    private readonly quotas: SyncQuotas = SYNC_QUOTAS,
    private readonly newId: () => string = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 6),
  ) {}

  async read(): Promise<ReadOutcome> {
    const { [POLICY_KEY]: head } = await this.sync.get(POLICY_KEY);
    if (!isHeader(head)) return { raw: head, problem: null };
    if (head.$nemawashi === 'local') {
      const { [POLICY_KEY]: raw } = await this.local.get(POLICY_KEY);
      return raw === undefined ? { raw: undefined, problem: 'elsewhere' } : { raw, problem: null };
    }
    const keys = Array.from({ length: head.count }, (_, n) => chunkKey(head.id, n));
    const got = await this.sync.get(keys);
    if (keys.some((k) => typeof got[k] !== 'string')) return { raw: undefined, problem: 'incomplete' };
    try {
      return { raw: JSON.parse(keys.map((k) => got[k] as string).join('')), problem: null };
    } catch {
      return { raw: undefined, problem: 'incomplete' };
    }
  }

  /** Saves in sync when it fits (one item, or chunks), else on this computer; says which. */
  async write(policy: unknown): Promise<SaveOutcome> {
    const json = JSON.stringify(policy);
    const stale = await this.staleChunkKeys();
    const single = itemBytes(POLICY_KEY, policy);
    if (single <= this.quotas.QUOTA_BYTES_PER_ITEM) {
      await this.sync.set({ [POLICY_KEY]: policy });
      await this.cleanUp(stale, true);
      return { where: 'sync', chunks: 1, bytes: single };
    }
    const id = this.newId();
    const pieces = splitIntoChunks(json, id, this.quotas.QUOTA_BYTES_PER_ITEM);
    const items = Object.fromEntries(pieces.map((p, n) => [chunkKey(id, n), p]));
    const bytes = Object.entries(items).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
    const limit = this.quotas.QUOTA_BYTES - SYNC_HEADROOM;
    if (bytes <= limit && pieces.length + 1 <= this.quotas.MAX_ITEMS) {
      try {
        await this.sync.set(items);
      } catch {
        // The previous save's chunks still count against the total: drop them and try once more.
        await this.sync.remove(stale);
        stale.length = 0;
        await this.sync.set(items);
      }
      await this.sync.set({ [POLICY_KEY]: { $nemawashi: 'chunks', id, count: pieces.length, bytes } satisfies Header });
      await this.cleanUp(stale, true);
      return { where: 'sync', chunks: pieces.length, bytes };
    }
    await this.local.set({ [POLICY_KEY]: policy });
    await this.sync.set({ [POLICY_KEY]: { $nemawashi: 'local', id, bytes } satisfies Header });
    await this.cleanUp(stale, false);
    return { where: 'local', bytes, limit };
  }

  async clear(): Promise<void> {
    await this.sync.remove([POLICY_KEY, ...(await this.staleChunkKeys())]);
    await this.local.remove(POLICY_KEY);
  }

  private async staleChunkKeys(): Promise<string[]> {
    return Object.keys(await this.sync.get(null)).filter((k) => k.startsWith(CHUNK_PREFIX));
  }

  private async cleanUp(stale: string[], dropLocal: boolean): Promise<void> {
    if (stale.length) await this.sync.remove(stale);
    if (dropLocal) await this.local.remove(POLICY_KEY);
  }
}

/** Storage keys whose change means the stored policy may have changed. */
export function isPolicyKey(key: string): boolean {
  return key === POLICY_KEY || key.startsWith(CHUNK_PREFIX);
}
