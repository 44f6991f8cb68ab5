// A rule that throws, in the built extension, with nothing stubbed: an organisation's existence rule whose
// phrase is longer than Chromium's RegExp can compile (about 32,000 characters). The schema lets it through
// (phrases have no length cap), the admin imports it in the options page, and V8 throws "Regular expression
// too large" the first time the rule runs — on every draft. The options page names the rule; the compose
// window keeps every other check and says, beside its badge, which check did not run; so does the popup.
// Screenshots of both, English and Japanese, go to .output/screenshots (NEMAWASHI_SCREENSHOTS_DIR).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/build.mjs';
import { assert, waitFor } from './lib/expect.mjs';
import { badge, bodyOf, highlights, openGmail, setPolicy } from './lib/mail.mjs';
import { test } from './lib/runner.mjs';

const DIR = process.env.NEMAWASHI_SCREENSHOTS_DIR ?? join(ROOT, '.output', 'screenshots');
const CLIENT = [{ name: '佐藤 健二', email: 'kenji.sato@sakura-trading.co.jp' }];
/** 40,000 characters of house wording pasted as one phrase: past V8's RegExp size limit. */
const HUGE = 'our house wording '.repeat(2223).trim();
const DRAFT = 'Please send the signed order form ASAP.';

const policy = (uiLanguage) => ({
  uiLanguage,
  customRules: [
    { id: 'no-asap', kind: 'existence', phrases: ['ASAP'], message: 'Avoid “ASAP” with clients.', messageJa: '取引先に「ASAP」は避けましょう。', level: 'warning' },
    { id: 'house-words', kind: 'existence', phrases: [HUGE], message: 'House wording list', messageJa: '社内用語リスト', level: 'warning' },
  ],
});

const EXPECT = {
  en: {
    name: '“House wording list”',
    compose: 'One check could not run on this draft: “House wording list”. Every other check ran.',
    popup: /One check could not run here: “House wording list”\. Anything it would flag is missing from this list; every other check ran\./,
    options: /^The browser cannot run this rule \(Regular expression too large\)/,
    tryIt: /Could not run on this text: “House wording list”\. Every other rule ran\./,
  },
  ja: {
    name: '「社内用語リスト」',
    compose: 'この下書きでは次のチェックを実行できませんでした：「社内用語リスト」。ほかのチェックはすべて実行しました。',
    popup: /次のチェックを実行できませんでした：「社内用語リスト」。このチェックによる指摘は一覧に含まれていません。ほかのチェックはすべて実行しました。/,
    options: /^ブラウザーがこのルールを実行できません（Regular expression too large）/,
    tryIt: /この文章では次のルールを実行できませんでした：「社内用語リスト」。/,
  },
};

/** The admin's way in: the options page's import, which validates and saves through the policy store. */
async function importPolicy(t, lang) {
  const options = await t.page(`chrome-extension://${t.extensionId}/options.html`);
  await options.locator('[data-testid="save"]').waitFor({ state: 'visible' });
  await options.locator('[data-testid="import-text"]').fill(JSON.stringify(policy(lang)));
  await options.locator('[data-testid="import-apply"]').click();
  // The saved rule is named where the admin edits it, and in the try-it box, with the page in the policy's language.
  const cannotRun = options.locator('[data-testid="custom-rule-cannot-run-1"]');
  await cannotRun.waitFor({ state: 'visible', timeout: 30000 });
  assert.match(await cannotRun.innerText(), EXPECT[lang].options);
  assert.equal(await options.locator('[data-testid^="custom-rule-cannot-run-0"]').count(), 0, 'the rule that runs is not named');
  await options.locator('[data-testid="try-text"]').fill('Dear Sato-san,\n\nCould you reply ASAP?');
  const tried = options.locator('[data-testid="try-failed"]');
  await tried.waitFor({ state: 'visible', timeout: 30000 });
  assert.equal(await tried.getAttribute('data-failed-rules'), 'policy.house-words');
  assert.match(await tried.innerText(), EXPECT[lang].tryIt);
  assert.equal(await options.locator('[data-testid="try-results"] li[data-rule="policy.no-asap"]').count(), 1, 'the other organisation rule still flags');
  await options.setViewportSize({ width: 1440, height: 900 });
  await cannotRun.scrollIntoViewIfNeeded();
  t.log('saved', await shoot(options, `failed-rule-options-${lang}.png`));
  await options.close();
}

/** No policy, and none of the chunks a large saved policy left in sync storage (setPolicy writes one plain item). */
async function clearPolicy(worker) {
  await setPolicy(worker, null);
  await worker.evaluate(async () => {
    const keys = Object.keys(await chrome.storage.sync.get(null)).filter((k) => k.startsWith('policy#'));
    if (keys.length) await chrome.storage.sync.remove(keys);
    await chrome.storage.local.remove('policy');
  });
}

async function shoot(page, name, options = {}) {
  mkdirSync(DIR, { recursive: true });
  const path = join(DIR, name);
  await page.screenshot({ path, ...options });
  return path;
}

for (const lang of ['en', 'ja']) {
  test(`failed rules (${lang}): an organisation rule the browser cannot run is named in options, beside the compose badge and in the popup; every other check still runs`, async (t) => {
    await clearPolicy(t.worker);
    t.cleanup(() => clearPolicy(t.worker));
    await importPolicy(t, lang);

    const mail = await openGmail(t);
    const id = await mail.evaluate(([to, html]) => window.fakeGmail.compose({ to, subject: 'Order form', html }), [CLIENT, `Dear Sato-san,<div><br></div><div>${DRAFT}</div>`]);
    // The other organisation rule and the built-in ones ran: ASAP is flagged.
    await waitFor(async () => (await highlights(mail)).warning.includes('ASAP'), 'the rule that runs to flag ASAP', { timeoutMs: 60000 });
    const composeId = await waitFor(async () => (await badge(mail, bodyOf(id)))?.composeId, 'the badge');
    const notice = mail.locator(`nemawashi-ui .notice[data-notice-for="${composeId}"]`);
    await notice.waitFor({ state: 'visible' });
    assert.equal(await notice.getAttribute('data-failed-rules'), 'policy.house-words');
    const said = await notice.innerText();
    assert.equal(said.trim(), EXPECT[lang].compose);
    assert.ok(!said.includes('ASAP') && !said.includes('order form'), 'no draft text in the notice');
    assert.ok(!said.includes('Regular expression'), 'no error in the notice');
    t.log('saved', await shoot(mail, `failed-rule-compose-${lang}.png`));

    // The reviewer's popup: the same rule named above the findings.
    await mail.click(bodyOf(id));
    const popup = await t.page();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`chrome-extension://${t.extensionId}/popup.html`);
    const note = popup.locator('.nw-draft .nw-failed-rules');
    await note.waitFor({ state: 'visible', timeout: 30000 });
    assert.equal(await note.getAttribute('data-failed-rules'), 'policy.house-words');
    assert.match(await note.innerText(), EXPECT[lang].popup);
    assert.equal(await popup.locator('.nw-draft .nw-finding[data-rule="policy.no-asap"]').count(), 1, 'the findings of the rules that ran are listed');
    t.log('saved', await shoot(popup, `failed-rule-popup-${lang}.png`, { fullPage: true }));

    // Fixed by the admin (the rule removed), the next check runs every rule and the notices go.
    await setPolicy(t.worker, { uiLanguage: lang });
    await waitFor(async () => (await notice.count()) === 0, 'the compose notice to go once every rule runs', { timeoutMs: 60000 });
    await waitFor(async () => (await note.count()) === 0, 'the popup notice to go', { timeoutMs: 30000 });
  }, { timeoutMs: 240000 });
}
