import { defineRule } from '../../engine/rule';
import type { Line } from '../../engine/types';
import { addressesPerson, bareNameAtEnd, namesOrganisation, personBeforeOnchu } from './lib/addressee';
import { layoutOf } from '../../engine/analysis/layout';
import { suggestion } from './lib/suggest';
import { isAddressTrailing, stripTrailing } from '../../engine/words';

/** 川上様御中: a person's honorific with 御中 after it on the same line. */
const DOUBLED = /(?:様|さま|殿|先生)[\s\u3000]*御中/;
/**
 * Hi Takeshi, / Dear Mr Kuroda: a greeting line that names a person right under the address. The mail is to
 * that person, so the department above is not the addressee; how the person is greeted is another rule's.
 */
const PERSON_GREETING = /^(?:hi|hello|dear|hey)[\s,]+\p{Lu}/iu;

/**
 * 森本様、西田様 / Mr. Morimoto, Mr. Nishida / 設備課 原田様 / Mr. Harada: a person line whose Japanese half
 * honours a person with 様, its English half after a slash. The mail is to that person, so the company or
 * department line above needs no 御中 (the layout stops the address block at the Latin half).
 */
function bilingualPersonLine(text: string): boolean {
  const cut = text.search(/[/／][\s\u3000]*[A-Za-z]/);
  if (cut <= 0) return false;
  return /(?:様|さま|殿|先生)(?:[、,，\s\u3000]|$)/.test(text.slice(0, cut).trim() + ' ');
}

/** A field label of an invitation or a form: 出席者：, 場所：, 宛先: (a few characters, then a colon). */
const FIELD_LABEL = /^[^\s：:]{1,8}[：:]/u;

/** The line is indented and the line above it is a labelled field: the field's value goes on. */
function continuesField(lines: readonly Line[], line: Line): boolean {
  if (!/^[\s\u3000]/.test(line.text)) return false;
  const above = lines[line.index - 1];
  return above !== undefined && FIELD_LABEL.test(above.text.trim());
}

/**
 * A company or department addressed as such takes 御中; a person takes 様; never both. Only the address
 * block at the top of the mail is read, so the sender's own company in the signature is never flagged.
 */
export default defineRule({
  id: 'ja.honorific.missing-onchu',
  lang: 'ja',
  category: 'honorific',
  severity: 'warning',
  // A bare name under the company is a missing 様: ja.honorific.salutation-without-sama reports it on the name.
  yieldsTo: ['ja.honorific.salutation-without-sama'],
  title: { en: 'Company or department without 御中', ja: '会社・部署宛てに「御中」がない' },
  rationale: {
    en: 'A mail addressed to an organisation is written 〇〇株式会社 〇〇部 御中 (or to ご担当者様). Without 御中 the address reads as a bare label; with 御中 and 様 together it honours the same reader twice, a beginner’s mistake.',
    ja: '会社や部署に宛てる場合は「〇〇部 御中」、個人に宛てる場合は「〇〇様」と書きます。敬称のない宛名は事務的で失礼に映り、「御中」と「様」の併用は誤りとして目立ちます。',
  },
  examples: {
    valid: [
      { text: '森永製菓株式会社 御中\n\nいつもお世話になっております。' },
      // Round 24: the attendee list of an invitation goes on on an indented line: our own side, no address.
      { text: '日時：11月19日（木）10:00〜11:00\n出席者：トウホク重機 桜井様\n　　　　ケスラー日本法人 ブラント\n\n株式会社トウホク重機\n品質保証部 桜井様\n\nいつもお世話になっております。' },
      { text: '株式会社オトワ化学 物流課 御中\n\nいつもお世話になっております。' },
      { text: '株式会社オトワ化学\n物流課 ご担当者様\n\nいつもお世話になっております。' },
      { text: 'いつもお世話になっております。\n\nよろしくお願いいたします。\n\nカーゴリンク・ジャパン株式会社 営業部' },
      { text: '株式会社オトワ化学\n物流課 西田\n\nいつもお世話になっております。' },
      { text: '株式会社オトワ化学\n物流課\nDear Ms Nishida,\n\nいつもお世話になっております。' },
      { text: '株式会社オトワ化学 物流課\n西田様、東様 / Ms Nishida, Mr Higashi\n\nいつもお世話になっております。' },
      // Round 27 (AG ag2-041): ご担当者様 with a headcount or a note after it is a person's honorific, read by the line's structure.
      { text: '株式会社アサギリ電子\n品質保証課 ご担当者様1名\n\nいつもお世話になっております。' },
      { text: '株式会社アサギリ電子\n設備技術課 佐々木様、品質保証課 ご担当者様（2名）\n\nいつもお世話になっております。' },
    ],
    invalid: [
      {
        text: '株式会社ミナト 川上様御中\n\nいつもお世話になっております。',
        flagged: '株式会社ミナト 川上様御中',
        outputs: ['株式会社ミナト 川上様\n\nいつもお世話になっております。'],
      },
      {
        text: '株式会社オトワ化学 物流課\n\nいつもお世話になっております。',
        flagged: '株式会社オトワ化学 物流課',
        outputs: [
          '株式会社オトワ化学 物流課 御中\n\nいつもお世話になっております。',
          '株式会社オトワ化学 物流課 ご担当者様\n\nいつもお世話になっております。',
        ],
      },
      {
        text: '株式会社ハヤセ商事\n経理部 森 御中\n\nいつもお世話になっております。',
        flagged: '森 御中',
        outputs: ['株式会社ハヤセ商事\n経理部 森様\n\nいつもお世話になっております。'],
      },
      {
        text: '株式会社オトワ化学 御中\n物流課 西田様\n\nいつもお世話になっております。',
        flagged: '株式会社オトワ化学 御中',
        outputs: ['株式会社オトワ化学\n物流課 西田様\n\nいつもお世話になっております。'],
      },
    ],
  },
  document(ctx) {
    const block = layoutOf(ctx).salutation;
    if (block.length === 0) return;
    // Round 24: 出席者：… / 　　　　ケスラー日本法人 ブラント: an indented line under a labelled field of an
    // invitation continues that field's list (the attendees, our own side among them), it addresses nobody.
    if (continuesField(ctx.lines, block[0]!)) return;
    // 川上様御中: the line that doubles 様 and 御中 is the one to fix, when there is one.
    const doubled = block.find((l) => DOUBLED.test(l.text));
    const onchuLine = doubled ?? block.find((l) => l.text.includes('御中'));
    const personLine = doubled ?? block.find((l) => addressesPerson(l) && !l.text.trim().endsWith('御中'));

    if (onchuLine && personLine) {
      const i = onchuLine.text.indexOf('御中');
      const lead = onchuLine.text.length - onchuLine.text.trimStart().length;
      const start = onchuLine.start + lead;
      const end = onchuLine.start + i + 2;
      const kept = onchuLine.text.slice(lead, i).trimEnd();
      ctx.report({
        start,
        end,
        message: '御中 and 様 together: address the person with 様 and drop 御中.',
        messageJa: '「御中」と「様」は併用しません。個人宛てなら「様」だけにします。',
        suggestions: [suggestion(kept, 'Drop 御中', '「御中」を外す')],
      });
      return;
    }
    if (onchuLine && !personLine) {
      // Round 24: 経理部 森 御中: 御中 on a person's name (on any line of the address); the person takes 様.
      const named = block.filter((l) => l.text.includes('御中')).map((l) => ({ line: l, person: personBeforeOnchu(l, ctx.sentences) })).find((x) => x.person);
      if (named) {
        const person = named.person!;
        const end = named.line.start + named.line.text.lastIndexOf('御中') + 2;
        ctx.report({
          start: person.start,
          end,
          message: `御中 is for a company or a department; a person is addressed ${person.text}様.`,
          messageJa: `「御中」は会社・部署宛ての敬称です。個人宛ては「${person.text}様」と書きます。`,
          suggestions: [suggestion(`${person.text}様`, `Write ${person.text}様`, `「${person.text}様」にする`)],
        });
      }
      return;
    }
    if (onchuLine || personLine) return;
    const last = block[block.length - 1]!;
    if (!namesOrganisation(last)) return;
    const next = ctx.lines.find((l) => l.start > last.start && l.text.trim() !== '');
    if (next && (PERSON_GREETING.test(next.text.trim()) || bilingualPersonLine(next.text))) return;
    // A bare name under the company is a missing 様, handled by ja.honorific.salutation-without-sama.
    if (bareNameAtEnd(last, ctx.sentences, block.length > 1)) return;
    const text = stripTrailing(last.text.trim(), isAddressTrailing);
    const start = last.start + last.text.indexOf(text);
    ctx.report({
      start,
      end: start + text.length,
      message: 'A company or department is addressed with 御中 (or to ご担当者様).',
      messageJa: '会社・部署宛ての宛名には「御中」を付けるか、「ご担当者様」とします。',
      suggestions: [
        suggestion(`${text} 御中`, 'Add 御中', '「御中」を付ける'),
        suggestion(`${text} ご担当者様`, 'Address ご担当者様', '「ご担当者様」宛てにする'),
      ],
    });
  },
});
