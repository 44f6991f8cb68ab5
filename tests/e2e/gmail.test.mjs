// Gmail: a person writing in the compose window of a faithful local copy of mail.google.com.
import { assert, waitFor } from './lib/expect.mjs';
import {
  allHighlighted, badge, bodyOf, bodyState, caretAtStart, composeIdsInBackground, highlights, hoverFinding, imeType, openGmail, press,
} from './lib/mail.mjs';
import { test } from './lib/runner.mjs';

const CLIENT = [{ name: '佐藤 健二', email: 'kenji.sato@sakura-trading.co.jp' }];

async function newCompose(page, opts = {}) {
  const id = await page.evaluate((o) => window.fakeGmail.compose(o), { to: CLIENT, subject: 'お見積もりの件', ...opts });
  const body = bodyOf(id);
  await waitFor(() => badge(page, body), 'the badge on the new compose window');
  return { id, body };
}

test('gmail: Japanese typed through the IME is checked only after the composition ends', async (t) => {
  const page = await openGmail(t);
  const { body } = await newCompose(page);
  await caretAtStart(page, body);
  await page.keyboard.insertText('佐藤様');
  await page.keyboard.press('Enter');
  // The first check, and the Japanese dictionary, must be ready before counting checks.
  await waitFor(async () => (await badge(page, body))?.japaneseReady && (await badge(page, body)).state === 'clean', 'a first clean check with Japanese ready', { timeoutMs: 45000 });
  // Unconfirmed kana, shown for longer than the typing pause: a checker that ignored the IME would run here.
  // Checks of the text typed before the composition may still be under way: count from when they stopped.
  const settledChecks = async () => {
    for (let last = -1; ; ) {
      const now = (await badge(page, body)).checks;
      if (now === last) return now;
      last = now;
      await page.waitForTimeout(600);
    }
  };
  const checksDuring = async (steps, commit) => {
    const before = await settledChecks();
    let during;
    await imeType(page, steps, commit, { pauseMs: 700, beforeCommit: async () => (during = (await badge(page, body)).checks) });
    return during - before;
  };
  assert.equal(await checksDuring(['ぎょ', 'ぎょしゃ', '御社'], '御社'), 0, 'no check while 御社 was being composed');
  await page.keyboard.insertText('のご要望、');
  assert.equal(await checksDuring(['りょうかい', '了解しました'], '了解しました'), 0, 'no check while 了解しました was being composed');
  await page.keyboard.insertText('。');
  const after = await waitFor(async () => {
    const h = allHighlighted(await highlights(page));
    return h.includes('御社') && h.some((x) => x.includes('了解しました')) && (await badge(page, body));
  }, 'highlights on 御社 and 了解しました after the compositions ended');
  assert.ok(after.count >= 2, `badge counts the findings (${after.text})`);
  assert.equal(after.state, 'issues');
  const { innerText } = await bodyState(page, body);
  assert.ok(innerText.startsWith('佐藤様\n御社のご要望、了解しました。'), innerText);
});

test('gmail: English typed key by key is flagged, with the badge counting it', async (t) => {
  const page = await openGmail(t);
  const { body } = await newCompose(page, { to: [{ name: 'Kenji Sato', email: 'kenji.sato@sakura-trading.co.jp' }], subject: 'Training request' });
  await caretAtStart(page, body);
  await page.keyboard.type('Dear Sato-san,', { delay: 15 });
  await page.keyboard.press('Enter');
  await page.keyboard.type("Thank you for the request. No, that's out of scope.", { delay: 15 });
  const h = await waitFor(async () => {
    const all = allHighlighted(await highlights(page));
    return all.some((x) => x.includes("out of scope")) && all;
  }, 'a highlight on the flat refusal');
  const b = await badge(page, body);
  assert.equal(b.state, 'issues');
  assert.equal(b.count, h.length, `badge ${b.text} vs highlights ${JSON.stringify(h)}`);
  assert.ok(!h.some((x) => x.includes('Thank you for the request')), 'the polite sentence is not flagged');
});

test('gmail: Apply replaces exactly the flagged words, leaves the caret after them, and Undo restores the draft', async (t) => {
  const page = await openGmail(t);
  const { body } = await newCompose(page, {
    html: '佐藤様<div><br></div><div>このたびは<b>御社</b>のご提案をいただき、ありがとうございます。</div><div>ご&nbsp;検討のほど、よろしくお願いいたします。</div>',
  });
  const card = await hoverFinding(page, '御社');
  const before = await bodyState(page, body);
  assert.match(await card.locator('.message').innerText(), /貴社/);
  const suggestion = card.locator('.suggestion').first();
  assert.match(await suggestion.innerText(), /貴社/);
  await suggestion.click();
  const after = await waitFor(async () => {
    const s = await bodyState(page, body);
    return s.innerText !== before.innerText && s;
  }, 'the draft to change');
  const at = before.innerText.indexOf('御社');
  assert.equal(after.innerText, `${before.innerText.slice(0, at)}貴社${before.innerText.slice(at + 2)}`, 'only 御社 changed, not a space');
  assert.deepEqual(after.caret, { offset: before.textContent.indexOf('御社') + 2, collapsed: true }, 'caret right after 貴社');
  await waitFor(async () => !allHighlighted(await highlights(page)).includes('御社'), 'the highlight to go');
  await page.keyboard.press('Control+z');
  const undone = await waitFor(async () => {
    const s = await bodyState(page, body);
    return s.innerText === before.innerText && s;
  }, 'Undo to restore the original text');
  assert.equal(undone.html, before.html, 'Undo restores the DOM too');
  await waitFor(async () => allHighlighted(await highlights(page)).includes('御社'), 'the restored 御社 to be flagged again');
});

test('gmail: a card opened by a click can be ignored, and the badge counts one less', async (t) => {
  const page = await openGmail(t);
  const { body } = await newCompose(page, { html: '御社のご提案を拝見しました。<div>了解しました。</div>' });
  const first = await waitFor(async () => {
    const b = await badge(page, body);
    return b?.count >= 2 && b;
  }, 'two findings');
  const point = await page.evaluate(() => {
    const r = [...CSS.highlights.get('nemawashi-warning') ?? [], ...CSS.highlights.get('nemawashi-error') ?? []].find((x) => x.toString() === '御社');
    const rect = r.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
  const card = page.locator('nemawashi-ui .card');
  await card.waitFor({ state: 'visible' });
  await card.locator('button.ignore').click();
  await waitFor(async () => (await badge(page, body)).count === first.count - 1, 'the badge to count one less');
  assert.ok(!allHighlighted(await highlights(page)).includes('御社'), 'the ignored finding is no longer highlighted');
  assert.equal(await card.count(), 0, 'the card closed');
});

test('gmail: a reply with quoted history raises nothing from the quote, and its new text is checked', async (t) => {
  const page = await openGmail(t);
  const id = await page.evaluate(() => window.fakeGmail.reply());
  const body = bodyOf(id);
  const first = await waitFor(async () => {
    const b = await badge(page, body);
    return b?.state === 'clean' && b;
  }, 'the reply to be checked clean despite 御社 / 了解しました / out of scope in the quote');
  assert.equal(first.count, 0);
  assert.deepEqual(allHighlighted(await highlights(page)), []);
  await caretAtStart(page, body);
  await page.keyboard.type("No, that's out of scope.", { delay: 10 });
  const h = await waitFor(async () => {
    const all = allHighlighted(await highlights(page));
    return all.length > 0 && all;
  }, 'the new text to be flagged');
  // Every highlighted range lies in the new text, none in the quote.
  const inQuote = await page.evaluate((sel) => {
    const quote = document.querySelector(sel).querySelector('.gmail_quote');
    return ['error', 'warning', 'info'].flatMap((s) => [...(CSS.highlights.get(`nemawashi-${s}`) ?? [])]).filter((r) => quote.contains(r.startContainer)).length;
  }, body);
  assert.equal(inQuote, 0, `highlights in the quote (all: ${JSON.stringify(h)})`);
});

test('gmail: several compose windows at once; closing one clears its findings and tells the background', async (t) => {
  const page = await openGmail(t);
  const a = await newCompose(page, { html: '御社のご提案を拝見しました。' });
  const b = await newCompose(page, { to: [{ name: 'Kenji Sato', email: 'kenji.sato@sakura-trading.co.jp' }], html: "No, that's out of scope." });
  await waitFor(async () => (await badge(page, a.body))?.state === 'issues' && (await badge(page, b.body))?.state === 'issues', 'both windows flagged');
  const idA = (await badge(page, a.body)).composeId;
  const idB = (await badge(page, b.body)).composeId;
  assert.notEqual(idA, idB);
  await waitFor(async () => (await composeIdsInBackground(t.worker)).includes(idA), 'the background to know window A');
  await press(page, `[data-compose-id="${a.id}"] img[data-action="close"]`);
  await waitFor(async () => !allHighlighted(await highlights(page)).includes('御社'), "window A's highlights to go");
  await waitFor(async () => !(await composeIdsInBackground(t.worker)).includes(idA), 'the background to forget window A');
  assert.ok(allHighlighted(await highlights(page)).some((x) => x.includes('out of scope')), 'window B keeps its findings');
  const badges = await page.locator('nemawashi-ui .badge').count();
  assert.equal(badges, 1, 'one badge left');
});

test('gmail: full screen (re-parenting) and in-app navigation keep checking; a compose opened after navigating is found', async (t) => {
  const page = await openGmail(t);
  const a = await newCompose(page, { html: '<br>' });
  await press(page, `[data-compose-id="${a.id}"] img[data-action="fullscreen"]`);
  await waitFor(() => page.evaluate(() => !document.getElementById('fullscreen-host').hidden), 'full screen');
  await caretAtStart(page, a.body);
  await page.keyboard.insertText('御社のご提案を拝見しました。');
  await waitFor(async () => allHighlighted(await highlights(page)).includes('御社'), 'a finding in the full-screen window');
  await press(page, `[data-compose-id="${a.id}"] img[data-action="fullscreen"]`);
  await page.click('a[data-nav="sent"]');
  await waitFor(() => page.evaluate(() => location.hash === '#sent' && !!document.querySelector('[data-view="sent"]')), 'the Sent view');
  await page.keyboard.press('End');
  await caretAtStart(page, a.body);
  await page.keyboard.insertText('了解しました。');
  await waitFor(async () => allHighlighted(await highlights(page)).some((x) => x.includes('了解しました')), 'a finding after navigating');
  const c = await newCompose(page, { html: "No, that's out of scope." });
  await waitFor(async () => (await badge(page, c.body))?.state === 'issues', 'the compose opened after navigating to be checked');
});

test('gmail: a popped-out compose window is checked', async (t) => {
  const page = await openGmail(t, 'https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1');
  const body = '[data-compose-id] [g_editable="true"]';
  await waitFor(() => badge(page, body), 'the badge in the pop-out');
  await caretAtStart(page, body);
  await page.keyboard.insertText('御社のご提案を拝見しました。');
  await waitFor(async () => allHighlighted(await highlights(page)).includes('御社'), 'a finding in the pop-out');
});

test('gmail: without the Highlight API, underlines are drawn over the words from our own layer, and the card still works', async (t) => {
  const page = await openGmail(t, undefined, { before: () => localStorage.setItem('nemawashi:highlights', 'off') });
  const { body } = await newCompose(page, { html: 'このたびは御社のご提案をいただき、ありがとうございます。' });
  const line = await waitFor(() => page.locator('nemawashi-ui .underline').first().boundingBox(), 'a drawn underline');
  assert.equal(await page.evaluate(() => CSS.highlights.has('nemawashi-warning')), false, 'the Highlight API was not used');
  // Where 御社 is on screen, measured in the page with a Range of its own.
  const word = await page.evaluate((sel) => {
    const body = document.querySelector(sel);
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf('御社');
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 2);
      const b = r.getBoundingClientRect();
      return { x: b.left, y: b.top, width: b.width, height: b.height };
    }
    return null;
  }, body);
  assert.ok(Math.abs(line.x - word.x) < 2 && Math.abs(line.width - word.width) < 2, `underline ${JSON.stringify(line)} under 御社 ${JSON.stringify(word)}`);
  assert.ok(line.y >= word.y + word.height - 4 && line.y <= word.y + word.height + 4, 'at the baseline of the word');
  await page.mouse.move(word.x + word.width / 2, word.y + word.height / 2, { steps: 3 });
  const card = page.locator('nemawashi-ui .card');
  await card.waitFor({ state: 'visible' });
  await card.locator('.suggestion').first().click();
  await waitFor(async () => (await bodyState(page, body)).innerText.startsWith('このたびは貴社のご提案'), 'Apply to work without highlights');
});

test('gmail: a compose-like editable the adapter does not recognise (no Send button) is left alone', async (t) => {
  const page = await openGmail(t);
  const id = await page.evaluate(() => {
    const id = window.fakeGmail.compose({ html: '御社のご提案を拝見しました。' });
    // Unknown DOM: the same editable without its window's Send button.
    document.querySelector(`[data-compose-id="${id}"] .aoO`).remove();
    return id;
  });
  const known = await page.evaluate(() => window.fakeGmail.compose({ html: '御社のご提案を拝見しました。' }));
  // The recognised window is checked; the other one gets nothing, and still takes typing as before.
  await waitFor(async () => (await badge(page, bodyOf(known)))?.state === 'issues', 'the recognised window to be checked');
  assert.equal(await badge(page, bodyOf(id)), null, 'no badge on the unknown window');
  await caretAtStart(page, bodyOf(id));
  await page.keyboard.type('OK ');
  assert.ok((await bodyState(page, bodyOf(id))).innerText.startsWith('OK 御社'), 'typing works as before');
  assert.equal((await highlights(page)).warning.filter((x) => x === '御社').length, 1, 'only the recognised window is highlighted');
});
