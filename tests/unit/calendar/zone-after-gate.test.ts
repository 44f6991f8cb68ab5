// Round 48: the zone label after a time (dates-zones.ts `after`, 32 KB of names) is run only where one of its
// alternatives can open (afterMayOpen). The gate must never refuse a position where the pattern matches: checked on
// every name the pattern holds, written after a time in each of the ways the pattern reads it, at every position.
import { describe, expect, it } from 'vitest';
import { afterMayOpen, zoneAfter, zoneAfterPattern, zoneAtEnd } from '../../../src/engine/analysis/dates-zones';

/** The names inside the pattern's alternations (letters, spaces, dots, apostrophes and hyphens between bars). */
function namesInPattern(): string[] {
  const names = new Set<string>();
  for (const part of zoneAfterPattern().source.split(/[|()]/)) {
    const name = part.replace(/\\(.)/g, '$1').replace(/^[?:]+/, '');
    if (/^[\p{L}][\p{L} .'’-]*$/u.test(name)) names.add(name);
  }
  return [...names];
}

describe('the zone label after a time, run only where it can open', () => {
  const names = namesInPattern();

  it('reads hundreds of names from the pattern', () => {
    expect(names.length).toBeGreaterThan(300);
    expect(names).toContain('JST');
    expect(names).toContain('Tokyo');
  });

  it('never refuses a position where the pattern matches', () => {
    const frames = (n: string) => [` ${n}`, ` (${n})`, `（${n}）`, ` ${n} time`, ` (${n} Time)`, ` in ${n}`, ` ${n} (GMT-3)`, ` ${n}.`, `${n}時間`, ` India (${n})`,
      `  ( ${n} time)`, ` 中央ヨーロッパ夏時間 ${n}`];
    const head = ['10:00', '3 pm', 'now', '9.30'];
    let matched = 0;
    let refused = 0;
    for (const name of names) {
      for (const frame of frames(name)) {
        const text = head[matched % head.length] + frame + ' on Monday';
        for (let i = 0; i < text.length; i++) {
          const m = zoneAfterPattern().exec(text.slice(i));
          const may = afterMayOpen(text, i);
          if (m) {
            matched++;
            expect(may, `${JSON.stringify(text)} at ${i}`).toBe(true);
          } else if (!may) refused++;
        }
      }
    }
    expect(matched).toBeGreaterThan(1000);
    // The gate does refuse: most positions of these texts open no name.
    expect(refused).toBeGreaterThan(matched);
  });

  it('refuses what follows the commonest English time phrase, and reads labels as before', () => {
    expect(afterMayOpen('now', 0)).toBe(false);
    expect(afterMayOpen(' 6 weeks.', 0)).toBe(false);
    expect(afterMayOpen(', we will', 0)).toBe(false);
    expect(afterMayOpen(' (Tokyo time)', 0)).toBe(true);
    expect(zoneAfter(' (Tokyo time)')?.[1]).toBe('Tokyo time');
    expect(zoneAfter(' we meet')).toBeNull();
    expect(zoneAtEnd('now')).toBeNull();
    expect(zoneAtEnd('10:00 Nairobi time')).toBe('Nairobi time');
    expect(zoneAtEnd('3:00 PM (Pacific Time)')).toBe('Pacific Time');
  });
});
