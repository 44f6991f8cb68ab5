// Behaviour an organisation's policy switches: the confirmation before Send, subject-line rules of its own,
// internal recipients. The policy is stored the way the options page stores it.
import { assert, waitFor } from './lib/expect.mjs';
import { allHighlighted, badge, bodyOf, highlights, openGmail, openOutlook, press, setPolicy } from './lib/mail.mjs';
import { test } from './lib/runner.mjs';

const CLIENT = [{ name: '佐藤 健二', email: 'kenji.sato@sakura-trading.co.jp' }];
/** 御社 raised to an error by policy, so Send asks first. */
const STRICT = { rules: { 'ja.honorific.gosha-in-writing': 'error' } };

async function withPolicy(t, policy, fn) {
  await setPolicy(t.worker, policy);
  try {
    await fn();
  } finally {
    await setPolicy(t.worker, null);
  }
}

const confirmDialog = (page) => page.locator('nemawashi-ui .confirm');

test('send: with an error left, Send asks; Review keeps the draft and shows the error; Send anyway sends it', async (t) => {
  await withPolicy(t, STRICT, async () => {
    const page = await openGmail(t);
    const id = await page.evaluate((to) => window.fakeGmail.compose({ to, subject: 'お見積もり', html: '御社のご提案を拝見しました。' }), CLIENT);
    await waitFor(async () => (await highlights(page)).error.includes('御社'), 'an error-level highlight on 御社');
    const send = `[data-compose-id="${id}"] .aoO[role="button"]`;
    await press(page, send);
    await confirmDialog(page).waitFor({ state: 'visible' });
    assert.match(await confirmDialog(page).innerText(), /Send anyway/);
    assert.equal(await page.evaluate(() => window.fakeGmail.sent.length), 0, 'nothing sent while the question is open');
    await confirmDialog(page).locator('button.review').click();
    await page.locator('nemawashi-ui .card').waitFor({ state: 'visible' });
    assert.match(await page.locator('nemawashi-ui .card').innerText(), /貴社/);
    assert.equal(await page.evaluate((sel) => !!document.querySelector(sel), send), true, 'the compose window is still open');
    await press(page, send);
    await confirmDialog(page).waitFor({ state: 'visible' });
    await confirmDialog(page).locator('button.send-anyway').click();
    const sent = await waitFor(() => page.evaluate(() => window.fakeGmail.sent[0]), 'the mail to be sent');
    assert.match(sent.text, /御社のご提案を拝見しました。/, 'the draft went out as written');
    assert.equal(await page.evaluate(() => window.fakeGmail.sent.length), 1, 'sent exactly once');
  });
});

test('send: Ctrl+Enter in Outlook asks too, and Send anyway sends through the client’s own button', async (t) => {
  await withPolicy(t, STRICT, async () => {
    const page = await openOutlook(t);
    const id = await page.evaluate((to) => window.fakeOutlook.newMail({ to, subject: 'お見積もり', paragraphs: ['御社のご提案を拝見しました。'] }), CLIENT);
    const body = bodyOf(id, 'outlook');
    await waitFor(async () => (await highlights(page)).error.includes('御社'), 'an error-level highlight');
    await page.click(body);
    await page.keyboard.press('Control+Enter');
    await confirmDialog(page).waitFor({ state: 'visible' });
    assert.equal(await page.evaluate(() => window.fakeOutlook.sent.length), 0);
    await confirmDialog(page).locator('button.send-anyway').click();
    await waitFor(() => page.evaluate(() => window.fakeOutlook.sent.length === 1), 'the mail to be sent once');
  });
});

test('send: warnings alone, or confirmBeforeSend off, never hold a send', async (t) => {
  // Default policy: a casual-register warning is outside the Send check's categories.
  let page = await openGmail(t);
  let id = await page.evaluate((to) => window.fakeGmail.compose({ to, html: '了解！' }), CLIENT);
  await waitFor(async () => (await highlights(page)).warning.includes('了解！'), 'a warning');
  await press(page, `[data-compose-id="${id}"] .aoO[role="button"]`);
  await waitFor(() => page.evaluate(() => window.fakeGmail.sent.length === 1), 'the mail to go at once');
  assert.equal(await confirmDialog(page).count(), 0);
  await withPolicy(t, { ...STRICT, confirmBeforeSend: false }, async () => {
    page = await openGmail(t);
    id = await page.evaluate((to) => window.fakeGmail.compose({ to, html: '御社のご提案を拝見しました。' }), CLIENT);
    await waitFor(async () => (await highlights(page)).error.includes('御社'), 'an error');
    await press(page, `[data-compose-id="${id}"] .aoO[role="button"]`);
    await waitFor(() => page.evaluate(() => window.fakeGmail.sent.length === 1), 'the mail to go at once');
    assert.equal(await confirmDialog(page).count(), 0);
  });
});

test('subject: an organisation rule flags the subject; Apply edits the field, caret after, Undo restores', async (t) => {
  const policy = {
    // An internal code name that must not reach clients (house rules are data in the policy).
    customRules: [{ id: 'code-names', kind: 'substitution', message: 'Use the client-facing name, not the internal code name.', swap: { 'Project Falcon': 'the Q1 rollout' }, level: 'warning' }],
  };
  await withPolicy(t, policy, async () => {
    const page = await openGmail(t);
    const id = await page.evaluate((to) => window.fakeGmail.compose({ to, subject: 'Revised quote for Project Falcon', html: 'Dear Sato-san,' }), CLIENT);
    const body = bodyOf(id);
    const b = await waitFor(async () => {
      const x = await badge(page, body);
      return x?.count === 1 && x;
    }, 'one finding, in the subject');
    assert.deepEqual(allHighlighted(await highlights(page)), [], 'nothing highlighted in the body');
    // The subject is an <input>: its finding is underlined from our own layer, under the word.
    const underline = await page.locator('nemawashi-ui .underline').boundingBox();
    const subject = page.locator(`[data-compose-id="${id}"] input[name="subjectbox"]`);
    const field = await subject.boundingBox();
    assert.ok(underline && underline.y > field.y && underline.y < field.y + field.height + 2, 'the underline sits on the subject field');
    await page.locator('nemawashi-ui .badge').click();
    const card = page.locator('nemawashi-ui .card');
    await card.waitFor({ state: 'visible' });
    assert.match(await card.innerText(), /Subject/);
    await card.locator('.suggestion').first().click();
    await waitFor(async () => (await subject.inputValue()) === 'Revised quote for the Q1 rollout', 'the subject to change');
    const caret = await subject.evaluate((el) => [el.selectionStart, el.selectionEnd, document.activeElement === el]);
    assert.deepEqual(caret, ['Revised quote for the Q1 rollout'.length, 'Revised quote for the Q1 rollout'.length, true]);
    await page.keyboard.press('Control+z');
    await waitFor(async () => (await subject.inputValue()) === 'Revised quote for Project Falcon', 'Undo to restore the subject');
    assert.equal(b.count, 1);
  });
});

test('context: mail to internal addresses only is exempt from client etiquette', async (t) => {
  await withPolicy(t, { internalDomains: ['nemawashi-demo.example'] }, async () => {
    const page = await openGmail(t);
    const internal = await page.evaluate(() => window.fakeGmail.compose({ to: [{ name: 'Mika Ito', email: 'mika.ito@nemawashi-demo.example' }], html: '了解しました。御社の件、明日話しましょう。' }));
    const external = await page.evaluate((to) => window.fakeGmail.compose({ to, html: '了解しました。御社の件、明日話しましょう。' }), CLIENT);
    await waitFor(async () => (await badge(page, bodyOf(external)))?.state === 'issues', 'the client mail to be flagged');
    await waitFor(async () => (await badge(page, bodyOf(internal)))?.state === 'clean', 'the internal mail to be clean');
  });
});

test('context: the To recipient’s display name reaches the engine (the greeting fix uses the surname)', async (t) => {
  const page = await openGmail(t);
  const id = await page.evaluate(() => window.fakeGmail.compose({ to: [{ name: 'Takuya Sato', email: 't.sato@sakura-trading.co.jp' }], subject: 'Thank you', html: 'Hi Takuya,<div><br></div><div>Thank you for the call.</div>' }));
  await waitFor(async () => allHighlighted(await highlights(page)).includes('Hi Takuya'), 'the greeting to be flagged');
  await page.locator('nemawashi-ui .badge').click();
  const card = page.locator('nemawashi-ui .card');
  await card.waitFor({ state: 'visible' });
  assert.match(await card.locator('.suggestion').first().innerText(), /Sato-san/, 'the suggestion knows the surname from the To chip');
  assert.ok(await page.evaluate((sel) => !!document.querySelector(sel), bodyOf(id)));
});
