// Closed word classes of Japanese the analysis reads from kuromoji tokens: keigo verbs, who a noun phrase
// belongs to, the markers of spoken style. Grammatical classes, not phrases of any one mail.

/** 尊敬語 verbs: the subject is someone we honour. */
export const RESPECTFUL_VERBS = new Set([
  'おっしゃる', '仰る', 'いらっしゃる', 'なさる', '召し上がる', 'くださる', '下さる', 'お越す', '見える', 'くれる',
]);
/** 謙譲語 verbs: the subject is the speaker's side, lowering itself. くれる/見える are respectful only by context. */
export const HUMBLE_VERBS = new Set([
  'いたす', '致す', '申す', '申し上げる', '伺う', '参る', '拝見', '存じる', '存ずる', 'いただく', '頂く', 'いただける', '頂ける', '差し上げる',
  '承る', 'かしこまる', '畏まる', '拝読', '拝受', '拝借', '賜る', '申し受ける', 'おる', '頂戴', '拝察', 'お目にかかる',
]);
/** Respectful verbs that are ordinary words too (見える: to be visible; くれる: plain giving): never alone. */
export const WEAK_RESPECT = new Set(['見える', 'くれる']);
/** Nouns that are humble acts with する/いたす (拝見する, 拝読いたします). */
export const HUMBLE_NOUNS = new Set(['拝見', '拝読', '拝受', '拝借', '拝察', '頂戴', '拝聴', '拝承']);
/** Nouns that are respectful acts (ご覧になる, ご覧ください). */
export const RESPECTFUL_NOUNS = new Set(['ご覧', 'ご高覧', 'ご査収', 'ご笑納']);

/** Verbs of accepting, doing or being able: negated on our side, they say no. */
export const ABILITY_VERBS = new Set(['できる', '出来る', 'かねる', '得る', 'える']);

/** Our own side, written: 弊社, 当社, 私ども, 当方, わたくし. */
export const OUR_SIDE = ['弊社', '当社', '小社', '弊店', '当店', '弊所', '当方', '私ども', '私共', 'わたくしども', 'わたくし', '私', 'わたし', '我々', '弊行', '当行', '弊チーム', '弊部'];
/** The client's side: 貴社, 御社, お客様, 皆様 and a person or title with 様/殿/先生. */
export const CLIENT_SIDE = ['貴社', '御社', '貴殿', '貴行', '貴校', '貴院', '貴所', '貴店', '貴部', 'お客様', 'お客さま', '皆様', '皆さま', '皆さん', '各位', 'ご担当者', 'ご担当'];
/** Honorific suffixes that make a name or a title someone on the client's side. */
export const CLIENT_SUFFIXES = ['様', 'さま', '殿', '先生', '御中'];
/** Things rather than people: a statement about them is a specification, not an act of either side. */
export const THING_HEADS = ['本機', '本製品', '本品', '本体', '本システム', '本サービス', '本ソフト', '当製品', '同製品', '製品', '機種', 'モデル', '装置', '機器', 'システム', 'ソフトウェア', 'アプリ', '精度', '性能', '機能', '仕様', '材質', '素材', '部品', 'サービス', 'プラン', 'バージョン'];

/** Sentence-final particles of friendly speech, with no polite form before them (送るね, だよ, かな, じゃん). */
export const CASUAL_FINAL_PARTICLES = new Set(['よ', 'ね', 'な', 'わ', 'ぞ', 'ぜ', 'さ', 'の', 'かな', 'かしら', 'じゃん', 'っけ', 'ねー', 'よね', 'なぁ', 'ねぇ', 'よー']);

/** Auxiliary verbs of spoken contractions (見てる, 送っちゃう, やっとく, 読んどく). */
export const CONTRACTED_AUXILIARIES = new Set(['てる', 'でる', 'ちゃう', 'じゃう', 'とく', 'どく', 'てく', 'でく', 'ちまう']);

/** Colloquial words and their neutral forms (a data table; each has its example in the tests). */
export const COLLOQUIAL_WORDS: ReadonlyArray<{ word: string; neutral: string }> = [
  { word: 'めっちゃ', neutral: '大変' },
  { word: 'めちゃくちゃ', neutral: '非常に' },
  { word: 'めちゃめちゃ', neutral: '非常に' },
  { word: 'マジで', neutral: '本当に' },
  { word: 'まじで', neutral: '本当に' },
  { word: 'マジ', neutral: '本当' },
  { word: 'ヤバい', neutral: '大変な' },
  { word: 'やばい', neutral: '大変な' },
  { word: 'ヤバ', neutral: '大変' },
  { word: 'ぶっちゃけ', neutral: '率直に申し上げると' },
  { word: 'とりま', neutral: 'ひとまず' },
  { word: 'やっぱり', neutral: 'やはり' },
  { word: 'やっぱ', neutral: 'やはり' },
  { word: 'すげー', neutral: '大変' },
  { word: 'いっぱい', neutral: 'たくさん' },
  { word: 'お疲れ！', neutral: 'お疲れ様です。' },
  { word: 'りょ', neutral: '承知いたしました' },
  { word: 'おけ', neutral: '承知いたしました' },
  { word: 'オッケー', neutral: '承知いたしました' },
  // Round 10: colloquial adjectives and adverbs of praise or difficulty (精度はバッチリです, 日程がキツいです).
  { word: 'バッチリ', neutral: '万全' },
  { word: 'ばっちり', neutral: '万全' },
  { word: 'コスパ', neutral: '費用対効果' },
  { word: 'ガチで', neutral: '本当に' },
  { word: 'ムズい', neutral: '難しい' },
  { word: 'キツい', neutral: '厳しい' },
  { word: 'キツイ', neutral: '厳しい' },
  { word: 'しんどい', neutral: '厳しい' },
  { word: 'エグい', neutral: '非常に厳しい' },
  { word: '半端ない', neutral: '非常に大きい' },
  { word: 'ハンパない', neutral: '非常に大きい' },
  { word: 'ワンチャン', neutral: 'もしかすると' },
];

/**
 * Kansai (and western) speech that IPADIC tags as words of their own, keyed by dictionary form and part of
 * speech, with the standard written form. Warm in talk, but dialect in a written mail to a client reads as
 * chatting (ほな、よろしゅうお願いします). The grammatical ones (〜はる, 〜へん, や, さかい, よろしゅう + a verb) are
 * read from their tags in ja.ts; these are the words.
 */
export const DIALECT_WORDS: ReadonlyArray<{ base: string; pos: string; neutral: string }> = [
  { base: 'ほな', pos: '接続詞', neutral: 'それでは' },
  { base: 'ほんなら', pos: '接続詞', neutral: 'それでは' },
  { base: 'ほんで', pos: '接続詞', neutral: 'それで' },
  { base: 'おおきに', pos: '副詞', neutral: 'ありがとうございます' },
  { base: 'あんじょう', pos: '副詞', neutral: 'よろしく' },
  { base: 'ほんま', pos: '名詞', neutral: '本当' },
  { base: 'なんぼ', pos: '名詞', neutral: 'いくら' },
  { base: 'あかん', pos: '感動詞', neutral: '難しい' },
  { base: 'しゃあない', pos: '形容詞', neutral: '仕方ない' },
  { base: 'ええ', pos: '形容詞', neutral: 'よい' },
];
