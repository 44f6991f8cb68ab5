// The places used as zones (dates-zones.ts) are completed, and their patterns built, on first use: importing the
// module reads nothing from Intl (the engine worker's start, before its first answer, paid ~10 ms for it). What
// the readers answer is the same as when the table was complete at import (the patterns were compared source
// for source against main's in round 29).
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('the zone places, completed on first use', () => {
  it('reads no zone list from Intl at import; the first reader completes the table once', async () => {
    vi.resetModules();
    const supported = vi.spyOn(Intl, 'supportedValuesOf');
    const zones = await import('../../../src/engine/analysis/dates-zones');
    expect(supported).not.toHaveBeenCalled();
    // A city only the IANA list names, a place added after it, a hand-written one.
    expect(zones.zoneFromLabel('Nairobi time')).toEqual({ kind: 'iana', zone: 'Africa/Nairobi', label: 'Nairobi time' });
    expect(zones.zoneFromLabel('Portugal time')).toEqual({ kind: 'iana', zone: 'Europe/Lisbon', label: 'Portugal time' });
    expect(zones.zoneFromLabel('東京時間')).toEqual({ kind: 'iana', zone: 'Asia/Tokyo', label: '東京時間' });
    expect(zones.zoneFromLabel('Christmas time')).toBeNull();
    expect(supported).toHaveBeenCalledTimes(1);
    zones.zoneAtEnd('10:00 Lisbon time');
    expect(supported).toHaveBeenCalledTimes(1);
  });

  it('the patterns built from the places read them in every position', async () => {
    const zones = await import('../../../src/engine/analysis/dates-zones');
    expect(zones.zoneAtEnd('10:00 Nairobi time')).toBe('Nairobi time');
    expect(zones.zoneAfterPattern().exec(' (Tokyo time)')?.[1]).toBe('Tokyo time');
    expect(zones.zoneLeadPattern().exec('シンガポール時間14時')?.[1]).toBe('シンガポール時間');
    expect(zones.zoneBefore('日本時間の')).toEqual({ label: '日本時間', index: 0 });
    expect(zones.cityInBracketAfter(' Atlantic (Halifax)')?.zone).toEqual({ kind: 'iana', zone: 'America/Halifax', label: 'Atlantic (Halifax)' });
    expect(zones.placeOpeningBracket('I will join from Tel Aviv (')).toBe('Tel Aviv');
    // The same pattern object each time: built once.
    expect(zones.zoneAfterPattern()).toBe(zones.zoneAfterPattern());
  });
});
