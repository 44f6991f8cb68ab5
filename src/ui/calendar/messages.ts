// Strings of the calendar editors' own UI (the Undo notice after a date was changed), in English and Japanese.
import { translator, type MessageTable, type UiLang } from '../i18n';

type CalendarKey = 'dateChanged' | 'undo' | 'dismiss';

const MESSAGES: MessageTable<CalendarKey> = {
  en: { dateChanged: 'Date and time changed to {when}.', undo: 'Undo', dismiss: 'Dismiss' },
  ja: { dateChanged: '日時を{when}に変更しました。', undo: '元に戻す', dismiss: '閉じる' },
};

export type CalendarTranslate = ReturnType<typeof translator<CalendarKey>>;
export const calendarTranslator = (lang: UiLang): CalendarTranslate => translator(MESSAGES, lang);
