// The reviewer's popup, opened as a page next to the mail tab (it then reads the tab used just before it):
// the focused draft's findings, Apply/Ignore/Show acting on the draft, the chooser, the paste box, Copy review,
// and every state (unsupported site, no compose window, dictionary loading, engine error).
import { assert, waitFor } from './lib/expect.mjs';
import { bodyOf, bodyState, highlights, openGmail, openOutlook } from './lib/mail.mjs';
import { test } from './lib/runner.mjs';

const CLIENT = [{ name: '佐藤 健二', email: 'kenji.sato@sakura-trading.co.jp' }];
const LINE = 'Thank you for your request. No, that is out of scope. We will send the revised quote by Friday.';
const OUT_OF_SCOPE = 'en.blunt-refusal.out-of-scope';

async function openPopup(t, { before } = {}) {
  const page = await t.page();
  if (before) await page.addInitScript(before);
  await page.goto(`chrome-extension://${t.extensionId}/popup.html`);
  await page.locator('.nw-popup').waitFor();
  return page;
}

const state = (popup) => popup.locator('.nw-popup').getAttribute('data-state');

async function gmailWithDraft(t, html = `Dear Sato-san,<div><br></div><div>${LINE}</div>`) {
  const mail = await openGmail(t);
  const id = await mail.evaluate(([to, h]) => window.fakeGmail.compose({ to, subject: 'Training request', html: h }), [CLIENT, html]);
  await waitFor(async () => (await highlights(mail)).warning.some((h) => h.includes('out of scope')), 'the refusal to be flagged');
  await mail.click(bodyOf(id));
  return { mail, id };
}

test('popup: lists the focused draft’s findings; Apply from the popup changes exactly that range, and Undo restores it', async (t) => {
  const { mail, id } = await gmailWithDraft(t);
  const before = await bodyState(mail, bodyOf(id));
  const popup = await openPopup(t);
  const item = popup.locator(`.nw-draft .nw-finding[data-rule="${OUT_OF_SCOPE}"]`);
  await item.waitFor();
  assert.equal(await state(popup), 'draft');
  assert.equal(await popup.locator('.nw-draft h2').innerText(), 'Training request');
  const flagged = (await item.locator('.nw-finding__phrase').innerText()).replace(/^[“"「]|[”"」]$/g, '');
  assert.ok(LINE.includes(flagged), `the flagged phrase "${flagged}" is from the draft`);
  const replacement = await item.locator('.nw-suggestion .nw-suggestion__text').first().innerText();
  await item.locator('.nw-suggestion').first().click();
  const expected = before.innerText.replace(flagged, replacement);
  await waitFor(async () => (await bodyState(mail, bodyOf(id))).innerText === expected, 'exactly the flagged words to be replaced');
  // The list follows the draft: the applied finding leaves the popup.
  await waitFor(async () => (await popup.locator(`.nw-finding[data-rule="${OUT_OF_SCOPE}"]`).count()) === 0, 'the applied finding to leave the popup');
  await mail.bringToFront();
  await mail.keyboard.press('Control+z');
  await waitFor(async () => (await bodyState(mail, bodyOf(id))).innerText === before.innerText, 'Undo to restore the draft');
});

test('popup: choosing a finding scrolls to it and flashes it; Ignore removes it from draft and popup; ↑/↓ move between findings', async (t) => {
  const { mail, id } = await gmailWithDraft(t, `佐藤様<div><br></div><div>御社のご要望、了解しました。</div><div>${LINE}</div>`);
  await waitFor(async () => (await highlights(mail)).warning.includes('御社'), 'the Japanese findings');
  const popup = await openPopup(t);
  const show = popup.locator('.nw-draft .nw-finding__show');
  await waitFor(async () => (await show.count()) >= 3, 'three findings in the popup');
  await show.first().focus();
  await popup.keyboard.press('ArrowDown');
  const focusedKey = await popup.evaluate(() => document.activeElement.closest('.nw-finding').dataset.key);
  const secondKey = await popup.locator('.nw-draft .nw-finding').nth(1).getAttribute('data-key');
  assert.equal(focusedKey, secondKey, 'ArrowDown moves to the next finding');
  const phrase = (await popup.locator('.nw-draft .nw-finding').nth(1).locator('.nw-finding__phrase').innerText()).replace(/^[“"「]|[”"」]$/g, '');
  await popup.keyboard.press('Enter');
  await waitFor(
    () => mail.evaluate((p) => [...(CSS.highlights.get('nemawashi-flash') ?? [])].some((r) => r.toString() === p), phrase),
    `the chosen finding "${phrase}" to flash in the draft`,
  );
  const ignored = popup.locator(`.nw-draft .nw-finding[data-rule="${OUT_OF_SCOPE}"]`);
  await ignored.locator('.nw-finding__ignore').click();
  await waitFor(async () => !allWarnings(await highlights(mail)).some((h) => h.includes('out of scope')), 'the ignored finding to leave the draft');
  await waitFor(async () => (await ignored.count()) === 0, 'the ignored finding to leave the popup');
  assert.match((await bodyState(mail, bodyOf(id))).innerText, /No, that is out of scope\./, 'Ignore leaves the text alone');
});

const allWarnings = (h) => [...h.error, ...h.warning, ...h.info];

test('popup: a chooser lists compose windows in every tab, the focused one first', async (t) => {
  const outlook = await openOutlook(t);
  await outlook.evaluate((to) => window.fakeOutlook.newMail({ to, subject: 'Outlook draft', paragraphs: ['御社のご要望、了解しました。'] }), CLIENT);
  await waitFor(async () => (await highlights(outlook)).warning.includes('御社'), 'the Outlook draft to be checked');
  const mail = await openGmail(t);
  const first = await mail.evaluate((to) => window.fakeGmail.compose({ to, subject: 'First draft', html: '御社のご要望、了解しました。' }), CLIENT);
  const second = await mail.evaluate(([to, line]) => window.fakeGmail.compose({ to, subject: 'Second draft', html: line }), [CLIENT, LINE]);
  await waitFor(async () => (await highlights(mail)).warning.some((h) => h.includes('out of scope')), 'the second draft to be checked');
  // Both Gmail drafts must have reported before the popup asks for them (a loaded machine checks them apart).
  await waitFor(async () => (await highlights(mail)).warning.includes('御社'), 'the first draft to be checked');
  await mail.click(bodyOf(second));
  await mail.waitForTimeout(200);
  await mail.click(bodyOf(first));
  await mail.click(bodyOf(second));
  const popup = await openPopup(t);
  const chooser = popup.locator('.nw-chooser select');
  let listed = [];
  await waitFor(
    async () => (listed = await chooser.locator('option').allInnerTexts()).length === 3,
    'three compose windows in the chooser',
    { timeoutMs: 60000 },
  ).catch((error) => {
    throw new Error(`${error.message}; listed: ${JSON.stringify(listed)}`);
  });
  await waitFor(async () => (await popup.locator('.nw-draft h2').innerText()) === 'Second draft', 'the focused draft shown first');
  const options = await chooser.locator('option').allInnerTexts();
  assert.ok(options.some((o) => o.includes('Outlook draft')), 'the other tab’s draft is listed');
  const outlookValue = await chooser.locator('option', { hasText: 'Outlook draft' }).getAttribute('value');
  await chooser.selectOption(outlookValue);
  await waitFor(async () => (await popup.locator('.nw-draft h2').innerText()) === 'Outlook draft', 'the chosen draft');
  assert.ok((await popup.locator('.nw-draft .nw-finding').count()) >= 1);
});

test('popup: the paste box finds the problems of pasted Japanese and English text, for the chosen recipient', async (t) => {
  const popup = await openPopup(t);
  const box = popup.locator('.nw-paste');
  const check = async (text, recipient) => {
    await box.locator('textarea').fill(text);
    await box.locator('select').selectOption(recipient);
    await box.locator('.nw-paste__check').click();
    await box.locator('.nw-paste__result').waitFor();
    await waitFor(async () => (await box.locator('.nw-paste__check').innerText()) !== '' && !(await box.locator('.nw-paste__check').isDisabled()), 'the check to finish');
    return box.locator('.nw-paste__result .nw-finding').evaluateAll((els) => els.map((e) => e.dataset.rule));
  };
  const ja = await check('佐藤様\n\nいつもお世話になっております。\nご依頼の件ですが、できません。\n', 'client');
  assert.ok(ja.includes('ja.blunt-refusal.unsoftened-refusal'), `Japanese refusal flagged (${ja})`);
  const en = await check('Dear Sato-san,\n\nNo, that is out of scope.\n', 'client');
  assert.ok(en.includes(OUT_OF_SCOPE), `English refusal flagged (${en})`);
  const internal = await check('Hi Mika,\n\nNo, that is out of scope.\n', 'internal');
  assert.deepEqual(internal, [], 'the same words to a colleague are fine');
  assert.match(await box.locator('.nw-paste__result').innerText(), /Nothing to flag/);
});

test('popup: Copy review puts the findings, why and suggestions on the clipboard as Markdown', async (t) => {
  await gmailWithDraft(t);
  const popup = await openPopup(t);
  await popup.locator(`.nw-draft .nw-finding[data-rule="${OUT_OF_SCOPE}"]`).waitFor();
  await popup.locator('.nw-draft .nw-copy').click();
  await popup.locator('.nw-notice--success').waitFor();
  // Read the clipboard back the way a person would: paste it into a text field (here, the paste box).
  const box = popup.locator('.nw-paste textarea');
  await box.focus();
  await popup.keyboard.press('Control+v');
  const markdown = await waitFor(() => box.inputValue(), 'the clipboard to be pasted');
  assert.match(markdown, /^# Nemawashi review\n\n## Training request\n/);
  assert.match(markdown, /^1\. \*\*Warning\*\* · Blunt refusals: `No, that is out of scope\.`$/m);
  assert.match(markdown, /^ {3}- Why it matters: .+/m);
  assert.match(markdown, /^ {3}- Suggestion: `.+`$/m);
});

test('popup states: an unsupported site and a mail tab without a compose window each say what to do', async (t) => {
  const other = await t.page('about:blank');
  await other.bringToFront();
  let popup = await openPopup(t);
  await waitFor(async () => (await state(popup)) === 'unsupported', 'the unsupported-site state');
  assert.match(await popup.locator('[data-state-box="unsupported"]').innerText(), /Gmail and Outlook on the web/);
  await popup.close();
  const mail = await openGmail(t);
  await mail.bringToFront();
  popup = await openPopup(t);
  await waitFor(async () => (await state(popup)) === 'no-compose', 'the no-compose-window state');
  assert.match(await popup.locator('[data-state-box="no-compose"]').innerText(), /Compose/);
});

/**
 * Makes the popup's messages to the background answer `answer(message)` instead (a loading or broken checker).
 * webextension-polyfill calls chrome.runtime.sendMessage with a callback: the fake answers through it, and
 * reports a failure the way a polyfilled listener does (the polyfill turns it back into a rejection).
 */
const fakeBackground = (answer) => `(() => {
  const real = chrome.runtime.sendMessage.bind(chrome.runtime);
  const answer = ${answer};
  chrome.runtime.sendMessage = (message, ...rest) => {
    const a = answer(message);
    if (a === undefined) return real(message, ...rest);
    const callback = rest.find((r) => typeof r === 'function');
    if (!callback) return a;
    a.then(callback, (error) => callback({ __mozWebExtensionPolyfillReject__: true, message: error.message }));
  };
})();`;

test('popup states: the dictionary loading, its failure, and an engine that does not answer each say what to do', async (t) => {
  let popup = await openPopup(t, {
    before: fakeBackground(`(m) => m.type === 'status' ? Promise.resolve({ japaneseReady: false, dictionaryError: null, dictionaryLoadMs: null }) : undefined`),
  });
  await popup.locator('[data-status="loading"]').waitFor();
  assert.match(await popup.locator('[data-status="loading"]').innerText(), /Keep writing/);
  await popup.close();
  popup = await openPopup(t, {
    before: fakeBackground(`(m) => m.type === 'status' ? Promise.resolve({ japaneseReady: false, dictionaryError: 'HTTP 404', dictionaryLoadMs: null }) : undefined`),
  });
  await popup.locator('[data-status="failed"]').waitFor();
  assert.match(await popup.locator('[data-status="failed"]').innerText(), /HTTP 404.*Restart the browser/s);
  await popup.close();
  popup = await openPopup(t, {
    before: fakeBackground(`(m) => m.type === 'status' || m.type === 'all-drafts' ? Promise.reject(new Error('Could not establish connection')) : undefined`),
  });
  await waitFor(async () => (await state(popup)) === 'engine-error', 'the engine-error state');
  assert.match(await popup.locator('[data-state-box="engine-error"]').innerText(), /Reload the extension.*Could not establish connection/s);
});

test('popup: Japanese interface by policy', async (t) => {
  await t.worker.evaluate(() => chrome.storage.sync.set({ policy: { uiLanguage: 'ja' } }));
  t.cleanup(() => t.worker.evaluate(() => chrome.storage.sync.remove('policy')));
  const popup = await openPopup(t);
  await waitFor(async () => (await popup.locator('h1').innerText()) === '根回し', 'the Japanese title');
  assert.match(await popup.locator('.nw-paste h2').innerText(), /任意の文章/);
});
