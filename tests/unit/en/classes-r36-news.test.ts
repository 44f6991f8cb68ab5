// Round 36 (news36): bad news of three classes read by their facts (classes-r36-news-cases.ts) — a figure that moves
// against the client, part of what was ordered or promised, a service below its commitment or goods out of spec — each
// a whole mail read by every rule: a flagged case must raise bad-news on the sentence that carries it, a near miss none.
import { classTables, newsTable as table } from '../ja/refusal-honorific-table';
import * as R from './classes-r36-news-cases';

classTables([
  table('r36 en a figure that moves against the client', R.MOVE_FLAGGED, R.MOVE_CLEAN),
  table('r36 en part of what was ordered or promised', R.PART_FLAGGED, R.PART_CLEAN),
  table('r36 en a service below its commitment or goods out of spec', R.SPEC_FLAGGED, R.SPEC_CLEAN),
]);
