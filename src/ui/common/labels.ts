// Names of categories, severities and levels in both interface languages, shared by popup, options and card.
import type { Category, Severity } from '../../engine/types';
import type { Level } from '../../policy/schema';
import type { UiLang } from '../i18n';

export const CATEGORY_LABELS: Record<UiLang, Record<Category, string>> = {
  en: {
    'blunt-refusal': 'Blunt refusals',
    honorific: 'Honorifics and keigo',
    'cold-outreach': 'Cold outreach',
    pressure: 'Pressure',
    register: 'Casual register',
    'bad-news': 'Bad news',
    calendar: 'Calendar and meetings',
    policy: 'Organisation rules',
  },
  ja: {
    'blunt-refusal': '直接的な断り',
    honorific: '敬語・敬称',
    'cold-outreach': '一方的な売り込み',
    pressure: '圧力・催促',
    register: 'くだけた表現',
    'bad-news': '悪い知らせの伝え方',
    calendar: '日程・会議',
    policy: '組織のルール',
  },
};

export const LEVEL_LABELS: Record<UiLang, Record<Level, string>> = {
  en: { error: 'Error', warning: 'Warning', info: 'Info', off: 'Off' },
  ja: { error: 'エラー', warning: '警告', info: '情報', off: 'オフ' },
};

/** Most severe first: the order reviewers read in. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
