import { describe, expect, it } from 'vitest';
import { itemBytes, PolicyStore, splitIntoChunks, SYNC_QUOTAS, type StorageAreaLike, type SyncQuotas } from '../../../src/policy/policy-store';
import { parsePolicy } from '../../../src/policy/parse';

/** A storage area that enforces chrome.storage.sync's quotas the way Chrome does (whole set refused). */
class QuotaArea implements StorageAreaLike {
  data = new Map<string, unknown>();
  writes = 0;
  constructor(private readonly quotas: SyncQuotas | null) {}
  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(wanted.filter((k) => this.data.has(k)).map((k) => [k, structuredClone(this.data.get(k))]));
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.quotas) {
      const next = new Map(this.data);
      for (const [k, v] of Object.entries(items)) {
        if (itemBytes(k, v) > this.quotas.QUOTA_BYTES_PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        next.set(k, v);
      }
      const total = [...next].reduce((n, [k, v]) => n + itemBytes(k, v), 0);
      if (total > this.quotas.QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
      if (next.size > this.quotas.MAX_ITEMS) throw new Error('MAX_ITEMS quota exceeded');
    }
    this.writes++;
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const k of typeof keys === 'string' ? [keys] : keys) this.data.delete(k);
  }
}

/** A valid policy of about `kb` kilobytes of JSON, with Japanese and emoji in it. */
function policyOf(kb: number) {
  const phrases = Array.from({ length: Math.ceil((kb * 1000) / 40) }, (_, i) => `至急のご対応 ${i} 😀 "quoted" \\ ${'x'.repeat(8)}`);
  const r = parsePolicy({ allow: phrases, organisation: { names: ['株式会社ネマワシ'], brands: [] } });
  if (!r.ok) throw new Error(r.error);
  return r.policy;
}

const stores = () => {
  const sync = new QuotaArea(SYNC_QUOTAS);
  const local = new QuotaArea(null);
  let n = 0;
  return { sync, local, store: new PolicyStore(sync, local, SYNC_QUOTAS, () => `s${++n}`) };
};

describe('policy storage within sync quotas', () => {
  it('refuses a large policy written as one item (the fake enforces the quota)', async () => {
    const { sync } = stores();
    await expect(sync.set({ policy: policyOf(20) })).rejects.toThrow(/QUOTA_BYTES_PER_ITEM/);
  });

  it('keeps a small policy as the one plain item it always was', async () => {
    const { sync, store } = stores();
    const policy = policyOf(1);
    expect(await store.write(policy)).toMatchObject({ where: 'sync', chunks: 1 });
    expect(sync.data.get('policy')).toEqual(policy);
    expect(await store.read()).toEqual({ raw: policy, problem: null });
  });

  it('splits a 40 KB policy into chunks under 8 KB each and reads it back whole', async () => {
    const { sync, store } = stores();
    const policy = policyOf(40);
    const outcome = await store.write(policy);
    expect(outcome.where).toBe('sync');
    expect(outcome.where === 'sync' && outcome.chunks).toBeGreaterThan(5);
    for (const [k, v] of sync.data) expect(itemBytes(k, v)).toBeLessThanOrEqual(SYNC_QUOTAS.QUOTA_BYTES_PER_ITEM);
    expect((await store.read()).raw).toEqual(policy);
  });

  it('replaces a chunked policy by a smaller one and leaves no chunks behind', async () => {
    const { sync, store } = stores();
    await store.write(policyOf(40));
    await store.write(policyOf(30));
    const keys = [...sync.data.keys()];
    expect((await store.read()).raw).toEqual(policyOf(30));
    const small = policyOf(1);
    await store.write(small);
    expect([...sync.data.keys()]).toEqual(['policy']);
    expect(keys.length).toBeGreaterThan(1);
    expect((await store.read()).raw).toEqual(small);
  });

  it('saves a policy beyond the sync total on this computer only, and says so', async () => {
    const { sync, local, store } = stores();
    const policy = policyOf(150);
    const outcome = await store.write(policy);
    expect(outcome).toMatchObject({ where: 'local' });
    expect(outcome.where === 'local' && outcome.bytes).toBeGreaterThan(outcome.where === 'local' ? outcome.limit : 0);
    expect(local.data.get('policy')).toEqual(policy);
    expect((await store.read()).raw).toEqual(policy);
    // Back to a small policy: synced again, the local copy gone.
    await store.write(policyOf(1));
    expect(local.data.has('policy')).toBe(false);
    expect([...sync.data.keys()]).toEqual(['policy']);
  });

  it('reads a policy kept on another computer as missing, with the reason', async () => {
    const { local, store } = stores();
    await store.write(policyOf(150));
    local.data.clear();
    expect(await store.read()).toEqual({ raw: undefined, problem: 'elsewhere' });
  });

  it('never reads half a save: missing chunks read as incomplete', async () => {
    const { sync, store } = stores();
    await store.write(policyOf(20));
    const chunk = [...sync.data.keys()].find((k) => k.startsWith('policy#'))!;
    sync.data.delete(chunk);
    expect(await store.read()).toEqual({ raw: undefined, problem: 'incomplete' });
  });

  it('cuts chunks on characters, never inside a surrogate pair', () => {
    const json = JSON.stringify({ a: '😀'.repeat(5000) });
    const chunks = splitIntoChunks(json, 'x', 1024);
    expect(chunks.join('')).toBe(json);
    for (const c of chunks) expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(c)).toBe(false);
  });
});
