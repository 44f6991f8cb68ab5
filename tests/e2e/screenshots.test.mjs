// Screenshots of the card on both clients (a person checks them by eye; the test checks the card is really
// on screen over the flagged words first). They go to .output/screenshots, so a test run never rewrites the
// committed pictures; `npm run screenshots` refreshes docs/screenshots/ on purpose.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/build.mjs';
import { assert, waitFor } from './lib/expect.mjs';
import { badge, hoverFinding, openGmail, openOutlook, setPolicy } from './lib/mail.mjs';
import { test } from './lib/runner.mjs';

const DIR = process.env.NEMAWASHI_SCREENSHOTS_DIR ?? join(ROOT, '.output', 'screenshots');
const DRAFT_JA = ['佐藤様', '', 'いつもお世話になっております。Nemawashi Demo の山田です。', '御社のご要望、了解しました。', "The on-site training you asked about: No, that's out of scope.", '', 'よろしくお願いいたします。'];
/** Gmail's shape: a bare first line, then one <div> a line, <div><br></div> when empty. */
const gmailHtml = (lines) => lines.map((l, i) => (i === 0 ? l : `<div>${l || '<br>'}</div>`)).join('');

async function shoot(page, name) {
  mkdirSync(DIR, { recursive: true });
  const path = join(DIR, name);
  await page.screenshot({ path });
  return path;
}

async function cardOver(page, flagged) {
  const card = await hoverFinding(page, flagged);
  // Let the card's position settle (it follows the layout frame after opening).
  await waitFor(async () => (await card.boundingBox())?.width > 200, 'the card to be laid out');
  return card;
}

test('screenshots: the card in Gmail (English UI)', async (t) => {
  const page = await openGmail(t);
  const id = await page.evaluate((html) => window.fakeGmail.compose({ to: [{ name: '佐藤 健二', email: 'kenji.sato@sakura-trading.co.jp' }], subject: 'お見積もりの件 / Quote for the Q1 rollout', html }), gmailHtml(DRAFT_JA));
  await waitFor(async () => (await badge(page, `[data-compose-id="${id}"] [g_editable="true"]`))?.count >= 3, 'three findings');
  const card = await cardOver(page, '御社');
  assert.match(await card.innerText(), /貴社/);
  t.log('saved', await shoot(page, 'gmail-card.png'));
});

test('screenshots: the card in Outlook (Japanese UI by policy)', async (t) => {
  await setPolicy(t.worker, { uiLanguage: 'ja' });
  try {
    const page = await openOutlook(t);
    const id = await page.evaluate((paragraphs) => window.fakeOutlook.newMail({ to: [{ name: '佐藤 健二', email: 'kenji.sato@sakura-trading.co.jp' }], subject: 'お見積もりの件 / Quote for the Q1 rollout', paragraphs }), DRAFT_JA);
    await waitFor(async () => (await badge(page, `[data-compose-id="${id}"] [aria-label^="Message body"]`))?.count >= 3, 'three findings');
    const card = await cardOver(page, '了解しました');
    assert.match(await card.innerText(), /無視/, 'the card speaks Japanese');
    t.log('saved', await shoot(page, 'outlook-card.png'));
  } finally {
    await setPolicy(t.worker, null);
  }
});
