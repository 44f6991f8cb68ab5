// Round 36 (fp36, issue 9; round 35's gb-039): the value of an invitation's header line carried on to the next line by
// indentation — 「出席者：貴社 野口様\n　　　　弊社 技術営業 シュナイダー、営業部長 ホフマン」 — lists attendees (our own
// people among them, bare as our own names are); it is no address block, and a bare name there is no addressee left
// without 様. Near misses that must stay flagged: an address block under the header (after a blank line, or not indented)
// whose last name has no 様, さん or 殿 in its place.
import { clean, flag, runFpClass, type FpCase } from './classes-r36-fp-table';

const INV = { kind: 'meeting-invite' as const };
const GREET = '\n\nいつもお世話になっております。\n下記のとおりお打ち合わせをお願いできれば幸いです。\n\nよろしくお願いいたします。';
const BLOCK = '\n\n株式会社ミナト\n購買部 田中様';

const cases: FpCase[] = [
  clean(`日時：2026年7月15日（水）10:00〜11:00\n出席者：株式会社ミナト 購買部 田中様\n　　　　株式会社ノルド 営業部長 ハンセン${BLOCK}${GREET}`, INV),
  clean(`日時：2026年7月15日（水）10:00〜11:00\n出席者：貴社 田中様、鈴木様\n　　　　弊社 営業 ミュラー、技術 佐伯${BLOCK}${GREET}`, INV),
  clean(`日時：2026年7月15日（水）10:00〜11:00\n弊社出席者：株式会社ノルド 営業部 ハンセン\n　　　　　　技術部 オルセン${BLOCK}${GREET}`, INV),
  clean(`日時：2026年7月15日（水）14:00〜15:00\n参加者：株式会社ミナト 田中様\n\t株式会社ノルド 佐伯、ハンセン${BLOCK}${GREET}`, INV),
  clean(`日時：2026年7月15日（水）14:00〜15:00\n同席者：弊社 代表取締役 シュミット\n  営業部 山口${BLOCK}${GREET}`, INV),
  clean(`日時：2026年7月15日（水）14:00〜15:00\n講師：ノルド・ジャパン株式会社 トレーナー ルノー\n　　　通訳 ペレ${BLOCK}${GREET}`, INV),
  clean(`日時：2026年7月15日（水）14:00〜15:00\n場所：貴社 本社 会議室\n出席者：ミナト 購買部 田中様、品質部 原様\n　　　　ノルド株式会社 営業 シュナイダー、部長 ホフマン${BLOCK}${GREET}`, INV),
  clean(`日時：2026年7月15日（水）14:00〜15:00\n出席者（弊社）：株式会社ノルド\n　　　　営業部長 ホフマン${BLOCK}${GREET}`, INV),
  clean(`日時：2026年7月15日（水）14:00〜15:00\n出席：弊社 海外営業部 ガルシア\n　　　品質保証部 小池${BLOCK}${GREET}`, INV),
  clean(`件名：新製品のご説明\n日時：2026年7月15日（水）14:00〜15:00\n出席者：ノルド株式会社\n　　　　営業 アンデルセン${BLOCK}${GREET}`, INV),
  clean(`日時：2026年7月16日（木）9:30〜10:30\n出席者：株式会社ミナト 田中様\n　　　　株式会社ノルド 山本${BLOCK}${GREET}`, INV),
  clean(`日時：2026年7月16日（木）9:30〜10:30\n場所：オンライン（Teams）\n弊社出席者：ルモラ・ジャパン スペシャリスト 野中\n　　　　　　営業 川端${BLOCK}${GREET}`, INV),
  clean(`日時：2026年7月16日（木）9:30〜10:30\n出席者：ノルド株式会社 ハンセン\n　　　　同 オルセン${BLOCK}${GREET}`, INV),
  clean(`日時：2026年7月16日（木）9:30〜10:30\nご出席：株式会社ミナト 購買部の皆様\n　　　　株式会社ノルド 営業部 佐伯${BLOCK}${GREET}`, INV),
  clean(`日時：2026年7月16日（木）9:30〜10:30\n参加予定：株式会社ノルド 技術部 ベッカー\n　　　　　同 営業部 三浦${BLOCK}${GREET}`, INV),
  clean(`日時：2026年7月16日（木）9:30〜10:30\n出席者：株式会社ミナト 田中様\n　　　　株式会社ノルド 営業部長 ホフマン\n　　　　同 技術 シュナイダー${BLOCK}${GREET}`, INV),
  // Near misses: an address block without 様 under the header stays flagged.
  flag(`日時：2026年7月15日（水）10:00〜11:00\n出席者：株式会社ミナト 購買部 田中様\n\n株式会社ミナト\n購買部 佐藤${GREET}`, '佐藤', INV),
  flag(`日時：2026年7月15日（水）10:00〜11:00\n\n株式会社ミナト\n購買部 佐藤${GREET}`, '佐藤', INV),
  flag(`日時：2026年7月15日（水）10:00〜11:00\n株式会社ミナト\n購買部 佐藤${GREET}`, '佐藤', INV),
  flag(`日時：2026年7月15日（水）10:00〜11:00\n\n株式会社ミナト\n購買部 佐藤さん${GREET}`, '佐藤さん', INV),
  flag(`日時：2026年7月15日（水）10:00〜11:00\n\n株式会社ミナト\n購買部 部長 吉岡 殿${GREET}`, '吉岡 殿', INV),
  flag(`日時：2026年7月15日（水）10:00〜11:00\n場所：貴社 会議室\n\n株式会社ミナト\n購買部 ご担当者${GREET}`, 'ご担当者', INV),
  flag(`日時：2026年7月15日（水）10:00〜11:00\n\n株式会社ミナト\n品質部 Nakamura${GREET}`, 'Nakamura', INV),
  flag(`日時：2026年7月15日（水）10:00〜11:00\n\nタカミ物流株式会社\n岡田様、小池${GREET}`, '小池', INV),
  flag(`場所：貴社 本社\n\n株式会社コトブキ運輸\n配車課 堀内さん${GREET}`, '堀内さん', INV),
  flag(`出席者：貴社 田中様\n\n株式会社ミナト\n購買部 ホフマン${GREET}`, 'ホフマン', INV),
  flag(`株式会社ミナト\n購買部 佐藤\n\nいつもお世話になっております。\n出席者：ノルド 佐伯\n　　　　ノルド ハンセン\n\nよろしくお願いいたします。`, '佐藤'),
  flag(`株式会社ミナト\n購買部 佐藤\n\nいつもお世話になっております。`, '佐藤'),
  flag(`株式会社ミドリ製薬 購買部\n佐藤 健一殿\n\nいつもお世話になっております。`, '健一殿'),
  flag(`株式会社丸源商事\n食品二部 部長 吉岡 殿\n\nいつもお世話になっております。`, '吉岡 殿'),
  flag(`【ご案内】新製品説明会\n\n株式会社ミナト\n購買部 佐藤${GREET}`, '佐藤', INV),
  flag(`日時：2026年7月15日（水）10:00〜11:00\n出席者：株式会社ミナト 田中様\n\n株式会社ミナト\n購買部 田中さん${GREET}`, '田中さん', INV),
];

runFpClass('r36 an indented header value lists attendees, no address block (ja)', 'honorific', cases);
