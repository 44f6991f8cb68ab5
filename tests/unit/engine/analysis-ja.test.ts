// The Japanese analysis layer on its own: sentences in, typed facts out (predicates, politeness, voice,
// negation, mood, final particles, spoken-style markers, subjects and their side, quotes, speech acts).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeJapanese, japaneseFacts, type JaSentenceFacts } from '../../../src/engine/analysis/ja';
import { FactStore } from '../../../src/engine/analysis/facts';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await sharedNodeTokenizer();
});
const facts = (text: string): JaSentenceFacts => analyzeJapanese(text, tokenizer.tokenize(text, 0));
const main = (text: string) => facts(text).main;

describe('the main predicate and its level', () => {
  it.each([
    ['資料をお送りします。', 'polite'],
    ['ご確認ください。', 'polite'],
    ['在庫がございます。', 'polite'],
    ['資料を送って。', 'te'],
    ['ちょっと待ってて。', 'te'],
    ['そっちで決めて。', 'te'],
    ['明日の会議、来れる？', 'plain'],
    ['試作品は昨日発送した。', 'plain'],
    ['それでいいの？', 'plain'],
    ['明日までに送んなきゃ。', 'plain'],
    ['本件は弊社の責任である。', 'dearu'],
    ['明日は晴れだね。', 'dearu'],
    ['見積もりはどう？', 'fragment'],
    ['詳細は添付のとおり。', 'fragment'],
    ['よろしくお願いいたします。', 'polite'],
    ['まだ届いていないのですが。', 'polite'],
  ] as const)('%s → %s', (text, level) => {
    expect(facts(text).level).toBe(level);
  });

  it('picks the last clause as the main one and the others as subordinate', () => {
    const f = facts('確認して、明日お送りします。');
    expect(f.predicates.map((p) => [p.text, p.ending, p.main])).toEqual([
      ['し', 'conjunctive', false],
      ['します', 'final', true],
    ]);
  });
  it('keeps a clause that modifies a noun apart from the main one', () => {
    const f = facts('昨日お送りした資料をご確認ください。');
    expect(f.predicates[0]!.ending).toBe('attributive');
    expect(f.main!.request).toBe(true);
  });
  it('a hanging conjunction still ends the sentence on its predicate (〜けど。)', () => {
    const p = main('まだ届いてないんですけど。')!;
    expect(p.trailing).toBe('けど');
    expect(p.negated).toBe(true);
  });
  it('the light verb carries its noun: 対応 in ご対応できません', () => {
    expect(main('ご対応できません。')!.head).toBe('ご対応');
  });
});

describe('politeness of a predicate', () => {
  it.each([
    ['社長がおっしゃいました。', ['polite', 'respectful']],
    ['部長がいらっしゃいます。', ['polite', 'respectful']],
    ['お越しになりました。', ['polite', 'respectful']],
    ['ご覧になりましたか。', ['polite', 'respectful']],
    ['弊社の田中が伺います。', ['polite', 'humble']],
    ['資料を拝見しました。', ['polite', 'humble']],
    ['お送りいたします。', ['polite', 'humble']],
    ['ご連絡申し上げます。', ['polite', 'humble']],
    ['お受けできかねます。', ['polite', 'humble']],
    ['在庫がございます。', ['polite', 'gozaimasu']],
    ['資料を送る。', ['plain']],
    ['お世話になっております。', ['polite', 'humble']],
  ] as const)('%s → %j', (text, levels) => {
    expect([...main(text)!.politeness].sort()).toEqual([...levels].sort());
  });
});

describe('negation, voice and mood', () => {
  const flags = (text: string) => {
    const p = main(text)!;
    return (['negated', 'potential', 'volitional', 'causative', 'passive', 'past', 'progressive', 'desire', 'request', 'imperative'] as const)
      .filter((k) => p[k]);
  };
  it.each([
    ['ご対応できません。', ['negated', 'potential']],
    ['伺えません。', ['negated', 'potential']],
    ['承れません。', ['negated', 'potential']],
    ['応じられません。', ['negated', 'passive', 'potential']],
    ['ご対応いたしかねます。', ['negated', 'potential']],
    ['値引きはしません。', ['negated']],
    ['対応しておりません。', ['negated', 'progressive']],
    ['来週伺いましょう。', ['volitional']],
    ['担当者に確認させます。', ['causative']],
    ['社長に褒められた。', ['passive', 'past']],
    ['資料を送ってほしい。', ['desire', 'request']],
    ['ご確認いただけますか。', ['request']],
    ['早く送れ。', ['imperative']],
    ['ご確認ください。', ['request']],
    ['ご相談したいです。', ['desire']],
  ] as const)('%s → %j', (text, expected) => {
    expect(flags(text).sort()).toEqual([...expected].sort());
  });
});

describe('questions and final particles', () => {
  it.each([
    ['来れる？', true, []],
    ['いらっしゃいますか。', true, ['か']],
    ['届いたかな？', true, ['かな']],
    ['それでいいの？', true, ['の']],
    ['資料は明日送るね。', false, ['ね']],
    ['そうですよね。', false, ['よ', 'ね']],
    ['明日の会議は10時からだよ。', false, ['よ']],
    ['承知いたしました。', false, []],
  ] as const)('%s → question %s, particles %j', (text, question, particles) => {
    const f = facts(text);
    expect(f.question).toBe(question);
    expect(f.finalParticles.map((p) => p.text)).toEqual(particles);
  });
  it.each([
    ['資料は明日送るね。', true],
    ['明日の会議は10時からだよ。', true],
    ['ありがとね。', true],
    ['それでいいの？', true],
    ['そうですね。', false],
    ['ご確認いただけますか。', false],
    ['よろしいでしょうか。', false],
  ] as const)('%s: casual particle %s', (text, casual) => {
    expect(facts(text).casualParticle).toBe(casual);
  });
});

describe('spoken-style markers', () => {
  const marks = (text: string) => facts(text).colloquial.map((c) => `${text.slice(c.start, c.end)}:${c.kind}`);
  it.each([
    ['確認しときます。', ['とき:contraction']],
    ['もう送っちゃった。', ['ちゃっ:contraction']],
    ['今見てる。', ['てる:contraction']],
    ['明日までに送んなきゃ。', ['送ん:contraction', 'なきゃ:contraction']],
    ['了解っす。', ['っす:casual-copula']],
    ['めっちゃ助かります〜！', ['めっちゃ:slang', '〜:wave-dash']],
    ['マジでありがとうございます。', ['マジで:slang']],
    ['それ、ヤバいですね。', ['ヤバい:slang']],
    ['ありがとうございますー！', ['ー:elongation']],
    ['届きました！！', ['！！:exclamation']],
    ['ご対応ありがとうございます😊', ['😊:emoji']],
  ] as const)('%s → %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
  it.each([
    '10〜12時でお願いします。',
    'マジックテープ付きの製品です。',
    'データを取得しております。',
    '「めっちゃ」という言葉は使いません。',
    'ご確認のほどよろしくお願いいたします。',
    'コーヒーをお持ちします。',
  ])('%s has none', (text) => {
    expect(marks(text)).toEqual([]);
  });
});

describe('subjects and whose act it is', () => {
  it.each([
    ['弊社では対応できません。', 'ours'],
    ['当社としては、この価格ではお受けできかねます。', 'ours'],
    ['弊社の田中が伺います。', 'ours'],
    ['佐藤様がおっしゃいました。', 'client'],
    ['貴社からご連絡をいただきました。', 'client'],
    ['本機は100Vには対応しておりません。', 'thing'],
    ['お送りいたします。', 'ours'],
    ['お越しになりました。', 'client'],
    ['山田さんは来週来ます。', 'third'],
  ] as const)('%s → %s', (text, side) => {
    expect(facts(text).agent).toBe(side);
  });
  it('a subject inside reported speech is not the speaker', () => {
    const f = facts('佐藤様がおっしゃるとおりだと申しております。');
    expect(f.quotes.length).toBeGreaterThan(0);
    expect(f.agent).not.toBe('client');
  });
});

describe('quoted and reported spans', () => {
  const spans = (text: string) => facts(text).quotes.map(([a, b]) => text.slice(a, b));
  it.each([
    ['仕様書には「本製品は防水である。」と記載されています。', ['「本製品は防水である。」']],
    ['佐藤様は来週でよいと仰っていました。', ['佐藤様は来週でよい']],
    ['納期は来週とのことです。', ['納期は来週']],
    ['担当の者が、在庫はないと申しておりました。', ['在庫はない']],
    ['資料をお送りします。', []],
  ] as const)('%s → %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('speech acts', () => {
  it.each([
    ['資料をご確認ください。', ['request']],
    ['ご検討いただけますと幸いです。', ['request']],
    ['誠に申し訳ございません。', ['apology']],
    ['いつもありがとうございます。', ['thanks']],
    ['弊社では対応できません。', ['refusal']],
    ['今回は見送らせていただきます。', ['refusal']],
    ['本件はお受けいたしかねます。', ['refusal']],
    ['明日、資料をお送りいたします。', ['offer']],
    ['来週お打ち合わせをしませんか。', ['proposal']],
    ['A案はいかがでしょうか。', ['proposal']],
    ['4月より価格を改定いたしました。', ['notice']],
    ['本機は100Vには対応しておりません。', ['notice']],
    ['お客様のご要望には対応できませんでしたか。', []],
  ] as const)('%s → %j', (text, acts) => {
    expect(facts(text).acts.sort()).toEqual([...acts].sort());
  });
  it('a refusal by the client is not ours to soften', () => {
    expect(facts('佐藤様はご出席できないとのことです。').acts).not.toContain('refusal');
  });
});

describe('the annotator in the engine', () => {
  it('is cached per sentence text in a FactStore, offsets relative to the sentence', () => {
    const store = new FactStore();
    const text = '資料を送って。';
    const tokens = tokenizer.tokenize(text, 100);
    const s = { text, start: 100, end: 100 + text.length, lang: 'ja' as const, line: 3, tokens };
    const a = store.of(japaneseFacts, s);
    expect(a.main!.start).toBe(3);
    expect(store.of(japaneseFacts, { ...s, start: 7, tokens: tokenizer.tokenize(text, 7) })).toBe(a);
  });
  it('has no facts for an English sentence', () => {
    expect(japaneseFacts.analyze({ text: 'Hello.', start: 0, end: 6, lang: 'en', line: 0 }).predicates).toEqual([]);
  });
});
