// Calendar editors: a person preparing an invitation in faithful local copies of Google Calendar's event page
// and quick-create dialog and of Outlook on the web's event form. The date/time fields are checked as the
// draft's `when`; a finding there shows a card beside the date field; Apply types the suggested slot into the
// editor's own inputs and Undo puts the original back; Save / Send asks first while the finding remains.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/build.mjs';
import { assert, waitFor } from './lib/expect.mjs';
import { allHighlighted, highlights } from './lib/mail.mjs';
import { test } from './lib/runner.mjs';

const GCAL_EDIT = 'https://calendar.google.com/calendar/u/0/r/eventedit';
const GCAL_WEEK = 'https://calendar.google.com/calendar/u/0/r/week';
const OUTLOOK_CAL = 'https://outlook.office.com/calendar/deeplink/compose';
const GUEST = { name: '佐藤 健二', email: 'kenji.sato@sakura-trading.co.jp' };

/** Our calendar UI layer (Outlook's hosts also carry the mail client's layer). */
const layer = (client) => `nemawashi-ui[data-calendar="${client}"]`;

/** A seller in Tokyo: the browser's zone is what the quick-create dialog (which shows none) is read in. */
async function open(t, url, ready) {
  const page = await t.page();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Asia/Tokyo' });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await waitFor(() => page.evaluate((name) => !!window[name], ready), `the ${ready} copy to start`);
  return page;
}

/** The card of a calendar finding, once shown by itself beside the date fields. */
async function whenCard(page, client) {
  const card = page.locator(`${layer(client)} .card`);
  await card.waitFor({ state: 'visible', timeout: 30000 });
  const rule = await card.getAttribute('data-rule');
  assert.match(rule, /^any\.calendar\./);
  return card;
}

/** After the card was shown once, a click on the marked date field opens it again. */
async function cardFromDate(page, client, dateSelector) {
  await waitFor(() => page.evaluate((sel) => (document.querySelector(sel)?.shadowRoot?.querySelectorAll('.underline').length ?? 0) > 0, layer(client)), 'the date fields to be marked again');
  await page.locator(dateSelector).first().click();
  return whenCard(page, client);
}

/** The card sits right under (or above) the start date field. */
async function assertBesideDate(page, card, dateSelector) {
  const c = await card.boundingBox();
  const d = await page.locator(dateSelector).first().boundingBox();
  assert.ok(Math.abs(c.x - d.x) < 40, `card left ${c.x} vs date field ${d.x}`);
  // Under the date/time fields (which may wrap onto a second line) or above them.
  assert.ok((c.y >= d.y + d.height && c.y - (d.y + d.height) < 100) || Math.abs(c.y + c.height - d.y) < 40, `card top ${c.y} vs date field ${d.y}`);
}

test('gcal: an event on a Japanese public holiday is flagged from the date field; Save asks; Apply and Undo', async (t) => {
  const page = await open(t, GCAL_EDIT, 'fakeGcal');
  await page.evaluate(
    (guest) => window.fakeGcal.edit({ title: 'お打ち合わせ（サクラ商事様）', description: '新システム導入についてご相談させてください。', start: '2027-02-11T14:00', end: '2027-02-11T15:00', guests: [guest] }),
    GUEST,
  );
  const before = await page.evaluate(() => window.fakeGcal.fields());
  assert.equal(before.startDate, 'Feb 11, 2027');
  const card = await whenCard(page, 'gcal');
  await assertBesideDate(page, card, '#xStDaIn');
  assert.match(await card.locator('.message').innerText(), /February 11|Feb 11|2月11日/);
  // Shown, not changed: the fields are exactly as the person left them.
  assert.deepEqual(await page.evaluate(() => window.fakeGcal.fields()), before);
  // The date fields carry a drawn mark.
  assert.ok((await page.locator(`${layer('gcal')} .underline`).count()) > 0, 'a mark under the date fields');

  // Save asks first; nothing is saved until the person decides.
  await page.locator(`${layer('gcal')} .card button[aria-label="Close"], ${layer('gcal')} .card header button:last-child`).first().click();
  await page.click('#xSaveBu');
  const confirm = page.locator(`${layer('gcal')} .confirm`);
  await confirm.waitFor({ state: 'visible', timeout: 10000 });
  assert.equal(await page.evaluate(() => window.fakeGcal.saved.length), 0);
  await confirm.locator('.review').click();
  const reviewed = await whenCard(page, 'gcal');

  // Apply the first suggestion: the fields show the new day; the times stay.
  const suggestion = reviewed.locator('.suggestion').first();
  await suggestion.click();
  const after = await waitFor(async () => {
    const f = await page.evaluate(() => window.fakeGcal.fields());
    return f.startDate !== before.startDate && f;
  }, 'the date fields to change');
  assert.notEqual(after.dataDate, before.dataDate);
  assert.equal(after.startTime, before.startTime);
  assert.equal(after.endTime, before.endTime);
  assert.equal(after.endDate, after.startDate);
  // The page took the typed value through its own parser (data-date follows the shown date).
  const shown = new Date(`${after.startDate} UTC`);
  assert.equal(after.dataDate, `${shown.getUTCFullYear()}${String(shown.getUTCMonth() + 1).padStart(2, '0')}${String(shown.getUTCDate()).padStart(2, '0')}`);

  // Undo puts the original back, through the same path.
  await page.locator('nemawashi-calendar-notice .undo').click();
  await waitFor(async () => JSON.stringify(await page.evaluate(() => window.fakeGcal.fields())) === JSON.stringify(before), 'Undo to restore the fields');
  // The holiday is flagged again; "Save anyway" saves the event as it is.
  await cardFromDate(page, 'gcal', '#xStDaIn');
  await page.keyboard.press('Escape');
  await page.click('#xSaveBu');
  await confirm.waitFor({ state: 'visible', timeout: 10000 });
  await confirm.locator('.send-anyway').click();
  await waitFor(() => page.evaluate(() => window.fakeGcal.saved.length === 1), 'the event to be saved');
  const saved = await page.evaluate(() => window.fakeGcal.saved[0]);
  assert.equal(saved.start, '20270211');
  assert.equal(saved.description, '新システム導入についてご相談させてください。');
});

test('gcal: the quick-create dialog is checked too, and a working day stays clean', async (t) => {
  const page = await open(t, GCAL_WEEK, 'fakeGcal');
  await page.evaluate(() => window.fakeGcal.quick({ title: 'Kickoff', description: 'Kickoff with Sakura Trading.', start: '2027-02-09T10:00', end: '2027-02-09T11:00' }));
  // Checked (the badge says clean) and no card.
  await waitFor(() => page.evaluate((sel) => !!document.querySelector(sel)?.shadowRoot?.querySelector('.badge.clean'), layer('gcal')), 'the clean badge');
  assert.equal(await page.locator(`${layer('gcal')} .card`).count(), 0);
  // Moving it to the Emperor's Birthday (February 23) is flagged from the field.
  await page.locator('input[aria-label="Start date"]').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('February 23, 2027');
  await page.keyboard.press('Enter');
  const card = await whenCard(page, 'gcal');
  await assertBesideDate(page, card, 'input[aria-label="Start date"]');
});

test('outlook calendar: an invitation at 20:00 Tokyo time is flagged from the fields; Send asks; Apply and Undo', async (t) => {
  const page = await open(t, OUTLOOK_CAL, 'fakeOutlookCalendar');
  await page.evaluate(
    (guest) => window.fakeOutlookCalendar.fill({ title: 'Quarterly review', paragraphs: ['佐藤様', '', 'いつもお世話になっております。', '四半期レビューのお時間をいただけますと幸いです。', '当日は弊社より営業部長の高橋と担当の松本が参加いたします。'], start: '2027-06-10T20:00', end: '2027-06-10T21:00', attendees: [guest] }),
    GUEST,
  );
  const before = await page.evaluate(() => window.fakeOutlookCalendar.fields());
  assert.deepEqual(before, { startDate: 'Thu 6/10/2027', startTime: '8:00 PM', endTime: '9:00 PM', endDate: 'Thu 6/10/2027' });
  const card = await whenCard(page, 'outlook-calendar');
  await assertBesideDate(page, card, 'input[aria-label="Start date"]');
  assert.match(await card.locator('.message').innerText(), /business hours|営業時間/);
  assert.deepEqual(await page.evaluate(() => window.fakeOutlookCalendar.fields()), before);
  // The mail client's checker leaves the event form alone: one layer draws, the mail one has no badge.
  assert.equal(await page.evaluate(() => document.querySelector('nemawashi-ui:not([data-calendar])')?.shadowRoot?.querySelectorAll('.badge').length ?? 0), 0);

  // Send asks first.
  await page.keyboard.press('Escape');
  await page.click('button[aria-label="Send"]');
  const confirm = page.locator(`${layer('outlook-calendar')} .confirm`);
  await confirm.waitFor({ state: 'visible', timeout: 10000 });
  assert.equal(await page.evaluate(() => window.fakeOutlookCalendar.sent.length), 0);
  await confirm.locator('.review').click();
  const reviewed = await whenCard(page, 'outlook-calendar');
  const suggestion = reviewed.locator('.suggestion').first();
  const promised = await suggestion.locator('.text').innerText();
  await suggestion.click();
  const after = await waitFor(async () => {
    const f = await page.evaluate(() => window.fakeOutlookCalendar.fields());
    return f.startTime !== before.startTime && f;
  }, 'the time fields to change');
  // The fields now say what the suggestion said, typed in Outlook's own format, and the hour is in business hours.
  assert.equal(promised, `${after.startDate} ${after.startTime} – ${after.endTime}`);
  assert.equal(after.startDate, before.startDate);
  const hour = (t) => (Number(t.split(':')[0]) % 12) + (/PM/.test(t) ? 12 : 0);
  assert.ok(hour(after.startTime) >= 9 && hour(after.endTime) <= 18, JSON.stringify(after));
  // Undo puts the original back; applied again, the slot is in business hours and Send goes straight through.
  await page.locator('nemawashi-calendar-notice .undo').click();
  await waitFor(async () => JSON.stringify(await page.evaluate(() => window.fakeOutlookCalendar.fields())) === JSON.stringify(before), 'Undo to restore the fields');
  const again = await cardFromDate(page, 'outlook-calendar', 'input[aria-label="Start date"]');
  await again.locator('.suggestion').first().click();
  await waitFor(async () => JSON.stringify(await page.evaluate(() => window.fakeOutlookCalendar.fields())) === JSON.stringify(after), 'the slot applied again');
  await waitFor(() => page.evaluate((sel) => !!document.querySelector(sel)?.shadowRoot?.querySelector('.badge.clean'), layer('outlook-calendar')), 'the form to be checked clean', { timeoutMs: 20000 }).catch(async (e) => {
    throw new Error(`${e.message}; findings: ${await page.evaluate((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.badge')?.title, layer('outlook-calendar'))}; highlighted: ${JSON.stringify(await highlights(page))}`);
  });
  await page.click('button[aria-label="Send"]');
  await waitFor(() => page.evaluate(() => window.fakeOutlookCalendar.sent.length === 1), 'the invitation to be sent without a question');
  assert.equal(await confirm.count(), 0);
  const sent = await page.evaluate(() => window.fakeOutlookCalendar.sent[0]);
  assert.equal(sent.start, `${after.startDate} ${after.startTime}`);
  assert.equal(sent.body.replace(/\n+/g, '\n'), '佐藤様\nいつもお世話になっております。\n四半期レビューのお時間をいただけますと幸いです。\n当日は弊社より営業部長の高橋と担当の松本が参加いたします。');
});

test('outlook calendar: an invitation in the seller\'s Pacific time that lands at night in Tokyo is flagged; Apply keeps Pacific time; Undo', async (t) => {
  const page = await open(t, OUTLOOK_CAL, 'fakeOutlookCalendar');
  // Tuesday 9:00 PDT is Wednesday 1:00 in Tokyo.
  await page.evaluate(
    (guest) => window.fakeOutlookCalendar.fill({ title: 'Roadmap call', zone: '(UTC-08:00) Pacific Time (US & Canada)', paragraphs: ['Dear Mr. Sato,', '', 'Thank you for your time on the roadmap.', 'Our product lead, Dana Wu, will join me.'], start: '2027-06-08T09:00', end: '2027-06-08T10:00', attendees: [guest] }),
    GUEST,
  );
  const before = await page.evaluate(() => window.fakeOutlookCalendar.fields());
  assert.deepEqual(before, { startDate: 'Tue 6/8/2027', startTime: '9:00 AM', endTime: '10:00 AM', endDate: 'Tue 6/8/2027' });
  const card = await whenCard(page, 'outlook-calendar');
  assert.match(await card.locator('.message').innerText(), /business hours|営業時間/);
  assert.deepEqual(await page.evaluate(() => window.fakeOutlookCalendar.fields()), before, 'shown, not changed');

  await card.locator('.suggestion').first().click();
  const after = await waitFor(async () => {
    const f = await page.evaluate(() => window.fakeOutlookCalendar.fields());
    return f.startTime !== before.startTime && f;
  }, 'the time fields to change');
  // Still written in Pacific time (PDT, UTC−7): the new start is within 9:00–18:00 in Tokyo (UTC+9).
  const hour = (s) => (Number(s.split(':')[0]) % 12) + (/PM/.test(s) ? 12 : 0);
  const tokyo = (hour(after.startTime) + 16) % 24;
  assert.ok(tokyo >= 9 && tokyo < 18, `${after.startDate} ${after.startTime} PDT is ${tokyo}:00 in Tokyo`);
  assert.ok(hour(after.startTime) >= 7 && hour(after.startTime) < 20, 'a working hour for the seller too');
  assert.equal(await page.evaluate(() => document.querySelector('.tz').textContent), '(UTC-08:00) Pacific Time (US & Canada)');

  await page.locator('nemawashi-calendar-notice .undo').click();
  await waitFor(async () => JSON.stringify(await page.evaluate(() => window.fakeOutlookCalendar.fields())) === JSON.stringify(before), 'Undo to restore the fields');
  // Send asks while the finding is there (once the restored slot is checked and marked again).
  await waitFor(() => page.evaluate((sel) => (document.querySelector(sel)?.shadowRoot?.querySelectorAll('.underline').length ?? 0) > 0, layer('outlook-calendar')), 'the date fields to be marked again');
  const sentEarly = await page.evaluate(() => window.fakeOutlookCalendar.sent.length);
  assert.equal(sentEarly, 0);
  await page.click('button[aria-label="Send"]');
  await page.locator(`${layer('outlook-calendar')} .confirm`).waitFor({ state: 'visible', timeout: 10000 });
  assert.equal(await page.evaluate(() => window.fakeOutlookCalendar.sent.length), 0);
});

test('outlook calendar: the body is underlined like a compose window', async (t) => {
  const page = await open(t, OUTLOOK_CAL, 'fakeOutlookCalendar');
  await page.evaluate(() => window.fakeOutlookCalendar.fill({ title: 'お打ち合わせ', paragraphs: ['佐藤様', '', '御社のご要望、了解しました。'], start: '2027-06-10T14:00', end: '2027-06-10T15:00' }));
  await waitFor(async () => allHighlighted(await highlights(page)).includes('御社'), 'a highlight on 御社 in the event body');
  assert.equal(await page.locator(`${layer('outlook-calendar')} .card`).count(), 0, 'no date card for a slot in business hours');
});

// Screenshots of both editors with a finding on the date, for a person to look at.
const SHOTS = process.env.NEMAWASHI_SCREENSHOTS_DIR ?? join(ROOT, '.output', 'screenshots');

test('calendar screenshots: Google Calendar and Outlook with a finding on the date', async (t) => {
  mkdirSync(SHOTS, { recursive: true });
  const gcalPage = await open(t, GCAL_EDIT, 'fakeGcal');
  await gcalPage.setViewportSize({ width: 1280, height: 760 });
  await gcalPage.evaluate(
    (guest) => window.fakeGcal.edit({ title: 'お打ち合わせ（サクラ商事様）', description: '新システム導入についてご相談させてください。', start: '2027-02-11T14:00', end: '2027-02-11T15:00', guests: [guest] }),
    GUEST,
  );
  await whenCard(gcalPage, 'gcal');
  await gcalPage.screenshot({ path: join(SHOTS, 'calendar-gcal-holiday.png') });
  const outlookPage = await open(t, OUTLOOK_CAL, 'fakeOutlookCalendar');
  await outlookPage.setViewportSize({ width: 1280, height: 760 });
  await outlookPage.evaluate(
    (guest) => window.fakeOutlookCalendar.fill({ title: 'Quarterly review', paragraphs: ['佐藤様', '', 'いつもお世話になっております。', '四半期レビューのお時間をいただけますと幸いです。'], start: '2027-06-10T20:00', end: '2027-06-10T21:00', attendees: [guest] }),
    GUEST,
  );
  await whenCard(outlookPage, 'outlook-calendar');
  await outlookPage.screenshot({ path: join(SHOTS, 'calendar-outlook-after-hours.png') });
});
