// Round 30 (calendar, issues 9/10): the class cases of classes-r30-cases.ts — a date relayed from our side (still our
// proposal), a closure stated by its dates and referred back to by a noun (そのお休みの最終日, "during the shutdown"),
// and a time given by reference to a date of an earlier clause or sentence (その日の午後, "that afternoon"), each with
// near misses that must stay clean.
import { describe } from 'vitest';
import { run } from './case-table';
import { anchored, closureReferred, relayed } from './classes-r30-cases';

describe('a date relayed from someone on our side is our proposal; theirs passed back, deadlines, deliveries are not', () => run(relayed));
describe('a closure stated by its dates and referred back to by a noun as the meeting time (そのお休みの最終日, during the shutdown)', () => run(closureReferred));
describe('a time given by reference to a date of an earlier clause or sentence (その日の午後, 翌日, that afternoon)', () => run(anchored));
