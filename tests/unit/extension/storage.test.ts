import { beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(() => import('./fake-browser'));
const { effectivePolicy, loadEffectivePolicy, policyItem, readManagedPolicy } = await import('../../../src/extension/storage');
const { PolicySource } = await import('../../../src/extension/policy-source');
const { DEFAULT_POLICY } = await import('../../../src/policy/schema');

beforeEach(() => fakeBrowser.reset());

describe('stored policy', () => {
  it('falls back to the defaults when nothing is stored', async () => {
    const loaded = await loadEffectivePolicy();
    expect(loaded).toEqual({ policy: DEFAULT_POLICY, managedKeys: [], notice: null });
  });

  it('reads what the options page saved', async () => {
    await policyItem.setValue({ ...DEFAULT_POLICY, internalDomains: ['example.co.jp'], allow: ['ACME'] });
    const { policy, notice } = await loadEffectivePolicy();
    expect(policy.internalDomains).toEqual(['example.co.jp']);
    expect(policy.allow).toEqual(['ACME']);
    expect(notice).toBeNull();
  });

  it('uses the defaults with a notice naming the field when the stored policy is invalid', async () => {
    await fakeBrowser.storage.sync.set({ policy: { internalDomains: ['not a domain'] } });
    const { policy, notice } = await loadEffectivePolicy();
    expect(policy).toEqual(DEFAULT_POLICY);
    expect(notice).toMatch(/internalDomains\.0/);
  });

  it('migrates an unversioned stored policy', async () => {
    await fakeBrowser.storage.sync.set({ policy: { domains: ['example.co.jp'] } });
    expect((await loadEffectivePolicy()).policy.internalDomains).toEqual(['example.co.jp']);
  });
});

describe('managed policy', () => {
  it('wins over the user policy for the keys it sets, and those keys are reported locked', async () => {
    await policyItem.setValue({ ...DEFAULT_POLICY, confirmBeforeSend: false, allow: ['ACME'], rules: { 'a.b.c': 'info' } });
    await fakeBrowser.storage.managed.set({ confirmBeforeSend: true, rules: { 'x.y.z': 'off' } });
    const { policy, managedKeys } = await loadEffectivePolicy();
    expect(policy.confirmBeforeSend).toBe(true);
    expect(policy.allow).toEqual(['ACME']);
    expect(policy.rules).toEqual({ 'a.b.c': 'info', 'x.y.z': 'off' });
    expect(managedKeys.sort()).toEqual(['confirmBeforeSend', 'rules']);
  });

  it('is ignored with a notice when invalid', () => {
    const result = effectivePolicy(DEFAULT_POLICY, { uiLanguage: 'klingon' });
    expect(result.policy).toEqual(DEFAULT_POLICY);
    expect(result.managedKeys).toEqual([]);
    expect(result.notice).toMatch(/administrator.*uiLanguage/);
  });

  it('reads as absent when the managed area is empty or throws', async () => {
    expect(await readManagedPolicy()).toBeUndefined();
    const spy = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('no manifest'));
    expect(await readManagedPolicy()).toBeUndefined();
    spy.mockRestore();
  });
});

describe('policy source', () => {
  it('does not wait for a slow managed read, then applies it and asks for a recheck', async () => {
    let release!: (v: Record<string, unknown>) => void;
    const onLateChange = vi.fn();
    const source = new PolicySource({
      readStored: async () => DEFAULT_POLICY,
      readManaged: () => new Promise((resolve) => (release = resolve)),
      onLateChange,
      managedWaitMs: 5,
    });
    expect((await source.get()).policy.uiLanguage).toBe('auto');
    release({ uiLanguage: 'ja' });
    await vi.waitFor(() => expect(onLateChange).toHaveBeenCalledOnce());
    expect((await source.get()).policy.uiLanguage).toBe('ja');
  });

  it('reads the stored policy again after invalidate', async () => {
    let stored: unknown = DEFAULT_POLICY;
    const source = new PolicySource({ readStored: async () => stored, readManaged: async () => undefined, onLateChange: () => {} });
    expect((await source.get()).policy.allow).toEqual([]);
    stored = { ...DEFAULT_POLICY, allow: ['ACME'] };
    expect((await source.get()).policy.allow).toEqual([]);
    source.invalidate();
    expect((await source.get()).policy.allow).toEqual(['ACME']);
  });
});
