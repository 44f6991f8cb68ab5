// Round 18b (r18-janews): Japanese bad news — data, records or documents lost on our side told as a plain fact.
// (Its class I, a past contact recalled as no offer to explain, was reverted at integration: a past meeting about the
// news itself — 先日お打ち合わせで合意いたしました通り, ご説明の機会をいただき — is the groundwork, and the past-た test
// could not tell the two apart.)
import { classTables } from './refusal-honorific-table';
import { jaYamada as mail } from '../mail-wrappers';

classTables([
  {
    name: 'J: data, records or documents lost on our side (消失, 紛失, 欠損) told as a plain fact',
    category: 'bad-news',
    flagged: [
      mail('自由記述回答の一部（約40件）のデータが消失しました。'),
      mail('お預かりしていた図面の原本を紛失しました。'),
      mail('先月分のアクセスログの一部が欠損しております。'),
      mail('サーバー移行の際、3月分の受注データが消失しました。'),
      mail('ご提出いただいた書類を弊社で紛失いたしました。'),
      mail('アンケートの回答データの一部が消失しています。'),
      mail('測定記録の一部が欠損しました。'),
      mail('お送りいただいたサンプルを社内で紛失しました。'),
      mail('共有フォルダのファイルが一部消失しました。'),
      mail('点検の記録が2か月分欠損しています。'),
      mail('お預かりした資料の一部を紛失いたしました。'),
      mail('操作履歴のデータが消失しておりました。'),
    ],
    clean: [
      mail('データが消失しないよう、毎日バックアップを取得しております。'),
      mail('データ消失の心配はございません。'),
      mail('万一ファイルを紛失された場合は、再発行いたします。'),
      mail('誠に申し訳ございませんが、回答データの一部が消失しました。改めてお伺いしてご説明いたします。'),
      mail('バックアップがあるため、データが消失することはございません。'),
      mail('書類を紛失した場合の手続きをご案内します。'),
      mail('紛失防止のため、原本は金庫で保管しております。'),
      mail('ご提出の書類はすべて受領しております。'),
    ],
  },
]);
