// Round 36 (fp36, issue 9; round 35's gd-031): a time range inside the range of the slot before it on its line is a
// part of that event — 「10:00〜16:00（昼休憩 12:00〜13:00）」, "9:30–16:30 (lunch break 12:00–13:00)", a session of the
// programme — not a meeting of its own over lunch or outside hours. Near misses that must stay flagged: the part
// outside the range it is written beside, a slot of its own over lunch, two slots side by side, a slot on its own line.
import { clean, flag, runFpClass, type FpCase } from './classes-r36-fp-table';

const INV = { kind: 'meeting-invite' as const };
const JA = (head: string) => `${head}\n\n株式会社ミナト\n購買部 田中様\n\nいつもお世話になっております。\n上記のとおり研修をご案内いたします。\n\nよろしくお願いいたします。`;
const EN = (head: string) => `${head}\n\nDear Mr. Tanaka,\n\nPlease find the details of the training above.\n\nKind regards,\nAya Brooks`;

const cases: FpCase[] = [
  clean(JA('日時：2026年7月15日（水）10:00〜16:00（昼休憩 12:00〜13:00）'), INV),
  clean(JA('日時：2026年7月15日（水）9:30〜16:30（休憩 12:00〜13:00）'), INV),
  clean(JA('日時：2026年7月15日（水）10:00〜17:00（うち昼食 12:00〜13:00）'), INV),
  clean(JA('日時：2026年7月15日（水）9:00〜16:00（12:00〜13:00は昼休み）'), INV),
  clean(JA('日時：2026年7月15日（水）10時〜16時（昼休憩12時〜13時）'), INV),
  clean(JA('日時：2026年7月15日（水）10:00〜16:00 ※昼休憩 12:00〜13:00'), INV),
  clean(JA('日時：2026年7月15日（水）10:00〜15:00（実習 12:30〜13:30 を含みます）'), INV),
  clean(JA('日時：2026年7月15日（水）9:30〜17:00（昼食休憩：12:00〜13:00）'), INV),
  clean(EN('When: Wednesday, July 15, 10:00–16:00 JST (lunch break 12:00–13:00)'), INV),
  clean(EN('When: Wednesday, July 15, 9:30–16:30 (break 12:00–13:00)'), INV),
  clean(EN('Date: July 15 (Wed), 10:00-16:00 (lunch 12:00-13:00)'), INV),
  clean(EN('When: Wednesday, July 15, 9:00–17:00 JST, lunch 12:00–13:00 JST'), INV),
  clean(EN('When: Wednesday, July 15, 10am–4pm (lunch 12pm–1pm)'), INV),
  clean(EN('When: Wednesday, July 15, 10:00–16:00 (hands-on session 12:30–13:30)'), INV),
  clean(JA('日時：2026年7月15日（水）・16日（木）各日10:00〜16:00（昼休憩 12:00〜13:00）'), INV),
  clean(JA('日時：2026年7月15日（水）10:00〜16:00（昼休憩 12:00〜13:00、小休憩 14:30〜14:40）'), INV),
  // Near misses.
  flag(JA('日時：2026年7月15日（水）12:00〜13:00'), '12:00〜13:00', INV),
  flag(JA('日時：2026年7月15日（水）10:00〜11:00（懇談 12:00〜13:00）'), '12:00〜13:00', INV),
  flag(JA('日時：2026年7月15日（水）19:00〜20:00'), '19:00〜20:00', INV),
  flag(JA('日時：2026年7月15日（水）10:00〜16:00（延長 18:00〜19:30）'), '18:00〜19:30', INV),
  flag(JA('日時：2026年7月15日（水）12:00〜13:00（昼休憩 12:00〜13:00）'), '12:00〜13:00', INV),
  flag(EN('When: Wednesday, July 15, 12:00–13:00 JST'), '12:00–13:00', INV),
  flag(EN('When: Wednesday, July 15, 10:00–11:00 (Q&A 18:30–19:00)'), '18:30–19:00', INV),
  flag(EN('When: Wednesday, July 15, 19:00–20:00 JST'), '19:00–20:00', INV),
  flag(JA('7月16日（木）12:00〜13:00にお打ち合わせをお願いできますでしょうか。'), '12:00〜13:00'),
  flag(JA('7月16日（木）19時からお打ち合わせをお願いできますでしょうか。'), '19時'),
  flag(JA('日時：2026年7月15日（水）10:00〜16:00\n第2部：2026年7月16日（木）6:00〜7:00'), '6:00〜7:00', INV),
  flag(EN('Could we have a call on Wednesday, July 15 at 12:30 JST?'), '12:30'),
  flag(JA('日時：2026年7月15日（水）8:00〜9:00（準備 8:00〜8:30）'), '8:00〜9:00', INV),
  flag(EN('Could we meet on Wednesday, July 15 from 7:00 to 8:00 (setup 7:00–7:30)?'), '7:00'),
  flag(JA('7月15日（水）の12時から13時に、お打ち合わせをお願いできますでしょうか。'), '12時'),
  flag(EN('Option 1: Wednesday, July 15, 12:00–13:00 JST\nOption 2: Thursday, July 16, 12:00–13:00 JST'), '12:00–13:00', INV),
];

runFpClass('r36 a break inside the range of the slot it is written beside (calendar)', 'calendar', cases, '2026-07-01');
