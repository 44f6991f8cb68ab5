// Outlook on the web: a person writing in a faithful local copy of the compose window, on all three hosts.
import { assert, waitFor } from './lib/expect.mjs';
import {
  allHighlighted, badge, bodyOf, bodyState, caretAtStart, highlights, hoverFinding, imeType, openOutlook,
} from './lib/mail.mjs';
import { test } from './lib/runner.mjs';

const CLIENT = [{ name: '佐藤 健二', email: 'kenji.sato@sakura-trading.co.jp' }];

async function newMail(page, opts = {}) {
  const id = await page.evaluate((o) => window.fakeOutlook.newMail(o), { to: CLIENT, subject: 'お見積もりの件', ...opts });
  const body = bodyOf(id, 'outlook');
  await waitFor(() => badge(page, body), 'the badge on the new mail');
  return { id, body };
}

test('outlook: Japanese (through the IME) and English typed in a new mail are flagged', async (t) => {
  const page = await openOutlook(t);
  const { body } = await newMail(page);
  await caretAtStart(page, body);
  await page.keyboard.insertText('佐藤様');
  await page.keyboard.press('Enter');
  await imeType(page, ['ぎょしゃ', '御社'], '御社');
  await page.keyboard.insertText('のご要望、');
  await imeType(page, ['りょうかいしました', '了解しました'], '了解しました');
  await page.keyboard.insertText('。');
  await page.keyboard.press('Enter');
  await page.keyboard.type("No, that's out of scope.", { delay: 10 });
  const h = await waitFor(async () => {
    const all = allHighlighted(await highlights(page));
    return all.includes('御社') && all.some((x) => x.includes('了解しました')) && all.some((x) => x.includes('out of scope')) && all;
  }, 'highlights on 御社, 了解しました and the flat refusal');
  const b = await badge(page, body);
  assert.equal(b.count, h.length);
  // Enter made Outlook-style paragraphs; the signature stayed below and is not checked (it says 御社専用窓口).
  const paragraphs = await page.evaluate((sel) => document.querySelectorAll(`${sel} > div.elementToProof:not(#Signature)`).length, body);
  assert.ok(paragraphs >= 3, `paragraphs: ${paragraphs}`);
  assert.equal(h.filter((x) => x === '御社').length, 1, 'the signature’s 御社 is not flagged');
});

test('outlook: Apply and Undo in a new mail', async (t) => {
  const page = await openOutlook(t);
  const { body } = await newMail(page, { paragraphs: ['佐藤様', '', 'ご提案の件、了解しました。引き続きよろしくお願いいたします。'] });
  const flagged = await waitFor(async () => allHighlighted(await highlights(page)).find((x) => x.includes('了解しました')), 'a highlight on 了解しました');
  const card = await hoverFinding(page, flagged);
  const before = await bodyState(page, body);
  const suggestion = card.locator('.suggestion').first();
  const replacement = await suggestion.locator('.text').innerText();
  await suggestion.click();
  const after = await waitFor(async () => {
    const s = await bodyState(page, body);
    return s.innerText !== before.innerText && s;
  }, 'the draft to change');
  const at = before.innerText.indexOf(flagged);
  assert.equal(after.innerText, before.innerText.slice(0, at) + replacement + before.innerText.slice(at + flagged.length));
  assert.deepEqual(after.caret, { offset: before.textContent.indexOf(flagged) + replacement.length, collapsed: true });
  await page.keyboard.press('Control+z');
  await waitFor(async () => (await bodyState(page, body)).innerText === before.innerText, 'Undo to restore the draft');
});

test('outlook: a reply in the reading pane raises nothing from the history under #divRplyFwdMsg', async (t) => {
  const page = await openOutlook(t);
  const id = await page.evaluate(() => window.fakeOutlook.reply());
  const body = bodyOf(id, 'outlook');
  await waitFor(async () => (await badge(page, body))?.state === 'clean', 'the reply to be checked clean');
  assert.deepEqual(allHighlighted(await highlights(page)), []);
  await caretAtStart(page, body);
  await page.keyboard.insertText('御社のご提案を拝見しました。');
  await waitFor(async () => allHighlighted(await highlights(page)).includes('御社'), 'the new text to be flagged');
  const inHistory = await page.evaluate((sel) => {
    const b = document.querySelector(sel);
    const start = b.querySelector('#appendonsend');
    return ['error', 'warning', 'info']
      .flatMap((s) => [...(CSS.highlights.get(`nemawashi-${s}`) ?? [])])
      .filter((r) => start.compareDocumentPosition(r.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING).length;
  }, body);
  assert.equal(inHistory, 0);
  assert.equal(allHighlighted(await highlights(page)).length, 1);
});

for (const host of ['outlook.office365.com', 'outlook.live.com']) {
  test(`outlook: the compose window on ${host} is checked`, async (t) => {
    const page = await openOutlook(t, `https://${host}/mail/inbox`);
    const { body } = await newMail(page, { paragraphs: ["No, that's out of scope."] });
    await waitFor(async () => (await badge(page, body))?.state === 'issues', 'a finding');
  });
}

test('outlook: a popped-out compose window is checked', async (t) => {
  const page = await openOutlook(t, 'https://outlook.office.com/mail/deeplink/compose');
  const body = '#popout [aria-label^="Message body"]';
  await waitFor(() => badge(page, body), 'the badge in the pop-out');
  await caretAtStart(page, body);
  await page.keyboard.insertText('了解しました。');
  await waitFor(async () => allHighlighted(await highlights(page)).some((x) => x.includes('了解しました')), 'a finding in the pop-out');
});
