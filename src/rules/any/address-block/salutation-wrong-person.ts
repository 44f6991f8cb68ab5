import { defineRule } from '../../../engine/rule';
import type { Suggestion } from '../../../engine/types';
import { addressBlock, namesARecipient, surnameFor } from './block';

/**
 * The address block names someone who is not among the To/Cc recipients: a mail reused from another thread,
 * or the wrong contact picked from the address book. Only read when the mail client told us the recipients.
 */
export default defineRule({
  id: 'any.honorific.salutation-wrong-person',
  lang: 'any',
  category: 'honorific',
  severity: 'error',
  title: { en: 'Salutation to someone who is not a recipient', ja: '宛名が宛先の人と違う' },
  rationale: {
    en: 'Addressing a mail to the wrong person tells the reader it was copied from someone else’s mail. In Japan, where a relationship rests on care and attention, that is remembered far longer than a typo.',
    ja: '宛名が宛先と違うと、別の人へのメールを使い回したことが相手に伝わります。細やかな気配りが信頼の土台となる日本の商習慣では、誤字以上に長く記憶に残ります。',
  },
  examples: {
    valid: [
      { text: '佐藤様\n\nいつもお世話になっております。', context: { recipients: [{ name: '佐藤 健二', address: 'kenji.sato@sakura-trading.co.jp' }] } },
      { text: 'Dear Sato-san,\n\nThank you for your call.', context: { recipients: [{ name: '佐藤 健二', address: 'kenji.sato@sakura-trading.co.jp' }] } },
      { text: 'Hi Takuya,\n\nThanks for the call.', context: { recipients: [{ name: 'Takuya Sato', address: 't.sato@sakura-trading.co.jp' }] } },
      { text: '株式会社さくら商事\n営業部 佐藤 健二様\n\nいつもお世話になっております。', context: { recipients: [{ name: '佐藤 健二', address: 'kenji.sato@sakura-trading.co.jp' }] } },
      // A name in another script with an address that says nothing: cannot be told, so nothing is flagged.
      { text: '鈴木様\n\nいつもお世話になっております。', context: { recipients: [{ address: 'info@sakura-trading.co.jp' }] } },
      // No recipients known yet.
      { text: '鈴木様\n\nいつもお世話になっております。' },
      // A sentence that mentions someone is not an address block.
      { text: '田中さんの件ですが、来週ご相談させてください。', context: { recipients: [{ name: '佐藤 健二', address: 'kenji.sato@sakura-trading.co.jp' }] } },
      { text: 'Dear all,\n\nPlease find the minutes attached.', context: { recipients: [{ name: 'Takuya Sato', address: 't.sato@sakura-trading.co.jp' }] } },
      { text: 'ご担当者様\n\n突然のご連絡失礼いたします。', context: { recipients: [{ name: '佐藤 健二', address: 'kenji.sato@sakura-trading.co.jp' }] } },
      // Cc'd people count: the salutation may name one of them.
      { text: '鈴木様\n\nいつもお世話になっております。', context: { recipients: [{ name: '佐藤 健二', address: 'kenji.sato@sakura-trading.co.jp' }, { name: '鈴木 一郎', address: 'suzuki@sakura-trading.co.jp', cc: true }] } },
    ],
    invalid: [
      {
        text: '鈴木様\n\nいつもお世話になっております。',
        context: { recipients: [{ name: '佐藤 健二', address: 'kenji.sato@sakura-trading.co.jp' }] },
        flagged: '鈴木',
        outputs: ['佐藤様\n\nいつもお世話になっております。'],
      },
      {
        text: '株式会社さくら商事\n営業部 鈴木 一郎様\n\nいつもお世話になっております。',
        context: { recipients: [{ name: '佐藤 健二', address: 'kenji.sato@sakura-trading.co.jp' }] },
        flagged: '鈴木 一郎',
        outputs: ['株式会社さくら商事\n営業部 佐藤様\n\nいつもお世話になっております。'],
      },
      {
        text: 'Dear Tanaka-san,\n\nThank you for your call.',
        context: { recipients: [{ name: '佐藤 健二', address: 'kenji.sato@sakura-trading.co.jp' }] },
        flagged: 'Tanaka',
        outputs: [],
      },
      {
        text: 'Dear Mr. Brown,\n\nThank you for your order.',
        context: { recipients: [{ name: 'Anna Schmidt', address: 'anna.schmidt@example.de' }] },
        flagged: 'Brown',
        outputs: ['Dear Mr. Schmidt,\n\nThank you for your order.'],
      },
    ],
  },
  document(ctx) {
    if (ctx.field !== 'body') return;
    const recipients = ctx.draft.context.recipients ?? [];
    if (recipients.length === 0) return;
    for (const person of addressBlock(ctx.text, ctx.policy).persons) {
      if (namesARecipient(person, recipients) !== false) continue;
      const suggestions: Suggestion[] = [];
      for (const r of recipients.filter((x) => !x.cc).slice(0, 3)) {
        const name = surnameFor(r, person.script);
        if (name && !suggestions.some((s) => s.text === name)) {
          suggestions.push({ text: name, label: `Address ${r.name ?? r.address}`, labelJa: `${r.name ?? r.address} 宛てにする` });
        }
      }
      ctx.report({
        start: person.start,
        end: person.end,
        message: `“${person.name}” is not among the recipients (${recipients.map((r) => r.name ?? r.address).join(', ')}).`,
        messageJa: `宛名の「${person.name}」は宛先（${recipients.map((r) => r.name ?? r.address).join('、')}）にいません。`,
        suggestions,
      });
    }
  },
});
