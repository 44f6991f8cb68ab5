// Every policy validation message in English and Japanese, keyed by issue code. An issue carries its path and
// the values the field allows; `formatIssue(issue, lang)` renders "field: message" in either language, so the
// options page shows errors in its own UI language and the CLI in English. A unit test checks every code and
// every format has both languages.
export type PolicyLang = 'en' | 'ja';

export const ISSUE_CODES = [
  'json', 'notObject', 'required', 'wrongType', 'unknownKey', 'notAllowed', 'empty', 'tooFew', 'tooLong', 'format',
  'unknownRule', 'patternUnsupported', 'patternInvalid', 'swapLine', 'duplicateId', 'other',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export const FORMATS = ['ruleId', 'clock', 'timeOrder', 'timeZone', 'domain'] as const;
export type FormatName = (typeof FORMATS)[number];

export const TYPE_NAMES = ['string', 'array', 'object', 'boolean', 'number'] as const;
export type TypeName = (typeof TYPE_NAMES)[number];

export interface IssueParams {
  /** The values (or keys) the field allows. */
  allowed?: readonly string[];
  /** The nearest allowed value to what was written. */
  suggestion?: string;
  expected?: TypeName;
  format?: FormatName;
  /** The offending value or key, quoted in the message. */
  value?: string;
  min?: number;
  max?: number;
  /** The construct a pattern used that the linear-time engine refuses (backreference, lookaround, …). */
  construct?: 'backreference' | 'lookaround' | 'other';
  /** A technical detail (JSON parser's message, regex parser's message). */
  detail?: string;
  line?: number;
}

export interface PolicyIssue {
  code: IssueCode;
  /** Path to the field; an unknown key's path ends with the key itself. */
  path: ReadonlyArray<string | number>;
  params: IssueParams;
}

type Catalogue = Record<PolicyLang, Record<IssueCode, string>>;

const ISSUES: Catalogue = {
  en: {
    json: 'not valid JSON ({detail})',
    notObject: 'must be an object of settings ({ … })',
    required: 'is required ({expected})',
    wrongType: 'must be {expected}',
    unknownKey: 'unknown setting “{value}”; allowed: {allowed}',
    notAllowed: '“{value}” is not allowed; allowed values: {allowed}',
    empty: 'must not be empty',
    tooFew: 'needs at least {min} item(s)',
    tooLong: 'is too long (at most {max} characters)',
    format: 'must be {format}',
    unknownRule: 'unknown rule id “{value}”; use an id listed under Categories and rules, or policy.<id> of an organisation rule',
    patternUnsupported: 'the pattern uses {construct}, which the linear-time engine (RE2 syntax) does not support',
    patternInvalid: 'the pattern is not a valid regular expression ({detail})',
    swapLine: 'line {line} needs “phrase => replacement”',
    duplicateId: 'the id “{value}” is used by another organisation rule',
    other: 'is invalid ({detail})',
  },
  ja: {
    json: 'JSON として正しくありません（{detail}）',
    notObject: '設定のオブジェクト（{ … }）で指定してください',
    required: '必須です（{expected}）',
    wrongType: '{expected}で指定してください',
    unknownKey: '「{value}」という設定はありません。使える設定: {allowed}',
    notAllowed: '「{value}」は使えません。使える値: {allowed}',
    empty: '空にはできません',
    tooFew: '{min} 件以上必要です',
    tooLong: '長すぎます（{max} 文字まで）',
    format: '{format}で指定してください',
    unknownRule: '「{value}」というルール ID はありません。「カテゴリーとルール」に表示される ID か、組織のルールの policy.<id> を指定してください',
    patternUnsupported: 'パターンに{construct}が含まれています。線形時間のエンジン（RE2 構文）では使えません',
    patternInvalid: '正規表現として正しくありません（{detail}）',
    swapLine: '{line} 行目は「表現 => 置換後」の形にしてください',
    duplicateId: 'ID「{value}」は別の組織のルールで使われています',
    other: '正しくありません（{detail}）',
  },
};

const FORMAT_TEXT: Record<PolicyLang, Record<FormatName, string>> = {
  en: {
    ruleId: 'lower-case letters, digits, dots and dashes (org.no-asap)',
    clock: 'a 24-hour time such as 09:00',
    timeOrder: 'a time after the start',
    timeZone: 'an IANA time zone such as Asia/Tokyo',
    domain: 'a domain such as example.co.jp',
  },
  ja: {
    ruleId: '英小文字・数字・ドット・ハイフン（org.no-asap など）',
    clock: '09:00 のような 24 時間表記の時刻',
    timeOrder: '開始より後の時刻',
    timeZone: 'Asia/Tokyo のような IANA タイムゾーン名',
    domain: 'example.co.jp のようなドメイン',
  },
};

const TYPE_TEXT: Record<PolicyLang, Record<TypeName, string>> = {
  en: { string: 'text', array: 'a list ([ … ])', object: 'an object ({ … })', boolean: 'true or false', number: 'a number' },
  ja: { string: '文字列', array: 'リスト（[ … ]）', object: 'オブジェクト（{ … }）', boolean: 'true または false', number: '数値' },
};

const CONSTRUCT_TEXT: Record<PolicyLang, Record<NonNullable<IssueParams['construct']>, string>> = {
  en: { backreference: 'a backreference (\\1, \\k<name>)', lookaround: 'lookahead or lookbehind ((?=, (?!, (?<=, (?<!)', other: 'a construct' },
  ja: { backreference: '後方参照（\\1、\\k<name>）', lookaround: '先読み・後読み（(?=、(?!、(?<=、(?<!）', other: '未対応の構文' },
};

const SUGGEST: Record<PolicyLang, string> = { en: ' — did you mean “{suggestion}”?', ja: '（もしかして「{suggestion}」？）' };
const ROOT: Record<PolicyLang, string> = { en: '(policy)', ja: '(ポリシー)' };
const MAX_LISTED = 12;

export const ISSUE_CATALOGUE = ISSUES;
export const FORMAT_CATALOGUE = FORMAT_TEXT;

/** "customRules.0.kind" for a path; "(policy)" for the root, "(json)" for text that is not JSON. */
export function fieldOf(issue: Pick<PolicyIssue, 'code' | 'path'>, lang: PolicyLang = 'en'): string {
  if (issue.code === 'json') return '(json)';
  return issue.path.length ? issue.path.map(String).join('.') : ROOT[lang];
}

function listed(values: readonly string[], lang: PolicyLang): string {
  const shown = values.slice(0, MAX_LISTED).map((v) => (lang === 'ja' ? `「${v}」` : `“${v}”`));
  const more = values.length - shown.length;
  const sep = lang === 'ja' ? '、' : ', ';
  return shown.join(sep) + (more > 0 ? (lang === 'ja' ? ` ほか ${more} 件` : ` and ${more} more`) : '');
}

/** The message alone, in the given language. */
export function issueMessage(issue: PolicyIssue, lang: PolicyLang = 'en'): string {
  const p = issue.params;
  const vars: Record<string, string> = {
    allowed: p.allowed ? listed(p.allowed, lang) : '',
    expected: p.expected ? TYPE_TEXT[lang][p.expected] : '',
    format: p.format ? FORMAT_TEXT[lang][p.format] : '',
    construct: p.construct ? CONSTRUCT_TEXT[lang][p.construct] : '',
    value: p.value ?? '',
    min: String(p.min ?? ''),
    max: String(p.max ?? ''),
    detail: p.detail ?? '',
    line: String(p.line ?? ''),
  };
  const fill = (template: string, extra: Record<string, string> = vars) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => extra[name] ?? whole);
  let text = fill(ISSUES[lang][issue.code]);
  if (p.suggestion) text += fill(SUGGEST[lang], { suggestion: p.suggestion });
  return text;
}

/** "field: message" in the given language. */
export function formatIssue(issue: PolicyIssue, lang: PolicyLang = 'en'): string {
  return `${fieldOf(issue, lang)}: ${issueMessage(issue, lang)}`;
}
