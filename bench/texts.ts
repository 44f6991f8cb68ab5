// The benchmark's drafts: keigo-heavy Japanese mail, English mail and mixed (bilingual) mail at 0.5, 2, 10
// and 50 KB (UTF-8), generated deterministically from a seeded shuffle of realistic sentences. Slots
// ({co}, {name}, {item}, {n}, {month}) vary names and figures so that long drafts do not repeat verbatim —
// a repeated sentence would be served from the engine's caches and flatter the figures.

export type Mix = 'ja' | 'en' | 'mixed';
export const MIXES: Mix[] = ['ja', 'en', 'mixed'];
export const SIZES_KB = [0.5, 2, 10, 50] as const;

/** mulberry32: small, fast and the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SLOTS = {
  co: ['株式会社ミナト精工', '東邦化学工業株式会社', '株式会社アオバ物流', '北斗電機株式会社', '株式会社サクラ食品', '株式会社ヤマブキ製作所'],
  name: ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村', '小林', '加藤'],
  item: ['制御ユニット', '梱包材', '検査装置', '樹脂ペレット', '保守契約', '温度センサー', '搬送ロボット', '分析ソフト'],
  coEn: ['Minato Seiko', 'Toho Chemical', 'Aoba Logistics', 'Hokuto Electric', 'Sakura Foods', 'Yamabuki Works'],
  nameEn: ['Mr. Sato', 'Ms. Suzuki', 'Mr. Takahashi', 'Ms. Tanaka', 'Mr. Watanabe', 'Ms. Ito', 'Mr. Yamamoto'],
  itemEn: ['control units', 'packaging film', 'inspection system', 'resin pellets', 'maintenance plan', 'temperature sensors', 'analytics software'],
  month: ['4', '5', '6', '7', '9', '10', '11'],
  monthEn: ['April', 'May', 'June', 'July', 'September', 'October', 'November'],
};

const JA_OPENING = [
  'いつも大変お世話になっております。',
  '平素より格別のご高配を賜り、厚く御礼申し上げます。',
  '先日はお忙しいところお時間をいただき、誠にありがとうございました。',
  'いつも弊社製品をご愛顧いただき、心より感謝申し上げます。',
];

const JA_BODY = [
  'ご依頼いただきました{item}のお見積りにつきまして、本日付で添付のとおりお送りいたします。',
  'ご確認のほど、何卒よろしくお願い申し上げます。',
  '先般ご相談いただいた納期の件ですが、社内で調整いたしました結果、{month}月中旬の出荷が可能となりました。',
  'ご不明な点がございましたら、お気軽にお問い合わせくださいますようお願い申し上げます。',
  '恐れ入りますが、ご検討の結果を今月末までにお知らせいただけますと幸いです。',
  '{name}様におかれましては、ますますご清栄のこととお慶び申し上げます。',
  '弊社の担当者が改めてご説明に伺いたく存じますが、ご都合はいかがでしょうか。',
  '{item}の仕様書を改訂いたしましたので、差し替えをお願いできますでしょうか。',
  'ご多忙のところ誠に恐縮ではございますが、ご査収のほどよろしくお願いいたします。',
  '試験結果につきましては、{n}件すべてにおいて基準値を満たしておりました。',
  '詳細は別紙にまとめておりますので、ご高覧いただけましたら幸甚に存じます。',
  '今後とも変わらぬお引き立てを賜りますよう、よろしくお願い申し上げます。',
  '先日お打ち合わせの際にいただいたご意見を踏まえ、提案内容を見直しました。',
  'お手数をおかけいたしますが、ご署名のうえご返送いただけますでしょうか。',
  '{co}様のご要望に沿えるよう、引き続き社内で検討を重ねてまいります。',
  '誠に申し訳ございませんが、部材の入荷が遅れており、{n}日ほどお時間を頂戴できますでしょうか。',
  'ご迷惑をおかけいたしますこと、心よりお詫び申し上げます。',
  '貴社の生産計画に支障が出ないよう、代替品のご提案もあわせて準備しております。',
  '当日は営業部長の{name}も同席させていただく予定でございます。',
  'ご指摘いただいた点につきましては、品質保証部にて原因を調査しております。',
  '調査結果がまとまり次第、速やかにご報告申し上げます。',
  '来期のご発注予定について、差し支えない範囲でお聞かせいただけますと助かります。',
  'かねてよりご検討いただいておりました{item}の件、正式にご発注いただき誠にありがとうございます。',
  '納品に先立ち、設置場所の事前確認にお伺いできればと存じます。',
  '万が一、記載内容に誤りがございましたら、ご一報いただけますと幸いです。',
  '価格につきましては、{n}台以上のご注文で特別価格をご提示させていただきます。',
  '新しい担当として{name}が着任いたしましたので、ご紹介申し上げます。',
  '引き続き、{name}ともどもよろしくお願い申し上げます。',
];

const JA_CLOSING = [
  '引き続きよろしくお願い申し上げます。',
  '何卒よろしくお願いいたします。',
  '取り急ぎ、ご報告まで申し上げます。',
];

const EN_OPENING = [
  'Thank you for your message and for the detailed feedback.',
  'I hope this email finds you well.',
  'Thank you again for taking the time to meet with us last week.',
  'Thank you for your continued support of our products.',
];

const EN_BODY = [
  'Please find attached the revised quotation for the {itemEn} we discussed.',
  'We have reviewed the delivery schedule and can now ship the first lot in mid-{monthEn}.',
  'If anything in the proposal is unclear, I would be glad to walk you through it on a call.',
  'Our quality team has completed the investigation into the issue you reported.',
  'The root cause was a calibration error at one of our suppliers, and it has since been corrected.',
  'We sincerely apologize for the inconvenience this has caused your team.',
  'As a gesture of goodwill, we would like to offer a replacement batch at no charge.',
  'Could you let us know whether the updated specification meets your requirements?',
  'We would be grateful for your comments by the end of the month, if that suits your schedule.',
  'Our regional manager would be happy to visit your plant to discuss the next steps.',
  'The test results show that all {n} samples met the agreed tolerances.',
  'I have copied my colleague, who will be your main contact for logistics from next month.',
  'Please let me know if another date would be more convenient for your team.',
  'We are also preparing a short summary in Japanese for your colleagues on the production floor.',
  'Thank you for your patience while we confirmed the figures with our headquarters.',
  'For orders of {n} units or more, we can extend the volume discount described in the attachment.',
  'We look forward to continuing our work together on this project.',
  'Following our conversation, I have updated the timeline to reflect the new installation window.',
  'Your feedback on the pilot was very helpful, and we have incorporated most of it.',
  'The signed agreement can be returned by post or as a scanned copy, whichever is easier.',
  '{nameEn} mentioned that your team is evaluating {itemEn} for the new line.',
  'We understand that this change may affect your planning, and we want to support you through it.',
  'I will follow up with the detailed documentation by the end of this week.',
];

const EN_CLOSING = ['Best regards,', 'Kind regards,', 'With best regards,'];

function fill(template: string, r: () => number): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => {
    if (key === 'n') return String(2 + Math.floor(r() * 498));
    const pool = SLOTS[key as keyof typeof SLOTS];
    return pool[Math.floor(r() * pool.length)]!;
  });
}

function pick<T>(pool: readonly T[], r: () => number): T {
  return pool[Math.floor(r() * pool.length)]!;
}

/** A sentence not used before in this draft: repeats would be answered from caches and flatter the engine. */
function fresh(pool: readonly string[], r: () => number, used: Set<string>): string {
  let s = '';
  for (let tries = 0; tries < 50; tries++) {
    s = fill(pick(pool, r), r);
    if (!used.has(s)) break;
  }
  used.add(s);
  return s;
}

function jaParagraph(r: () => number, used: Set<string>): string {
  const n = 2 + Math.floor(r() * 3);
  return Array.from({ length: n }, () => fresh(JA_BODY, r, used)).join('');
}

function enParagraph(r: () => number, used: Set<string>): string {
  const n = 2 + Math.floor(r() * 3);
  return Array.from({ length: n }, () => fresh(EN_BODY, r, used)).join(' ');
}

function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** One draft of about `kb` kilobytes (UTF-8); the body keeps the shape of a real mail at every size. */
export function makeDraft(mix: Mix, kb: number, seed = 1): string {
  const r = rng(seed * 7919 + Math.round(kb * 1000) + mix.length * 104729);
  const target = Math.round(kb * 1024);
  const head: string[] = [];
  const body: string[] = [];
  const tail: string[] = [];
  const used = new Set<string>();
  if (mix !== 'en') {
    head.push(`${fill('{co}', r)}\n営業部 ${fill('{name}', r)}様`, '', pick(JA_OPENING, r), `${fill('{co}', r)}の${fill('{name}', r)}でございます。`, '');
    tail.push('', pick(JA_CLOSING, r), '', `${fill('{co}', r)} 営業部\n${fill('{name}', r)}`);
  } else {
    head.push(`Dear ${fill('{nameEn}', r)},`, '', pick(EN_OPENING, r), '');
    tail.push('', pick(EN_CLOSING, r), 'Alex Morgan', `Account Manager, ${fill('{coEn}', r)}`);
  }
  if (mix === 'mixed') head.splice(2, 0, 'Dear ' + fill('{nameEn}', r) + ',');
  const size = () => utf8Bytes([...head, ...body, ...tail].join('\n'));
  let turn = 0;
  while (size() < target) {
    const ja = mix === 'ja' || (mix === 'mixed' && turn % 2 === 0);
    body.push(ja ? jaParagraph(r, used) : enParagraph(r, used));
    turn++;
  }
  return [...head, ...body, ...tail].join('\n');
}

/** A paragraph for the paste measurement; `used` holds the draft's sentences so that it is new to the engine. */
export function makeParagraph(mix: Mix, seed: number, used = new Set<string>()): string {
  const r = rng(seed * 15485863 + 17);
  return mix === 'en' || (mix === 'mixed' && seed % 2 === 1) ? enParagraph(r, used) : jaParagraph(r, used);
}

export interface BenchText {
  mix: Mix;
  kb: number;
  text: string;
  chars: number;
  bytes: number;
}

export function benchTexts(): BenchText[] {
  const out: BenchText[] = [];
  for (const mix of MIXES) {
    for (const kb of SIZES_KB) {
      const text = makeDraft(mix, kb);
      out.push({ mix, kb, text, chars: text.length, bytes: utf8Bytes(text) });
    }
  }
  return out;
}
