// A suggestion with several edits (a cushion before the sentence and the softened ending), applied from its
// card in the compose window of each client: the whole suggestion lands, nothing around it changes, and one
// Ctrl+Z restores the draft exactly (and one Redo brings it back).
import { assert, waitFor } from './lib/expect.mjs';
import { bodyOf, bodyState, hoverFinding, openGmail, openOutlook } from './lib/mail.mjs';
import { test } from './lib/runner.mjs';

const CLIENT = [{ name: '佐藤 健二', email: 'kenji.sato@sakura-trading.co.jp' }];
const LINE = 'なお、<b>見積書</b>は郵送しません。&nbsp;以上です。';
const EXPECTED = 'なお、申し訳ございませんが、見積書はご郵送いたしかねます。\u00a0以上です。';

async function applyAndUndo(page, body) {
  const card = await hoverFinding(page, '郵送しません');
  const suggestion = card.locator('.suggestion').first();
  assert.match(await suggestion.innerText(), /いたしかねます/);
  const before = await bodyState(page, body);
  await suggestion.click();
  const after = await waitFor(async () => {
    const s = await bodyState(page, body);
    return s.textContent !== before.textContent && s;
  }, 'the draft to change');
  // Both edits, and the no-break space and the bold word between them as they were.
  assert.equal(after.textContent, before.textContent.replace('なお、見積書は郵送しません。\u00a0以上です。', EXPECTED));
  assert.ok(after.html.includes('なお、申し訳ございませんが、<b>見積書</b>はご郵送いたしかねます。&nbsp;以上です。'), after.html);
  assert.equal(after.html.replace('申し訳ございませんが、', '').replace('ご郵送いたしかねます', '郵送しません'), before.html, 'only the two edits changed');
  await page.keyboard.press('Control+z');
  const undone = await waitFor(async () => {
    const s = await bodyState(page, body);
    return s.textContent === before.textContent && s;
  }, 'one Undo to restore the whole draft');
  assert.equal(undone.html, before.html, 'Undo restores the DOM too');
  // Redo brings the whole suggestion back, and Undo takes it away again, each in one press.
  await page.keyboard.press('Control+Shift+z');
  await waitFor(async () => (await bodyState(page, body)).html === after.html, 'one Redo to bring back both edits');
  await page.keyboard.press('Control+z');
  await waitFor(async () => (await bodyState(page, body)).html === before.html, 'one Undo again to restore the draft');
}

test('gmail: a multi-edit suggestion applies from its card, changes only its edits, and one Undo restores the draft', async (t) => {
  const page = await openGmail(t);
  const id = await page.evaluate((o) => window.fakeGmail.compose(o), {
    to: CLIENT,
    subject: 'お見積もりの件',
    html: `佐藤様<div><br></div><div>${LINE}</div><div>よろしくお願いいたします。</div>`,
  });
  await applyAndUndo(page, bodyOf(id));
}, { timeoutMs: 120000 });

test('outlook: a multi-edit suggestion applies from its card, changes only its edits, and one Undo restores the draft', async (t) => {
  const page = await openOutlook(t);
  const id = await page.evaluate((o) => window.fakeOutlook.newMail(o), {
    to: CLIENT,
    subject: 'お見積もりの件',
    paragraphs: ['佐藤様', '', LINE, 'よろしくお願いいたします。'],
  });
  await applyAndUndo(page, bodyOf(id, 'outlook'));
}, { timeoutMs: 120000 });

test('gmail: two multi-edit suggestions applied one after the other are undone one per Ctrl+Z, each whole', async (t) => {
  const page = await openGmail(t);
  const id = await page.evaluate((o) => window.fakeGmail.compose(o), {
    to: CLIENT,
    subject: 'お見積もりの件',
    html: `佐藤様<div><br></div><div>${LINE}</div><div>当社は<i>個人のお客様</i>とは取引しません。</div>`,
  });
  const body = bodyOf(id);
  const original = await bodyState(page, body);
  const apply = async (flagged) => {
    const before = await bodyState(page, body);
    await (await hoverFinding(page, flagged)).locator('.suggestion').first().click();
    return waitFor(async () => {
      const s = await bodyState(page, body);
      return s.html !== before.html && s;
    }, `the suggestion on ${flagged} to apply`);
  };
  const first = await apply('郵送しません');
  // Move away from the card so the next hover opens the other finding's.
  await page.mouse.move(5, 5);
  const second = await apply('取引しません');
  assert.ok(second.textContent.includes('申し訳ございませんが、当社は個人のお客様とはお取引いたしかねます。'), second.textContent);
  await page.keyboard.press('Control+z');
  await waitFor(async () => (await bodyState(page, body)).html === first.html, 'the first Undo to take back the second suggestion whole');
  await page.keyboard.press('Control+z');
  await waitFor(async () => (await bodyState(page, body)).html === original.html, 'the second Undo to take back the first suggestion whole');
}, { timeoutMs: 120000 });
