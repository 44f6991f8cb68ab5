// The Send check with default settings: external mail with a blunt refusal asks first; internal mail never
// does; "Send anyway" sends the draft as written, "Review" opens the finding that held the send.
import { assert, waitFor } from './lib/expect.mjs';
import { allHighlighted, badge, highlights, openGmail, openOutlook, press, setPolicy } from './lib/mail.mjs';
import { test } from './lib/runner.mjs';

const CLIENT = [{ name: '佐藤 健二', email: 'kenji.sato@sakura-trading.co.jp' }];
const COLLEAGUE = [{ name: 'Mika Ito', email: 'mika.ito@nemawashi-demo.example' }];
const REFUSAL = 'Dear Sato-san,<div><br></div><div>Thank you for your request. No, that is out of scope.</div>';
const confirmDialog = (page) => page.locator('nemawashi-ui .confirm');

test('send check: by default, Send on a client draft with a blunt refusal asks; Review opens it, Send anyway sends once', async (t) => {
  const page = await openGmail(t);
  const id = await page.evaluate(([to, html]) => window.fakeGmail.compose({ to, subject: 'Training', html }), [CLIENT, REFUSAL]);
  await waitFor(async () => (await highlights(page)).warning.some((h) => h.includes('out of scope')), 'the refusal to be flagged as a warning');
  const send = `[data-compose-id="${id}"] .aoO[role="button"]`;
  await press(page, send);
  await confirmDialog(page).waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => window.fakeGmail.sent.length), 0, 'nothing sent while the question is open');
  await confirmDialog(page).locator('button.review').click();
  const card = page.locator('nemawashi-ui .card');
  await card.waitFor({ state: 'visible' });
  assert.equal(await card.getAttribute('data-rule'), 'en.blunt-refusal.out-of-scope', 'Review opens the finding that held the send');
  await press(page, send);
  await confirmDialog(page).waitFor({ state: 'visible' });
  await confirmDialog(page).locator('button.send-anyway').click();
  const sent = await waitFor(() => page.evaluate(() => window.fakeGmail.sent[0]), 'the mail to be sent');
  assert.match(sent.text, /No, that is out of scope\./, 'the draft went out exactly as written');
  assert.equal(await page.evaluate(() => window.fakeGmail.sent.length), 1, 'sent exactly once');
});

test('send check: internal mail is sent without a question, even with an error-level finding', async (t) => {
  // An organisation rule with no audience applies to internal mail too: the finding is there, the question is not.
  const codeName = { id: 'code-names', kind: 'existence', message: 'Internal code name.', phrases: ['Project Falcon'], level: 'error' };
  await setPolicy(t.worker, { internalDomains: ['nemawashi-demo.example'], customRules: [codeName] });
  t.cleanup(() => setPolicy(t.worker, null));
  const page = await openOutlook(t);
  await page.evaluate((to) => window.fakeOutlook.newMail({ to, subject: 'Training', paragraphs: ['Hi Mika,', 'No, Project Falcon is out of scope.'] }), COLLEAGUE);
  await waitFor(async () => (await highlights(page)).error.includes('Project Falcon'), 'the error-level finding in the internal mail');
  await page.locator('[aria-label="Send"]').first().click();
  await waitFor(() => page.evaluate(() => window.fakeOutlook.sent.length === 1), 'the internal mail to go at once');
  assert.equal(await confirmDialog(page).count(), 0, 'no question for internal mail');
});

test('send check: a warning outside the checked categories (casual register) does not hold a client mail', async (t) => {
  const page = await openGmail(t);
  const id = await page.evaluate((to) => window.fakeGmail.compose({ to, html: '佐藤様<div>了解！</div>' }), CLIENT);
  await waitFor(async () => allHighlighted(await highlights(page)).includes('了解！'), 'the casual reply to be flagged');
  await press(page, `[data-compose-id="${id}"] .aoO[role="button"]`);
  await waitFor(() => page.evaluate(() => window.fakeGmail.sent.length === 1), 'the mail to go at once');
  assert.equal(await confirmDialog(page).count(), 0);
});

test('send check: Send pressed right after typing a refusal (before its check came back) waits for that check and asks', async (t) => {
  const page = await openGmail(t);
  const html = 'Dear Sato-san,<div><br></div><div>Thank you for your request.</div>';
  const id = await page.evaluate(([to, h]) => window.fakeGmail.compose({ to, subject: 'Training', html: h }), [CLIENT, html]);
  const body = `[data-compose-id="${id}"] [g_editable="true"][role="textbox"]`;
  await waitFor(async () => (await badge(page, body)).state === 'clean', 'the polite draft to be checked clean');
  await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    el.focus();
    const r = document.createRange();
    const line = [...el.querySelectorAll('div')].find((d) => d.textContent === 'Thank you for your request.');
    r.selectNodeContents(line);
    r.collapse(false);
    getSelection().removeAllRanges();
    getSelection().addRange(r);
  }, body);
  // One input event, no sentence end: the check is still waiting for its idle time when Send is pressed.
  await page.keyboard.insertText(' No, that is out of scope');
  await press(page, `[data-compose-id="${id}"] .aoO[role="button"]`);
  await confirmDialog(page).waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => window.fakeGmail.sent.length), 0, 'nothing sent while the question is open');
  await confirmDialog(page).locator('button.send-anyway').click();
  const sent = await waitFor(() => page.evaluate(() => window.fakeGmail.sent[0]), 'the mail to be sent');
  assert.match(sent.text, /No, that is out of scope/, 'the draft went out exactly as written');
  assert.equal(await page.evaluate(() => window.fakeGmail.sent.length), 1, 'sent exactly once');
});
