// Round 44: the Japanese classes of classes-r44-ja-cases.ts, each a whole mail read by every rule.
import { describe, expect, it } from 'vitest';
import { classTables, newsTable, type Class, type Flagged } from './refusal-honorific-table';
import { nodeEngine } from '../node-engine';
import * as R from './classes-r44-ja-cases';

const refusal = (name: string, flagged: Flagged[], clean: Flagged[]): Class => ({ name, category: 'blunt-refusal', flagged, clean });
const honorific = (name: string, flagged: Flagged[], clean: Flagged[]): Class => ({ name, category: 'honorific', flagged, clean });

classTables([
  refusal('r44 ja a split delivery turned down (分けての分納については対応しておりません)', R.SPLIT_REFUSED_FLAGGED, R.FEELING_CLEAN),
  newsTable('r44 ja a split delivery announced stays news', R.SPLIT_NEWS_FLAGGED, R.OPTION_AGENDA_CLEAN),
  newsTable('r44 ja only a part of a whole named with …のうち', R.PART_OF_WHOLE_FLAGGED, R.PART_OF_WHOLE_CLEAN),
  newsTable('r44 ja the supply as the topic right before its share', R.SUPPLY_SHARE_FLAGGED, R.SUPPLY_SHARE_CLEAN),
  newsTable('r44 ja a new price beside the old one marked by the time it held until', R.UNTIL_PRICE_FLAGGED, R.UNTIL_PRICE_CLEAN),
  newsTable('r44 ja a month\'s supply become impossible', R.MONTH_IMPOSSIBLE_FLAGGED, R.MONTH_IMPOSSIBLE_CLEAN),
  newsTable('r44 ja the terms of trade changed', R.TERMS_CHANGED_FLAGGED, R.TERMS_CHANGED_CLEAN),
  newsTable('r44 ja an arrow between amounts in a currency code (after the held-out score)', R.CODE_ARROW_FLAGGED, R.CODE_ARROW_CLEAN),
  newsTable('r44 ja a quantity as the topic brought down to a smaller one (after the held-out score)', R.FIGURE_DOWN_FLAGGED, R.FIGURE_DOWN_CLEAN),
  refusal('r44 ja advice and a forecast refuse nothing (after the held-out score)', R.FEELING_NEAR_FLAGGED, R.ADVICE_CLEAN),
  refusal('r44 ja a no to a plain act is still one beside the feelings that cannot be helped', R.FEELING_NEAR_FLAGGED, []),
  refusal('r44 ja a wish named and turned down, an alternative after but no regret', R.WISH_STATED_NO_FLAGGED, R.WISH_STATED_NO_CLEAN),
  honorific('r44 ja the client\'s people (ご担当の方) honoured are no own side', R.OWN_PERSON_FLAGGED, R.THEIR_PERSON_CLEAN),
]);

describe('r44 ja a learner\'s kana for the reply in a chase of a prospect', () => {
  const engine = nodeEngine();
  const chase = (body: string) =>
    engine.analyze({ body: R.KANA_CHASE(body), kind: 'email', context: { recipient: 'prospect', firstContact: false, now: '2027-01-26' } })
      .filter((f) => f.category === 'cold-outreach');
  it.each([
    '12月と1月のはじめに、バニラのカタログをメールでおくりましたが、まだおへんじがありません。',
    '先月、カタログをおくりましたが、まだごへんしんがありません。',
  ])('flags %s', (s) => expect(chase(s).length).toBeGreaterThan(0));
  it.each(['たいへんじゃまをしてすみません。カタログをおくります。'])('leaves %s', (s) => expect(chase(s)).toEqual([]));
});
