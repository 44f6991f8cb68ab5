import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asciiDigits, figureValue, fullWidthDigits } from '../../../src/engine/analysis/figures';

describe('figures: one reading of a written number for every analysis', () => {
  it('reads full-width and ASCII digits, separators of either width, and either decimal point', () => {
    expect(figureValue('１，２００')).toBe(1200);
    expect(figureValue('1,200')).toBe(1200);
    expect(figureValue('１２.５')).toBe(12.5);
    expect(figureValue('２．６')).toBe(2.6);
    expect(figureValue('30')).toBe(30);
  });

  it('gives NaN, not a wrong number, for what is no figure', () => {
    expect(figureValue('三十')).toBeNaN();
    expect(figureValue('1.2.3')).toBeNaN();
  });

  it('keeps the length of the text, so offsets into it stay offsets into the draft', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(asciiDigits(s)).toHaveLength(s.length);
        expect(fullWidthDigits(s)).toHaveLength(s.length);
      }),
    );
  });

  it('turns digits round the full width and back unchanged', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,12}$/), (s) => {
        expect(asciiDigits(fullWidthDigits(s))).toBe(s);
      }),
    );
    expect(fullWidthDigits('3月19日')).toBe('３月１９日');
  });
});
