// Round 36 (fp36, issue 9; round 35's gf-024): a casual word that is part of a name of an organisation — the reader's
// company in the address block (株式会社サンクス・インテリア), a shop or a brand joined to its other parts by ・ or to its
// company word or 様 — is a name, not chat's loanword for thanks. Near misses that must stay flagged: the same words
// used as words in a sentence to the client.
import { clean, flag, runFpClass, type FpCase } from './classes-r36-fp-table';

const TO = (head: string, s = '先日はご来社いただき、誠にありがとうございました。') => `${head}\n\nいつもお世話になっております。\n${s}\n\nよろしくお願いいたします。\n\n山本`;

const cases: FpCase[] = [
  clean(TO('株式会社サンクス・インテリア\n商品部 竹内様')),
  clean(TO('株式会社サンクス\n商品部 竹内様')),
  clean(TO('サンクス・ホーム株式会社\n購買部 竹内様')),
  clean(TO('有限会社サンキュー・フーズ\n仕入課 石田様')),
  clean(TO('サンキュー物流株式会社\n配車課 堀内様')),
  clean(TO('㈱サンクス\n総務部 森様')),
  clean(TO('（株）サンキュー\n総務部 森様')),
  clean(TO('合同会社サンクス・デザイン\n代表 森様')),
  clean(TO('竹内様', 'サンクス・インテリア様の新店舗向けのお見積りをお送りいたします。')),
  clean(TO('竹内様', '株式会社サンクスの皆様にもよろしくお伝えください。')),
  clean(TO('竹内様', '来週、サンキュー物流株式会社様の倉庫に伺います。')),
  clean(TO('竹内様', 'サンクス社のご担当者様にも資料をお送りいたしました。')),
  clean(TO('竹内様', 'サンクス様の売場づくりに役立つご提案をお持ちいたします。')),
  clean(TO('竹内様', 'センキュー・マート様向けの納品は予定どおりです。')),
  clean(TO('竹内様', '株式会社サンクス・インテリア様との共同企画につきまして、ご相談させてください。')),
  clean(TO('株式会社ミナト\n購買部 竹内様', 'サンキューカード（お礼状）のデザイン案をお送りいたします。')),
  // Near misses: the loanword used as a word.
  flag(TO('竹内様', 'サンクス！助かりました。'), 'サンクス'),
  flag(TO('竹内様', '資料、サンキュー！'), 'サンキュー'),
  flag(TO('竹内様', '早速のご対応、サンクスです。'), 'サンクス'),
  flag(TO('竹内様', 'お見積りの件、サンキューです。'), 'サンキュー'),
  flag(TO('竹内様', 'いつもさんきゅー'), 'さんきゅー'),
  flag(TO('株式会社サンクス・インテリア\n商品部 竹内様', '図面の件、サンクスです。'), 'サンクスです'),
  flag(TO('株式会社ミナト\n購買部 竹内様', '先日はサンキューでした。'), 'サンキュー'),
  flag(TO('竹内様', 'ご注文サンクス！来週発送いたします。'), 'サンクス'),
  flag(TO('竹内様', 'センキュー、確認いたしました。'), 'センキュー'),
  flag(TO('竹内様', 'サンクスです、株式会社ミナトの山本です。'), 'サンクス'),
  flag(TO('竹内様', 'ご連絡サンキューです。早速確認いたします。'), 'サンキュー'),
  flag(TO('竹内様', 'サンクス、助かります。'), 'サンクス'),
  flag(TO('竹内様', 'ご協力サンクスでした。'), 'サンクス'),
  flag(TO('竹内様', '資料届きました、サンキューです！'), 'サンキュー'),
  flag(TO('竹内様', '本当にサンクスです。'), 'サンクス'),
  flag(TO('竹内様', 'サンキュー！またよろしくです。'), 'サンキュー'),
];

runFpClass('r36 a casual word inside a name of an organisation (ja register)', 'register', cases);
