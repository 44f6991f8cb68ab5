// Round 39 (newsja39): Japanese bad news of three kinds read by their cues and grammar (classes-r39-ja-news-cases.ts),
// each a whole mail read by every rule: a flagged case must raise bad-news on its sentence, a near miss none.
import { classTables } from './refusal-honorific-table';
import * as R from './classes-r39-ja-news-cases';
import type { MailCase } from '../mail-wrappers';

const CLIENT = { recipient: 'client' as const, firstContact: false, now: '2026-06-01' };
const table = (name: string, flagged: MailCase[], clean: MailCase[]) => ({ name, category: 'bad-news' as const, context: CLIENT, flagged, clean });

classTables([
  table('r39 ja a line or service of ours stopped for a stretch', R.STOP_FLAGGED, R.STOP_CLEAN),
  table('r39 ja a problem found or existing, goods unlike the sample', R.QUALITY_FLAGGED, R.QUALITY_CLEAN),
  table('r39 ja an item left out; the client’s change, a third party restored', R.LEFT_OUT_FLAGGED, R.LEFT_OUT_CLEAN),
]);
