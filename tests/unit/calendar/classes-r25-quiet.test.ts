// Round 25 (quiet): the writer's own clock given on a line of its own beside the client's — a place that labels its
// line ("Mexico City: Tuesday 10 March, 19:00–20:30", "- Berlin: 11:00") or a Japanese zone made the topic
// (「※メキシコ時間では９月９日（水）１９：００〜２０：３０となります」「現地時間だと…」) — is that place's clock
// (src/engine/analysis/dates-zones.ts zoneBefore): a slot inside Tokyo's working day said again, not a night meeting.
// Positives: the Tokyo line itself at night, a place line whose time is at night in Tokyo, a Tokyo-labelled line.
import { describe } from 'vitest';
import { run } from './case-table';

const now = '2026-03-02';
const invite = (lines: string) => `Dear Murakami-san,\n\nPlease find the details of our online meeting below.\n\n${lines}\nFormat: Microsoft Teams\n\nKind regards,\nAlejandro Ramírez`;
const ja = (lines: string) => `株式会社日向工業\n調達部 村上様\n\nいつもお世話になっております。\n\n定例会議を下記の通りご案内いたします。\n\n${lines}\n形式：オンライン（Zoom）\n\nよろしくお願いいたします。`;

describe('the writer\'s own clock on its own line beside a Tokyo slot stays clean', () => {
  run([
    { now, kind: 'meeting-invite', body: invite('Tokyo: Wednesday 11 March, 10:00–11:30 (JST)\nMexico City: Tuesday 10 March, 19:00–20:30'), expect: [] },
    { now, kind: 'meeting-invite', body: invite('Date: Thursday 12 March, 16:00–17:00 JST\nLondon: Thursday 12 March, 07:00–08:00'), expect: [] },
    { now, kind: 'meeting-invite', body: invite('Date: Thursday 12 March, 9:30–10:30 JST\n- Los Angeles: Wednesday 11 March, 17:30–18:30'), expect: [] },
    { now, kind: 'meeting-invite', body: invite('Time: Tuesday 17 March, 15:00 JST\n- In Lisbon: Tuesday 17 March, 06:00'), expect: [] },
    { now, kind: 'meeting-invite', body: ja('日時：2026年3月11日（水）10:00〜11:30（日本時間）\n※メキシコ時間では3月10日（火）19:00〜20:30となります'), expect: [] },
    { now, kind: 'meeting-invite', body: ja('日時：３月１２日（木）１６：００〜１７：００（日本時間）\n※ドイツ時間では３月１２日（木）８：００〜９：００です'), expect: [] },
    { now, kind: 'meeting-invite', body: ja('日時：3月13日（金）9:00〜10:00（日本時間）\n（ニューヨーク時間だと3月12日（木）20:00〜21:00）'), expect: [] },
    { now, kind: 'meeting-invite', body: ja('日時：3月16日（月）17:00〜18:00（日本時間）\nシンガポール時間ですと3月16日（月）16:00〜17:00となります。'), expect: [] },
    { now, kind: 'meeting-invite', body: invite('Tokyo: Monday 16 March, 10:00\nSão Paulo: Sunday 15 March, 22:00'), expect: [] },
  ]);
});

describe('positives: a night slot for Tokyo stays flagged, whichever line says it', () => {
  run([
    { now, kind: 'meeting-invite', body: invite('Tokyo: Wednesday 11 March, 20:00–21:00 (JST)\nMexico City: Wednesday 11 March, 05:00–06:00'), expect: [['outside-business-hours', 'Wednesday 11 March, 20:00–21:00 (JST)'], ['outside-business-hours', 'Wednesday 11 March, 05:00–06:00']] },
    { now, kind: 'meeting-invite', body: invite('Mexico City: Wednesday 11 March, 10:00–11:00'), expect: [['outside-business-hours', 'Wednesday 11 March, 10:00–11:00']] },
    { now, kind: 'meeting-invite', body: invite('Tokyo: Wednesday 11 March, 19:00–20:00'), expect: [['outside-business-hours', 'Wednesday 11 March, 19:00–20:00']] },
    { now, kind: 'meeting-invite', body: ja('日時：3月11日（水）20:00〜21:00\n※ドイツ時間では3月11日（水）12:00〜13:00となります'), expect: [['outside-business-hours', '3月11日（水）20:00〜21:00'], ['outside-business-hours', '3月11日（水）12:00〜13:00']] },
    // Without 日本時間 too, the gloss line keeps the bare slot on Tokyo's clock: a morning slot stays clean.
    { now, kind: 'meeting-invite', body: ja('日時：3月11日（水）10:00〜11:00\n※ドイツ時間では3月11日（水）2:00〜3:00となります'), expect: [] },
    { now, kind: 'meeting-invite', body: ja('日時：3月11日（水）19:00〜20:00（日本時間）'), expect: [['outside-business-hours', '3月11日（水）19:00〜20:00（日本時間）']] },
  ]);
});
