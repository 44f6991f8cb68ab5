// Round 45: the Japanese classes of classes-r45-ja-cases.ts, each a whole mail read by every rule.
import { classTables, newsTable, type Class, type Flagged } from './refusal-honorific-table';
import * as R from './classes-r45-ja-cases';

const register = (name: string, flagged: Flagged[], clean: Flagged[]): Class => ({ name, category: 'register', flagged, clean });
const pressure = (name: string, flagged: Flagged[], clean: Flagged[]): Class =>
  ({ name, category: 'pressure', context: { recipient: 'prospect', firstContact: false, now: '2026-06-08' }, flagged, clean });

classTables([
  newsTable('r45 ja the stock said to be none with the plain adjective ない', R.PLAIN_NONE_FLAGGED, R.PLAIN_NONE_CLEAN),
  pressure('r45 ja はやく urging a decision', R.KANA_HURRY_FLAGGED, []),
  register('r45 ja こんにちは, 〜ない感じです, うち for one\'s own company', R.CHAT_REGISTER_FLAGGED, R.CHAT_REGISTER_CLEAN),
]);
classTables([newsTable('r45 ja the counted rest becoming a later time (残り20箱は12月中旬になります)', R.REST_LATER_FLAGGED, R.REST_LATER_CLEAN)]);
classTables([newsTable('r45 ja goods unlike the lab dip (ラボディップより黄色くなりました)', R.UNLIKE_LAB_DIP_FLAGGED, R.UNLIKE_LAB_DIP_CLEAN)]);
classTables([register('r45 ja OK inside a currency code (NOK 0.90) is no casual OK', [], R.NOK_CLEAN)]);
classTables([newsTable('r45 ja a price above a past period\'s, a delay in kana', R.ABOVE_PERIOD_FLAGGED, R.ABOVE_PERIOD_CLEAN)]);
classTables([{ name: 'r45 ja the client\'s company from the address named with さん in the body', category: 'honorific', flagged: R.COMPANY_SAN_FLAGGED, clean: R.COMPANY_SAN_CLEAN }]);
classTables([{ name: 'r45 ja かまいません (it is fine) refuses nothing', category: 'blunt-refusal', flagged: [], clean: R.KAMAWANAI_CLEAN }]);
classTables([newsTable('r45 ja a count before a price beside the last one\'s (20袋　6,980円（前回5,900円）)', R.PRICE_BESIDE_LAST_FLAGGED, [])]);
