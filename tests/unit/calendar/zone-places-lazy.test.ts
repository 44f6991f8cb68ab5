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

  // Round 45: zoneAtEnd runs the pattern sticky at each position instead of anchored on a slice: the same labels.
  it('reads a label at the end as the anchored pattern does on each slice', async () => {
    const zones = await import('../../../src/engine/analysis/dates-zones');
    const sliced = (text: string): string | null => {
      for (let i = Math.max(0, text.length - 40); i < text.length; i++) {
        if (i > 0 && /\p{L}/u.test(text[i - 1]!) && /\p{L}/u.test(text[i]!)) continue;
        const m = zones.zoneAfterPattern().exec(text.slice(i));
        if (m && i + m[0].length === text.length) return m[1]!;
      }
      return null;
    };
    const texts = ['10:00 JST', '3:00 PM (Pacific Time)', '10am UTC+9', '9:00 (WET)', '14:00 (ICT)', '10:00 Tokyo time', '18:00 Tegucigalpa',
      '09:00 Paramaribo (GMT-3)', '10:00 your time', '15時（タラワ時間 UTC+12）', '10:00 日本時間', '4 pm Eastern', '4 pm Eastern European',
      '9:00 in Singapore', '10:00 Lunch time', '11:00 CET.', 'at 10:00 in London (BST)', '10:00', 'JST', ' (Tokyo time)'];
    let found = 0;
    for (const t of texts) for (let k = 1; k <= t.length; k++) {
      const s = t.slice(0, k);
      const want = sliced(s);
      if (want) found++;
      expect(zones.zoneAtEnd(s), s).toBe(want);
    }
    expect(found).toBeGreaterThan(15);
  });
});
