import { describe, expect, it, vi } from 'vitest';

await vi.hoisted(() => import('../extension/fake-browser'));
const { loadRelationship, readRelationships, saveRelationship, threadKey, withRelationship } = await import('../../../src/ui/compose/relationships');

describe('recipient choices remembered per thread', () => {
  it('keys a thread by client and subject, whatever Re:/Fwd:/返信: prefixes and widths it has', () => {
    expect(threadKey('gmail', '見積もりの件')).toBe('gmail:見積もりの件');
    expect(threadKey('gmail', 'Re: RE: Fwd: 見積もりの件')).toBe('gmail:見積もりの件');
    expect(threadKey('gmail', '返信：見積もりの件')).toBe('gmail:見積もりの件');
    expect(threadKey('outlook', 'Ｑｕｏｔｅ  for Q1')).toBe('outlook:quote for q1');
    expect(threadKey('gmail', '  ')).toBeNull();
    expect(threadKey('gmail', 'Re: ')).toBeNull();
  });

  it('keeps only valid entries of whatever was stored', () => {
    expect(readRelationships({ a: { recipient: 'internal', at: 1 }, b: { recipient: 'boss', at: 2 }, c: 'x' })).toEqual({ a: { recipient: 'internal', at: 1 } });
    expect(readRelationships(null)).toEqual({});
  });

  it('saves a choice and loads it back', async () => {
    await saveRelationship('gmail:quote', { recipient: 'internal', firstContact: false });
    expect(await loadRelationship('gmail:quote')).toMatchObject({ recipient: 'internal', firstContact: false });
    expect(await loadRelationship('gmail:other')).toBeNull();
  });

  it('keeps the most recent threads when full', () => {
    let all = {};
    for (let i = 0; i < 5; i++) all = withRelationship(all, `t${i}`, { firstContact: false }, i, 3);
    expect(Object.keys(all).sort()).toEqual(['t2', 't3', 't4']);
    all = withRelationship(all, 't2', { recipient: 'prospect' }, 10, 3);
    expect(all).toMatchObject({ t2: { recipient: 'prospect', at: 10 } });
  });
});
