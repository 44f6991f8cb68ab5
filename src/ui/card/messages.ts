// Strings of the compose-window UI (card, badge, send confirmation), in English and Japanese.
import type { Category, Recipient, Severity } from '../../engine/types';
import { translator, type MessageTable, type UiLang } from '../i18n';

export type CardKey =
  | 'apply'
  | 'ignore'
  | 'close'
  | 'why'
  | 'previous'
  | 'next'
  | 'position'
  | 'badgeTitle'
  | 'badgeClean'
  | 'badgeLoading'
  | 'dictionaryError'
  | 'changedMeanwhile'
  | 'confirmTitle'
  | 'confirmBody'
  | 'review'
  | 'sendAnyway'
  | 'subject'
  | 'recipientTitle'
  | 'recipientDefault'
  | 'recipientRemembered'
  | 'firstContact'
  | 'firstContactShort'
  | `recipient.${Recipient}`
  | `severity.${Severity}`
  | `category.${Category}`;

export const CARD_MESSAGES: MessageTable<CardKey> = {
  en: {
    apply: 'Apply',
    ignore: 'Ignore',
    close: 'Close',
    why: 'Why it matters',
    previous: 'Previous issue',
    next: 'Next issue',
    position: '{n} of {total}',
    badgeTitle: 'Nemawashi: {n} to review in this draft',
    badgeClean: 'Nemawashi: nothing to review',
    badgeLoading: 'Nemawashi: loading the Japanese dictionary…',
    dictionaryError: 'Japanese dictionary unavailable: only English and phrase checks ran.',
    changedMeanwhile: 'This text changed since it was checked; checking again.',
    confirmTitle: 'Send with issues left?',
    confirmBody: '{n} issue(s) in this draft may hurt the relationship with the recipient.',
    review: 'Review',
    sendAnyway: 'Send anyway',
    subject: 'Subject',
    recipientTitle: 'Who is this mail for?',
    recipientDefault: 'Guessed from the addresses and the thread. Your choice is remembered for this thread.',
    recipientRemembered: 'Remembered for this thread.',
    firstContact: 'First contact (no relationship yet)',
    firstContactShort: 'first contact',
    'recipient.client': 'Client',
    'recipient.prospect': 'Prospect',
    'recipient.internal': 'Internal',
    'severity.error': 'Error',
    'severity.warning': 'Warning',
    'severity.info': 'Tip',
    'category.blunt-refusal': 'Blunt refusal',
    'category.honorific': 'Honorifics',
    'category.cold-outreach': 'Cold outreach',
    'category.pressure': 'Pressure',
    'category.register': 'Register',
    'category.bad-news': 'Bad news',
    'category.calendar': 'Calendar',
    'category.policy': 'Company policy',
  },
  ja: {
    apply: '適用',
    ignore: '無視',
    close: '閉じる',
    why: 'なぜ重要か',
    previous: '前の指摘',
    next: '次の指摘',
    position: '{total}件中{n}件目',
    badgeTitle: '根回し: この下書きに確認事項が{n}件あります',
    badgeClean: '根回し: 確認事項はありません',
    badgeLoading: '根回し: 日本語辞書を読み込み中…',
    dictionaryError: '日本語辞書を読み込めませんでした。英語と語句のチェックのみ実行しています。',
    changedMeanwhile: 'チェック後に文章が変更されました。再チェックします。',
    confirmTitle: '確認事項を残したまま送信しますか？',
    confirmBody: 'この下書きには、相手との関係を損ねるおそれのある箇所が{n}件あります。',
    review: '確認する',
    sendAnyway: 'このまま送信',
    subject: '件名',
    recipientTitle: 'このメールの宛先は？',
    recipientDefault: 'アドレスとスレッドから推定しています。選択はこのスレッドで記憶されます。',
    recipientRemembered: 'このスレッドで記憶しています。',
    firstContact: '初めての連絡（まだ関係がない）',
    firstContactShort: '初回',
    'recipient.client': '顧客',
    'recipient.prospect': '見込み客',
    'recipient.internal': '社内',
    'severity.error': 'エラー',
    'severity.warning': '注意',
    'severity.info': 'ヒント',
    'category.blunt-refusal': '率直すぎる断り',
    'category.honorific': '敬語・敬称',
    'category.cold-outreach': '突然の営業',
    'category.pressure': '圧力',
    'category.register': '文体',
    'category.bad-news': '悪い知らせ',
    'category.calendar': '日程',
    'category.policy': '社内ポリシー',
  },
};

export type CardTranslate = ReturnType<typeof translator<CardKey>>;

export function cardTranslator(lang: UiLang): CardTranslate {
  return translator(CARD_MESSAGES, lang);
}
