import { defineRule } from '../../../engine/rule';
import type { Suggestion } from '../../../engine/types';
import { addressBlock, isExternal, surnameFor } from './block';

/**
 * Several external people in To, and the address block names only one of them: the others read a mail that
 * ignores them. Name each (佐藤様、鈴木様 / Sato-san and Suzuki-san) or address them together (各位 / all).
 */
export default defineRule({
  id: 'any.honorific.several-addressed-as-one',
  lang: 'any',
  category: 'honorific',
  severity: 'warning',
  title: { en: 'Several recipients addressed as one person', ja: '複数の宛先に一人だけの宛名' },
  rationale: {
    en: 'Every person in To is someone you write to. Naming only one of them tells the others they are an afterthought; in a Japanese company, where the senior person may be the second name, that can be a slight.',
    ja: 'To に入れた人は全員が宛先です。一人だけの宛名は、ほかの人を軽んじているように映ります。目上の方が二人目に入っていることもあり、失礼になりかねません。',
  },
  examples: {
    valid: [
      { text: '佐藤様、鈴木様\n\nいつもお世話になっております。', context: { recipients: [{ name: '佐藤 健二', address: 'sato@sakura.co.jp' }, { name: '鈴木 一郎', address: 'suzuki@sakura.co.jp' }] } },
      { text: '関係者各位\n\nいつもお世話になっております。', context: { recipients: [{ name: '佐藤 健二', address: 'sato@sakura.co.jp' }, { name: '鈴木 一郎', address: 'suzuki@sakura.co.jp' }] } },
      // The second person is in Cc: addressing the To alone is right.
      { text: '佐藤様\n\nいつもお世話になっております。', context: { recipients: [{ name: '佐藤 健二', address: 'sato@sakura.co.jp' }, { name: '鈴木 一郎', address: 'suzuki@sakura.co.jp', cc: true }] } },
      { text: 'Dear all,\n\nThank you for the meeting.', context: { recipients: [{ name: 'Takuya Sato', address: 'sato@sakura.co.jp' }, { name: 'Ichiro Suzuki', address: 'suzuki@sakura.co.jp' }] } },
    ],
    invalid: [
      {
        text: '佐藤様\n\nいつもお世話になっております。',
        context: { recipients: [{ name: '佐藤 健二', address: 'sato@sakura.co.jp' }, { name: '鈴木 一郎', address: 'suzuki@sakura.co.jp' }] },
        flagged: '佐藤様',
        outputs: ['佐藤様、鈴木様\n\nいつもお世話になっております。', '皆様\n\nいつもお世話になっております。'],
      },
      {
        text: 'Dear Sato-san,\n\nThank you for the meeting.',
        context: { recipients: [{ name: 'Takuya Sato', address: 'sato@sakura.co.jp' }, { name: 'Ichiro Suzuki', address: 'suzuki@sakura.co.jp' }] },
        flagged: 'Sato-san',
        outputs: ['Dear Sato-san and Suzuki-san,\n\nThank you for the meeting.', 'Dear all,\n\nThank you for the meeting.'],
      },
    ],
  },
  document(ctx) {
    if (ctx.field !== 'body') return;
    const to = (ctx.draft.context.recipients ?? []).filter((r) => !r.cc && isExternal(r, ctx.policy));
    if (new Set(to.map((r) => r.address.toLowerCase())).size < 2) return;
    const block = addressBlock(ctx.text, ctx.policy);
    if (block.group || block.persons.length !== 1) return;
    const person = block.persons[0]!;
    const flagged = ctx.text.slice(person.start, person.fullEnd);
    const names = to.map((r) => surnameFor(r, person.script));
    const suggestions: Suggestion[] = [];
    if (person.script === 'ja') {
      const honorific = flagged.slice(person.end - person.start) || '様';
      if (names.every(Boolean)) suggestions.push({ text: names.map((n) => `${n}${honorific}`).join('、'), label: 'Name each recipient', labelJa: '宛先の全員を書く' });
      suggestions.push({ text: '皆様', label: 'Address them together (皆様)', labelJa: '「皆様」とする' });
    } else {
      const suffix = flagged.slice(person.end - person.start) || '';
      if (names.every(Boolean)) {
        const list = names.map((n) => `${n}${suffix}`);
        suggestions.push({ text: list.length === 2 ? list.join(' and ') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`, label: 'Name each recipient', labelJa: '宛先の全員を書く' });
      }
      suggestions.push({ text: 'all', label: 'Address them together', labelJa: '全員宛てにする' });
    }
    ctx.report({
      start: person.start,
      end: person.fullEnd,
      message: `${to.length} people are in To, but the mail addresses only ${person.name}.`,
      messageJa: `To に ${to.length} 名いますが、宛名は ${person.name} 様だけです。`,
      suggestions,
    });
  },
});
