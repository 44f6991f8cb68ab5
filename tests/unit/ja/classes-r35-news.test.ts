// Round 35 (news35): the six classes of bad news in classes-r35-news-cases.ts (a cut told as numbers, a free thing
// becoming paid or a service reduced, a product's making ended, a lead time or date as the new state, a quality change
// told as a description, false alarms) and their near misses, each a whole mail read by every rule: a flagged mail must
// raise bad-news, a near miss none. The known misses (KNOWN_WRONG) are left out of the tables; the test below holds that
// each names a case of the file.
import { describe } from 'vitest';
import { newsTables } from './news-class-tables';
import { classTables } from './refusal-honorific-table';
import * as R from './classes-r35-news-cases';

const { table, knownMisses } = newsTables(R.KNOWN_WRONG, {
  cut: { flagged: R.CUT_FLAGGED, clean: R.CUT_CLEAN },
  paid: { flagged: R.PAID_FLAGGED, clean: R.PAID_CLEAN },
  ended: { flagged: R.ENDED_FLAGGED, clean: R.ENDED_CLEAN },
  lead: { flagged: R.LEAD_FLAGGED, clean: R.LEAD_CLEAN },
  lot: { flagged: R.LOT_FLAGGED, clean: R.LOT_CLEAN },
  alarm: { flagged: R.ALARM_FLAGGED, clean: R.ALARM_CLEAN },
});

classTables([
  table('r35 a cut or partial fulfilment told as numbers', 'cut'),
  table('r35 a free thing becoming paid or a service reduced', 'paid'),
  table('r35 a product or supply ending told as a plain fact', 'ended'),
  table('r35 a lead time or date stated as the new state', 'lead'),
  table('r35 a quality change told as a description', 'lot'),
].filter((t) => t.flagged.length + t.clean.length > 0));

describe('r35 false alarms stay clean', () => {
  classTables([{ ...table('r35 a visit, an apology with its reason, an introduction', 'alarm'), flagged: [] }]);
});

knownMisses('r35');
