// Round 18 (integration, r18-fp): "Tuesday the 12th" written near a month's end names the next 12th when that one
// is a Tuesday and the nearest is not (a writer looking past the month end), so it is no weekday mismatch; a
// weekday that fits neither the nearest nor the next such day is still one.
import { describe } from 'vitest';
import { run } from './case-table';

// 2026-12-07 is a Monday. 12 Dec 2026 is a Saturday, 12 Jan 2027 a Tuesday; 9 Dec 2026 a Wednesday;
// 15 Dec 2026 a Tuesday, 15 Jan 2027 a Friday; 20 Dec 2026 a Sunday, 20 Jan 2027 a Wednesday.
const dec = '2026-12-07';
const WDM = 'weekday-mismatch';

describe('W1: a weekday with a day of the month reads the nearest or the next month that fits', () => {
  run([
    { now: dec, body: 'If the first week after the holidays is too busy, any day from Tuesday the 12th onwards would also suit us.', expect: [] },
    { now: dec, body: 'Could we meet on Tuesday the 12th at 10:00 at your office?', expect: [] },
    { now: dec, body: 'Would Wednesday the 20th at 14:00 suit you for the review?', expect: [] },
    { now: dec, body: 'Could we meet on Wednesday the 9th at 10:00 at your office?', expect: [] },
    { now: dec, body: 'Could we meet on Tuesday the 15th at 10:00?', expect: [] },
    { now: dec, body: 'Could we meet on Friday the 15th at 10:00?', expect: [] },
    { now: dec, body: 'Could we meet on Thursday the 9th at 10:00 at your office?', expect: [[WDM, 'Thursday the 9th']] },
    { now: dec, body: 'Could we meet on Monday the 15th at 10:00?', expect: [[WDM, 'Monday the 15th']] },
    { now: dec, body: 'Shall we say Thursday the 20th at 11:00 for the visit?', expect: [[WDM, 'Thursday the 20th']] },
  ]);
});
