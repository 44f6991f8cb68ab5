// Behaviour an organisation's policy switches: the confirmation before Send, subject-line rules of its own,
// internal recipients. The policy is stored the way the options page stores it.
import { assert, waitFor } from './lib/expect.mjs';
import { allHighlighted, badge, bodyOf, highlights, openGmail, openOutlook, press, setPolicy } from './lib/mail.mjs';
import { join } from 'node:path';
import { ROOT } from './lib/build.mjs';
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

// ---- Administrators: enterprise-managed policy, the options page's try-it box and imports. ----

/**
 * Chromium on Linux reads enterprise policy from /etc/chromium/policies/managed/*.json; an extension's
 * managed storage is the "3rdparty" → "extensions" → <id> entry (docs/admin.md). The unpacked test build's
 * id comes from its private directory, so no other browser on the machine is affected. Needs root (the
 * e2e tests run as root); chrome://policy's "Reload policies" applies the file without a restart.
 */
const POLICY_DIR = process.env.NEMAWASHI_CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

async function reloadBrowserPolicies(t) {
  const page = await t.page('chrome://policy');
  await page.locator('#reload-policies').click({ timeout: 20000 }).catch(() => undefined);
  await page.close();
}

async function deployManagedPolicy(t, managed) {
  const { mkdirSync, writeFileSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  mkdirSync(POLICY_DIR, { recursive: true });
  const file = join(POLICY_DIR, `nemawashi-e2e-${t.extensionId}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [t.extensionId]: managed } } }));
  const managedNow = () => t.worker.evaluate(() => chrome.storage.managed.get(null));
  t.cleanup(async () => {
    rmSync(file, { force: true });
    await reloadBrowserPolicies(t);
    await waitFor(async () => Object.keys(await managedNow()).length === 0, 'the managed policy to be gone', { timeoutMs: 60000, intervalMs: 1000 });
  });
  await reloadBrowserPolicies(t);
  return waitFor(async () => {
    const now = await managedNow();
    return Object.keys(now).length > 0 && now;
  }, 'Chromium to publish the managed policy to the extension', { timeoutMs: 60000, intervalMs: 1000 });
}

const optionsUrl = (t) => `chrome-extension://${t.extensionId}/options.html`;
const SHOTS = process.env.NEMAWASHI_SCREENSHOTS_DIR ?? join(ROOT, '.output', 'screenshots');

async function openOptions(t) {
  const page = await t.page(optionsUrl(t));
  await page.locator('[data-testid="save"]').waitFor({ state: 'visible' });
  return page;
}

const storedPolicy = (worker) => worker.evaluate(() => chrome.storage.sync.get(null));

test('managed: a policy set through Chromium’s managed storage locks its fields, shows “set by your organisation”, and applies in compose', async (t) => {
  await setPolicy(t.worker, null);
  const managed = await deployManagedPolicy(t, {
    rules: { 'ja.honorific.gosha-in-writing': 'error' },
    organisation: { names: ['株式会社ネマワシ'], brands: ['NemaCloud'] },
    meetings: { timeZone: 'Asia/Tokyo', businessHours: { start: '09:30', end: '17:30' } },
  });
  assert.deepEqual(managed.rules, { 'ja.honorific.gosha-in-writing': 'error' });

  // The options page: the managed fields are locked, with a visible label; the rest stays editable.
  const options = await openOptions(t);
  await options.locator('[data-testid="managed-intro"]').waitFor({ state: 'visible' });
  const org = options.locator('#nw-organisation');
  assert.match(await org.locator('h2').innerText(), /Set by your organisation/);
  assert.equal(await options.locator('[data-testid="org-names"]').isDisabled(), true, 'organisation names locked');
  assert.equal(await options.locator('[data-testid="org-names"]').inputValue(), '株式会社ネマワシ');
  assert.equal(await options.locator('[data-testid="time-zone"]').isDisabled(), true, 'meetings locked');
  const goshaRow = options.locator('.nw-rule-row', { hasText: 'ja.honorific.gosha-in-writing' });
  assert.match(await goshaRow.innerText(), /Set by your organisation/);
  assert.equal(await goshaRow.locator('select').isDisabled(), true, 'the managed rule is locked');
  assert.equal(await goshaRow.locator('select').inputValue(), 'error');
  assert.equal(await options.locator('[data-testid="allow"]').isDisabled(), false, 'unmanaged fields stay editable');

  // Screenshots for people: English, then Japanese, each with the try-it box and a locked field in view.
  const { mkdirSync } = await import('node:fs');
  mkdirSync(SHOTS, { recursive: true });
  await options.setViewportSize({ width: 1440, height: 1000 });
  const shoot = async (name) => {
    await options.locator('[data-testid="try-results"]').waitFor({ state: 'visible', timeout: 30000 });
    // For the picture only (not an assertion): let the Japanese dictionary load so the box shows everything.
    await waitFor(async () => (await options.locator('[data-testid="try-ja-pending"]').count()) === 0, 'Japanese checks', { timeoutMs: 90000 }).catch(() => undefined);
    await options.evaluate(() => document.querySelector('#nw-send')?.scrollIntoView({ block: 'start' }));
    await options.screenshot({ path: join(SHOTS, name) });
  };
  await shoot('options-admin-en.png');
  await setPolicy(t.worker, { uiLanguage: 'ja' });
  await waitFor(async () => (await options.locator('#nw-organisation h2').innerText()).includes('組織が設定'), 'the Japanese options page');
  await shoot('options-admin-ja.png');
  await setPolicy(t.worker, null);

  // A compose window applies the managed level: 御社 is an error (a warning by default).
  const page = await openGmail(t);
  await page.evaluate((to) => window.fakeGmail.compose({ to, subject: 'お見積もり', html: '御社のご提案を拝見しました。' }), CLIENT);
  await waitFor(async () => (await highlights(page)).error.includes('御社'), 'the managed policy to make 御社 an error', { timeoutMs: 60000 });
}, { timeoutMs: 240000 });

test('options: the try-it box checks sample text with the edited, unsaved policy as the admin types', async (t) => {
  await setPolicy(t.worker, null);
  const before = await storedPolicy(t.worker);
  const options = await openOptions(t);
  await options.locator('[data-testid="add-rule"]').click();
  const rule = options.locator('[data-testid="custom-rule-0"]');
  await rule.locator('select').first().selectOption('pattern');
  await rule.getByLabel('Id', { exact: true }).fill('org.code-names');
  await options.locator('[data-testid="pattern-0"]').fill('\\bProject (?:Falcon|Heron)\\b');
  await rule.getByLabel('Message (English)').fill('Use the client-facing name.');
  const text = options.locator('[data-testid="try-text"]');
  await text.fill('Dear Sato-san,\n\nThe revised quote for Project Heron is attached.');
  const ours = options.locator('[data-testid="try-results"] li[data-rule="policy.org.code-names"]');
  await waitFor(async () => (await ours.count()) === 1, 'the edited pattern rule to flag the sample');
  assert.match(await ours.innerText(), /Project Heron/);
  // Typing changes the findings.
  await text.fill('Dear Sato-san,\n\nProject Falcon and Project Heron are both late.');
  await waitFor(async () => (await ours.count()) === 2, 'both code names flagged as the admin types');
  // A refused pattern is explained, and the try-it box says why it cannot run.
  await options.locator('[data-testid="pattern-0"]').fill('(Falcon)\\1');
  await waitFor(async () => /backreference/.test(await options.locator('[data-testid="pattern-error-0"]').innerText()), 'the pattern to be explained');
  assert.match(await options.locator('[data-testid="try-invalid"]').innerText(), /customRules\.0\.pattern/);
  // Nothing was saved.
  assert.deepEqual(await storedPolicy(t.worker), before);
  // The filter narrows the page (and its table of contents) to what matches; the try-it box stays.
  await options.locator('[data-testid="filter"]').fill('time zone');
  await waitFor(async () => (await options.locator('main .nw-section').count()) === 1, 'one section left');
  assert.equal(await options.locator('main .nw-section').getAttribute('data-section'), 'meetings');
  assert.deepEqual(await options.locator('.nw-toc li').allInnerTexts(), ['Meetings', 'Try it']);
  assert.equal(await options.locator('#nw-try').isVisible(), true);
  await options.locator('[data-testid="filter"]').fill('gosha');
  await waitFor(async () => (await options.locator('.nw-rule-row').count()) === 1, 'the one matching rule');
});

test('options: an import with an unknown rule id is refused with the nearest id, and the saved policy is kept', async (t) => {
  const saved = { allow: ['NemaCloud'], uiLanguage: 'en' };
  await setPolicy(t.worker, saved);
  try {
    const options = await openOptions(t);
    await options.locator('[data-testid="import-text"]').fill('{ "rules": { "ja.honorific.gosha-in-writting": "error" } }');
    await options.locator('[data-testid="import-apply"]').click();
    const feedback = options.locator('[data-testid="feedback"]');
    await waitFor(async () => /Import failed/.test(await feedback.innerText()), 'the import to be refused');
    const message = await feedback.innerText();
    assert.match(message, /rules\.ja\.honorific\.gosha-in-writting/);
    assert.match(message, /did you mean “ja\.honorific\.gosha-in-writing”/);
    assert.deepEqual((await storedPolicy(t.worker)).policy, saved, 'the saved policy is unchanged');
    // In Japanese too, and a good import then says what changed.
    await setPolicy(t.worker, { ...saved, uiLanguage: 'ja' });
    await options.reload();
    await options.locator('[data-testid="import-text"]').fill('{ "uiLanguage": "ja", "rules": { "no.such.rule": "off" } }');
    await options.locator('[data-testid="import-apply"]').click();
    await waitFor(async () => /もしかして「/.test(await feedback.innerText()), 'the Japanese refusal with a suggestion');
    assert.deepEqual((await storedPolicy(t.worker)).policy, { ...saved, uiLanguage: 'ja' });
    await options.locator('[data-testid="import-text"]').fill('{ "uiLanguage": "ja", "allow": ["NemaCloud", "根回し"], "rules": { "ja.honorific.gosha-in-writing": "off" } }');
    await options.locator('[data-testid="import-apply"]').click();
    await waitFor(async () => /インポートして保存しました/.test(await feedback.innerText()), 'the import to be saved');
    const changes = await options.locator('[data-testid="changes"]').innerText();
    assert.match(changes, /rules\.ja\.honorific\.gosha-in-writing: 追加 off/);
    assert.match(changes, /allow: 追加 根回し/);
    // An import that switches the page to Japanese says so in Japanese, not in the language it was made from.
    await setPolicy(t.worker, saved);
    await options.reload();
    await options.locator('[data-testid="import-text"]').fill('{ "uiLanguage": "ja", "allow": ["NemaCloud"] }');
    await options.locator('[data-testid="import-apply"]').click();
    await waitFor(async () => /インポートして保存しました/.test(await feedback.innerText()), 'the import to be reported in the new language');
    assert.doesNotMatch(await feedback.innerText(), /Imported and saved/);
  } finally {
    await setPolicy(t.worker, null);
  }
});
