// Screenshots of the popup (English and Japanese) and of the recipient control, for a person to look at.
// Like screenshots.test.mjs they go to .output/screenshots (NEMAWASHI_SCREENSHOTS_DIR to change it).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/build.mjs';
import { assert, waitFor } from './lib/expect.mjs';
import { badge, bodyOf, highlights, openGmail, openOutlook, setPolicy } from './lib/mail.mjs';
import { test } from './lib/runner.mjs';

const DIR = process.env.NEMAWASHI_SCREENSHOTS_DIR ?? join(ROOT, '.output', 'screenshots');
const SATO = { name: '佐藤 健二', email: 'kenji.sato@sakura-trading.co.jp' };
const LINES = ['佐藤様', '', 'いつもお世話になっております。Nemawashi Demo の山田です。', '御社のご要望、了解しました。', "The on-site training you asked about: No, that's out of scope.", '', 'よろしくお願いいたします。'];
const gmailHtml = (lines) => lines.map((l, i) => (i === 0 ? l : `<div>${l || '<br>'}</div>`)).join('');

async function popupShot(t, name, expectText) {
  const popup = await t.page();
  await popup.setViewportSize({ width: 420, height: 760 });
  await popup.goto(`chrome-extension://${t.extensionId}/popup.html`);
  await popup.locator('.nw-draft .nw-finding').first().waitFor();
  await waitFor(async () => (await popup.locator('.nw-draft .nw-finding').count()) >= 3, 'three findings in the popup');
  assert.match(await popup.locator('.nw-popup').innerText(), expectText);
  mkdirSync(DIR, { recursive: true });
  const path = join(DIR, name);
  await popup.screenshot({ path, fullPage: true });
  t.log('saved', path);
}

test('screenshots: the popup with a draft’s findings (English)', async (t) => {
  const page = await openGmail(t);
  const id = await page.evaluate(([to, html]) => window.fakeGmail.compose({ to: [to], subject: 'お見積もりの件 / Quote for the Q1 rollout', html }), [SATO, gmailHtml(LINES)]);
  await waitFor(async () => (await badge(page, bodyOf(id)))?.count >= 3, 'three findings');
  await page.click(bodyOf(id));
  await popupShot(t, 'popup-en.png', /Copy review/);
});

test('screenshots: the popup in Japanese (by policy)', async (t) => {
  await setPolicy(t.worker, { uiLanguage: 'ja' });
  t.cleanup(() => setPolicy(t.worker, null));
  const page = await openOutlook(t);
  await page.evaluate(([to, paragraphs]) => window.fakeOutlook.newMail({ to: [to], subject: 'お見積もりの件', paragraphs }), [SATO, LINES]);
  await waitFor(async () => (await highlights(page)).warning.includes('御社'), 'the findings');
  await popupShot(t, 'popup-ja.png', /レビューをコピー/);
});

test('screenshots: the recipient control, open, in a Gmail compose window', async (t) => {
  const page = await openGmail(t);
  const id = await page.evaluate(([to, html]) => window.fakeGmail.compose({ to: [to], subject: 'お見積もりの件', html }), [SATO, gmailHtml(LINES)]);
  const composeId = await waitFor(async () => (await badge(page, bodyOf(id)))?.composeId, 'the badge');
  const control = page.locator(`nemawashi-ui .relationship[data-compose-id="${composeId}"]`);
  await control.locator('.relationship-button').click();
  await control.locator('.relationship-menu').waitFor({ state: 'visible' });
  mkdirSync(DIR, { recursive: true });
  const path = join(DIR, 'recipient-control.png');
  await page.screenshot({ path });
  t.log('saved', path);
});
