/**
 * Figures as a Japanese or English draft writes them: ASCII or full-width digits (３０％, 1,200円), thousands
 * separators (, ，), a decimal point (. ．). One reading for every analysis that compares or adds figures, so
 * 「１，２００」 and "1,200" never come out as different numbers in different readers.
 */

/** Full-width digits (０–９) as their ASCII digits; everything else kept as it is (same length). */
export const asciiDigits = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** A written figure's value: digits of either width, separators dropped, a full-width decimal point read as one. */
export const figureValue = (s: string) => Number(asciiDigits(s).replace(/[,，]/g, '').replace('．', '.'));

/** ASCII digits as full-width ones: a suggestion written in the draft's own digits (３月１９日 stays full-width). */
export const fullWidthDigits = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
