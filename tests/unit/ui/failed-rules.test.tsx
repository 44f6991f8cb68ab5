// The notices that say a check could not run on a draft: the compose badge's, the popup's (the reviewer's) and
// the options page's, rendered with Preact into a linkedom document, in English and Japanese.
import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { describe, expect, it } from 'vitest';
import { Badge, type BadgeProps } from '../../../src/ui/card/Badge';
import { failedRuleNames, failedRulesNotice } from '../../../src/ui/common/failed-rules';
import { translator, type UiLang } from '../../../src/ui/i18n';
import { FailedRulesNote } from '../../../src/ui/popup/FailedRules';
import { reviewMarkdown } from '../../../src/ui/popup/review';
import { CustomRulesSection } from '../../../src/ui/options/CustomRulesSection';
import { NO_LOCKS, policyToForm } from '../../../src/ui/options/form';
import { DEFAULT_POLICY, type Policy } from '../../../src/policy/schema';
import type { FailedRule } from '../../../src/extension/protocol';

function mount(node: ComponentChild): HTMLElement {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const root = document.getElementById('root') as unknown as HTMLElement;
  render(node, root);
  return root;
}

/** What a thrown rule's error may say: words of the draft it was reading. None of it may reach a notice. */
const DRAFT_WORDS = '御社の件、明日までに必ずご回答ください';
const sentenceRule: FailedRule = {
  ruleId: 'en.pressure.deadline-demand', count: 2, error: `cannot read ${DRAFT_WORDS}`,
  title: { en: 'Deadline demanded of the client', ja: '取引先への期限の要求' },
};
const orgRule: FailedRule = { ruleId: 'policy.no-asap', count: 1, error: 'Regular expression too large', title: { en: 'Avoid “ASAP”', ja: '「ASAP」は避ける' } };
const unnamed: FailedRule = { ruleId: 'ja.register.gone', count: 1, error: 'x' };

function badge(lang: UiLang, over: Partial<BadgeProps> = {}): HTMLElement {
  return mount(
    <Badge composeId="c1" left={400} top={300} count={0} severity={null} state="clean" checks={1} japaneseReady
      dictionaryError={null} failedRules={[]} lang={lang} t={translator(lang, 'card')} onOpen={() => undefined} {...over} />,
  );
}

describe('the names of rules that could not run', () => {
  it('quotes each rule by its title in the interface language, and its id when it has none', () => {
    expect(failedRuleNames([sentenceRule, orgRule], 'en')).toBe('“Deadline demanded of the client”, “Avoid “ASAP””');
    expect(failedRuleNames([sentenceRule, unnamed], 'ja')).toBe('「取引先への期限の要求」、「ja.register.gone」');
  });

  it('counts the names past three rather than listing them all', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((x): FailedRule => ({ ruleId: `policy.${x}`, count: 1, error: 'e', title: { en: x, ja: x } }));
    expect(failedRuleNames(many, 'en')).toBe('“a”, “b”, “c” and 2 more');
    expect(failedRuleNames(many, 'ja')).toBe('「a」、「b」、「c」ほか 2 件');
  });

  it('says one check or n checks, and nothing at all when every rule ran', () => {
    const t = translator('en', 'card');
    expect(failedRulesNotice([sentenceRule], 'en', t)).toBe('One check could not run on this draft: “Deadline demanded of the client”. Every other check ran.');
    expect(failedRulesNotice([sentenceRule, orgRule], 'en', t)).toMatch(/^2 checks could not run on this draft: .*Every other check ran\.$/);
    expect(failedRulesNotice([], 'en', t)).toBeNull();
    expect(failedRulesNotice(undefined, 'en', t)).toBeNull();
  });
});

describe('the compose badge', () => {
  it('names the rule beside a clean badge, and says the other checks ran (English)', () => {
    const root = badge('en', { failedRules: [sentenceRule] });
    const notice = root.querySelector('.notice')!;
    expect(notice.getAttribute('data-failed-rules')).toBe('en.pressure.deadline-demand');
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toBe('One check could not run on this draft: “Deadline demanded of the client”. Every other check ran.');
    expect(root.querySelector('.badge')!.textContent).toBe('✓');
  });

  it('says it in Japanese, with the rules’ Japanese titles', () => {
    const notice = badge('ja', { failedRules: [sentenceRule, orgRule] }).querySelector('.notice')!;
    expect(notice.textContent).toBe('この下書きでは 2 件のチェックを実行できませんでした：「取引先への期限の要求」、「「ASAP」は避ける」。ほかのチェックはすべて実行しました。');
    expect(notice.getAttribute('data-failed-rules')).toBe('en.pressure.deadline-demand policy.no-asap');
  });

  it('never shows the error, which may quote the draft', () => {
    for (const lang of ['en', 'ja'] as const) expect(badge(lang, { failedRules: [sentenceRule] }).textContent).not.toContain(DRAFT_WORDS);
  });

  it('shows no notice when every rule ran, and both lines when the dictionary is missing too', () => {
    expect(badge('en').querySelector('.notice')).toBeNull();
    const both = badge('en', { failedRules: [orgRule], dictionaryError: 'HTTP 404' }).querySelector('.notice')!;
    expect(both.querySelector('.notice-dictionary')!.textContent).toMatch(/Japanese dictionary unavailable/);
    expect(both.querySelector('.notice-failed')!.textContent).toMatch(/“Avoid “ASAP””/);
    const dictionaryOnly = badge('en', { dictionaryError: 'HTTP 404' }).querySelector('.notice')!;
    expect(dictionaryOnly.hasAttribute('data-failed-rules')).toBe(false);
    expect(dictionaryOnly.querySelector('.notice-failed')).toBeNull();
  });
});

describe('the popup, for the reviewer', () => {
  it('warns above the list, naming the rule, in English and Japanese', () => {
    const en = mount(<FailedRulesNote rules={[orgRule]} lang="en" t={translator('en', 'popup')} />);
    expect(en.querySelector('.nw-failed-rules')!.getAttribute('data-failed-rules')).toBe('policy.no-asap');
    expect(en.querySelector('.nw-notice--warning')!.textContent).toBe(
      'One check could not run here: “Avoid “ASAP””. Anything it would flag is missing from this list; every other check ran.',
    );
    const ja = mount(<FailedRulesNote rules={[orgRule, sentenceRule]} lang="ja" t={translator('ja', 'popup')} />);
    expect(ja.textContent).toBe('2 件のチェックを実行できませんでした：「「ASAP」は避ける」、「取引先への期限の要求」。これらのチェックによる指摘は一覧に含まれていません。ほかのチェックはすべて実行しました。');
    expect(ja.textContent).not.toContain(DRAFT_WORDS);
  });

  it('shows nothing when every rule ran', () => {
    expect(mount(<FailedRulesNote rules={undefined} lang="en" t={translator('en', 'popup')} />).innerHTML).toBe('');
    expect(mount(<FailedRulesNote rules={[]} lang="ja" t={translator('ja', 'popup')} />).innerHTML).toBe('');
  });
});

describe('Copy review', () => {
  const STRINGS = { title: 'Nemawashi review', heading: 'Order form', count: '0 finding(s)', clean: 'Nothing to flag.', suggestion: 'Suggestion', why: 'Why', subject: 'in the subject' };

  it('says which checks did not run, under the heading, so the note never claims a full check', () => {
    const notice = failedRulesNotice([orgRule], 'en', translator('en', 'popup'));
    expect(reviewMarkdown([], 'en', STRINGS, notice)).toBe(
      ['# Nemawashi review', '', '## Order form', '', `> ${notice}`, '', 'Nothing to flag.', ''].join('\n'),
    );
    expect(reviewMarkdown([], 'en', STRINGS, null)).not.toContain('>');
  });
});

describe('the options page, for the admin', () => {
  /** A phrase past V8's RegExp size limit (about 32,000 characters): valid to the schema, unrunnable in the browser. */
  const HUGE = 'ASAP '.repeat(8000).trim();
  const policy = (phrases: string[]): Policy => ({
    ...DEFAULT_POLICY,
    customRules: [{ id: 'no-asap', kind: 'existence', phrases, message: 'Avoid “ASAP”', level: 'warning', ignoreCase: true }],
  });
  const section = (p: Policy, lang: UiLang) =>
    mount(<CustomRulesSection form={policyToForm(p)} update={() => undefined} locks={NO_LOCKS} lang={lang} t={translator(lang, 'options')} />);

  it('names the custom rule the browser cannot run, by the rule, in both languages', () => {
    const en = section(policy(['ASAP', HUGE]), 'en').querySelector('[data-testid="custom-rule-cannot-run-0"]')!;
    expect(en.textContent).toBe(
      'The browser cannot run this rule (Regular expression too large): it is skipped in every draft, and writers see a notice naming it. The other rules still run.',
    );
    const ja = section(policy([HUGE]), 'ja').querySelector('[data-testid="custom-rule-cannot-run-0"]')!;
    expect(ja.textContent).toMatch(/^ブラウザーがこのルールを実行できません（Regular expression too large）。/);
  });

  it('says nothing of a rule that runs', () => {
    expect(section(policy(['ASAP', 'at your earliest convenience']), 'en').querySelector('[data-testid^="custom-rule-cannot-run"]')).toBeNull();
  });
});
