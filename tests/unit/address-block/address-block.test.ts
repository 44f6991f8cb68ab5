// The address-block checks against To/Cc, with an organisation's known clients (policy.clients).
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { applySuggestion } from '../../../src/engine/apply';
import { addressBlockRules } from '../../../src/rules/any/address-block';
import { addressBlock } from '../../../src/rules/any/address-block/block';
import { DEFAULT_POLICY, PolicySchema } from '../../../src/policy/schema';

const engine = new Engine({ rules: addressBlockRules });
const POLICY = PolicySchema.parse({
  internalDomains: ['nemawashi-demo.example'],
  clients: [
    { name: '株式会社さくら商事', aliases: ['さくら商事', 'Sakura Trading'], domains: ['sakura-trading.co.jp'] },
    { name: '株式会社みどり物産', aliases: ['みどり物産'], domains: ['midori-bussan.co.jp'] },
  ],
});
const SATO = { name: '佐藤 健二', address: 'kenji.sato@sakura-trading.co.jp' };
const TANAKA = { name: '田中 花子', address: 'hanako.tanaka@midori-bussan.co.jp' };

function check(body: string, recipients: Array<{ name?: string; address: string; cc?: boolean }>, policy = POLICY) {
  return engine.analyze({ body, context: { recipient: 'client', recipients } }, policy).map((f) => ({ rule: f.ruleId, flagged: body.slice(f.start, f.end), severity: f.severity, f }));
}

describe('another company than the recipient’s', () => {
  it('flags a known client’s name on a mail to another known client, as an error, with the right name offered', () => {
    const body = '株式会社みどり物産\n営業部 佐藤様\n\nいつもお世話になっております。';
    const [hit, ...rest] = check(body, [SATO]).filter((x) => x.rule.endsWith('wrong-company'));
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ flagged: '株式会社みどり物産', severity: 'error' });
    expect(applySuggestion(body, hit!.f, 0)).toBe('株式会社さくら商事\n営業部 佐藤様\n\nいつもお世話になっております。');
  });

  it('knows a client by its alias, in either width', () => {
    expect(check('みどり物産 御中\n\nいつもお世話になっております。', [SATO]).map((x) => x.rule)).toContain('any.honorific.salutation-wrong-company');
    expect(check('Sakura Trading\nMr. Sato\n\nThank you.', [TANAKA]).map((x) => x.flagged)).toContain('Sakura Trading');
  });

  it('stays quiet for the right company, an unknown company, and free-mail or internal recipients', () => {
    expect(check('株式会社さくら商事\n営業部 佐藤様\n\nいつもお世話になっております。', [SATO])).toEqual([]);
    expect(check('株式会社あおば工業\n佐藤様\n\nいつもお世話になっております。', [SATO])).toEqual([]);
    expect(check('株式会社みどり物産\n佐藤様\n\nお世話になっております。', [{ name: '佐藤 健二', address: 'sato@gmail.com' }])).toEqual([]);
    expect(check('株式会社みどり物産\n伊藤様\n\nお疲れさまです。', [{ name: '伊藤 美香', address: 'mika.ito@nemawashi-demo.example' }])).toEqual([]);
  });

  it('reads only the address block, not a company named further down', () => {
    expect(check('佐藤様\n\nいつもお世話になっております。\n株式会社みどり物産様の事例をご紹介します。', [SATO])).toEqual([]);
  });
});

describe('a salutation to someone who is not a recipient', () => {
  it('flags the wrong person from To and Cc, and offers the To recipient', () => {
    const hits = check('田中様\n\nいつもお世話になっております。', [SATO]);
    expect(hits.map((h) => [h.rule, h.flagged, h.severity])).toEqual([['any.honorific.salutation-wrong-person', '田中', 'error']]);
    expect(hits[0]!.f.suggestions.map((s) => s.text)).toEqual(['佐藤']);
  });

  it('accepts a given name, a full name, or a name in the address', () => {
    expect(check('健二様\n\nお世話になっております。', [SATO])).toEqual([]);
    expect(check('Dear Mr. Sato,\n\nThank you.', [SATO])).toEqual([]);
    expect(check('Hi Kenji,\n\nThanks.', [SATO])).toEqual([]);
  });

  it('flags a latin name no recipient has', () => {
    expect(check('Dear Ms. Tanaka,\n\nThank you.', [SATO]).map((h) => h.flagged)).toEqual(['Tanaka']);
  });
});

describe('several recipients addressed as one', () => {
  it('suggests the names or 皆様 when two external people are in To', () => {
    const body = '株式会社さくら商事\n佐藤様\n\nいつもお世話になっております。';
    const hits = check(body, [SATO, { name: '鈴木 一郎', address: 'ichiro.suzuki@sakura-trading.co.jp' }]);
    expect(hits.map((h) => h.rule)).toEqual(['any.honorific.several-addressed-as-one']);
    expect(hits[0]!.f.suggestions.map((s) => s.text)).toEqual(['佐藤様、鈴木様', '皆様']);
  });

  it('does not count internal colleagues in To', () => {
    expect(check('佐藤様\n\nいつもお世話になっております。', [SATO, { name: '伊藤 美香', address: 'mika.ito@nemawashi-demo.example' }])).toEqual([]);
  });
});

describe('the address block', () => {
  it('finds people and companies in the leading lines only', () => {
    const b = addressBlock('株式会社さくら商事 営業部\n部長 佐藤 健二様\n\n田中様にもよろしくお伝えください。', DEFAULT_POLICY);
    expect(b.persons.map((p) => p.name)).toEqual(['佐藤 健二']);
    expect(b.companies.map((c) => c.text)).toEqual(['株式会社さくら商事']);
  });

  it('is empty when the mail starts with a sentence', () => {
    expect(addressBlock('お世話になっております。佐藤です。', DEFAULT_POLICY).persons).toEqual([]);
  });
});
