// Who the mail is for: the recipient control (kind and first contact, remembered per thread) and the
// address-block checks against the To/Cc chips, in both clients.
import { assert, waitFor } from './lib/expect.mjs';
import { badge, bodyOf, highlights, openGmail, openOutlook, setPolicy } from './lib/mail.mjs';
import { test } from './lib/runner.mjs';

const SATO = { name: '佐藤 健二', email: 'kenji.sato@sakura-trading.co.jp' };
const SUZUKI = { name: '鈴木 一郎', email: 'ichiro.suzuki@sakura-trading.co.jp' };
const CLIENTS = {
  clients: [
    { name: '株式会社さくら商事', aliases: ['さくら商事'], domains: ['sakura-trading.co.jp'] },
    { name: '株式会社みどり物産', aliases: ['みどり物産'], domains: ['midori-bussan.co.jp'] },
  ],
};
const control = (page, id) => page.locator(`nemawashi-ui .relationship[data-compose-id="${id}"]`);

async function composeIdOf(page, bodySelector) {
  return waitFor(async () => (await badge(page, bodySelector))?.composeId, 'the badge of the compose window');
}

test('recipient control: a new client mail defaults to Client · first contact; Internal silences client etiquette and is remembered for the thread', async (t) => {
  const page = await openGmail(t);
  const id = await page.evaluate((to) => window.fakeGmail.compose({ to, subject: '見積もりの件', html: '了解しました。御社の件、明日話しましょう。' }), [SATO]);
  const body = bodyOf(id);
  await waitFor(async () => (await badge(page, body))?.state === 'issues', 'the client mail to be flagged');
  const composeId = await composeIdOf(page, body);
  const button = control(page, composeId).locator('.relationship-button');
  assert.equal(await button.getAttribute('data-recipient'), 'client');
  assert.equal(await button.getAttribute('data-first-contact'), 'true', 'a new thread is a first contact');
  await button.click();
  const menu = control(page, composeId).locator('.relationship-menu');
  await menu.waitFor({ state: 'visible' });
  await menu.locator('input[value="internal"]').check();
  await waitFor(async () => (await badge(page, body))?.state === 'clean', 'internal mail to be exempt from client etiquette');
  assert.equal(await button.getAttribute('data-recipient'), 'internal');
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });
  // The same thread again (a reply to it): the choice comes back, and the mail stays clean.
  await page.evaluate((sel) => document.querySelector(sel).closest('[data-compose-id]').remove(), body);
  const again = await page.evaluate((to) => window.fakeGmail.compose({ to, subject: 'Re: 見積もりの件', html: '了解しました。御社の件、明日話しましょう。' }), [SATO]);
  const againId = await composeIdOf(page, bodyOf(again));
  await waitFor(async () => (await control(page, againId).locator('.relationship-button').getAttribute('data-recipient')) === 'internal', 'the thread’s choice to be remembered');
  await waitFor(async () => (await badge(page, bodyOf(again)))?.state === 'clean', 'the remembered choice to reach the engine');
});

test('recipient control: turning first contact off for a client reaches the engine (a pitch to a stranger is no longer flagged)', async (t) => {
  const page = await openGmail(t);
  const pitch = 'Dear Sato-san,<div><br></div><div>I would like to introduce our new inventory platform. Could we schedule a 30-minute demo next week?</div>';
  const id = await page.evaluate(([to, html]) => window.fakeGmail.compose({ to, subject: 'Inventory platform', html }), [[SATO], pitch]);
  const body = bodyOf(id);
  const composeId = await composeIdOf(page, body);
  const before = await waitFor(async () => {
    const b = await badge(page, body);
    return b?.state !== 'loading' && b;
  }, 'the first check');
  await control(page, composeId).locator('.relationship-button').click();
  await control(page, composeId).locator('.first-contact input').uncheck();
  await waitFor(async () => (await control(page, composeId).locator('.relationship-button').getAttribute('data-first-contact')) === 'false', 'the control to show it');
  await waitFor(async () => (await badge(page, body)).count < before.count, `fewer findings than the ${before.count} of a first contact`);
});

test('address block (Gmail): a salutation to another company and another person than the To chip is flagged as an error', async (t) => {
  await setPolicy(t.worker, CLIENTS);
  t.cleanup(() => setPolicy(t.worker, null));
  const page = await openGmail(t);
  await page.evaluate((to) => window.fakeGmail.compose({ to, subject: 'お見積もり', html: '株式会社みどり物産<div>営業部 田中様</div><div><br></div><div>いつもお世話になっております。</div>' }), [SATO]);
  await waitFor(async () => {
    const h = await highlights(page);
    return h.error.includes('株式会社みどり物産') && h.error.includes('田中');
  }, 'the wrong company and the wrong person as errors');
  const right = await page.evaluate((to) => window.fakeGmail.compose({ to, subject: 'お見積もり', html: '株式会社さくら商事<div>営業部 佐藤様</div><div><br></div><div>いつもお世話になっております。</div>' }), [SATO]);
  await waitFor(async () => (await badge(page, bodyOf(right)))?.state === 'clean', 'the right address block to be clean');
});

test('address block (Outlook): the wrong person from the To/Cc pills is an error; one of two To recipients alone asks for both', async (t) => {
  await setPolicy(t.worker, CLIENTS);
  t.cleanup(() => setPolicy(t.worker, null));
  const page = await openOutlook(t);
  await page.evaluate(([to, cc]) => window.fakeOutlook.newMail({ to, cc, subject: 'お見積もり', paragraphs: ['株式会社さくら商事', '田中様', '', 'いつもお世話になっております。'] }), [[SATO], [SUZUKI]]);
  await waitFor(async () => (await highlights(page)).error.includes('田中'), 'the wrong person as an error');
  // Cc'd Suzuki may be named; two people in To addressed as one get a warning.
  await page.evaluate((to) => window.fakeOutlook.newMail({ to, subject: 'お見積もり', paragraphs: ['株式会社さくら商事', '鈴木様', '', 'いつもお世話になっております。'] }), [SATO, SUZUKI]);
  await waitFor(async () => (await highlights(page)).warning.includes('鈴木様'), 'one of two To recipients addressed alone');
  assert.deepEqual((await highlights(page)).error, [], 'Suzuki is a recipient: no error');
});
