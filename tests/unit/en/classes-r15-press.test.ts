// Round 15 (r15-press): English pressure classes of /work/CLASSES-r15.md in our own wordings (never a corpus's),
// each with near misses that share its words. The categories raised must be exactly the expected ('' = none).
// P1 capacity already going to others (en-levers.ts capacityTaken); P2 advice that is pressure: a late decision
// pushed back (pushedBack), advice not to put it off (dontDelay), an offer not there after a date (lapse);
// P3 a trial or pilot price cut off; and the same pressure inside meeting invitations.
import { categoryTables, type Case } from './category-table';
import type { DraftContext } from '../../../src/engine/types';
import { enOgawa as mail } from '../mail-wrappers';

const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-03-02' };
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-03-02' };

const P1_CAPACITY_TAKEN: Case[] = [
  ['pressure', P, mail('Three of our five pilot places for the summer have already been taken.')],
  ['pressure', P, mail('Most of the install dates before the rainy season are already booked.')],
  ['pressure', P, mail('Most of our welding line for the second half is already allocated.')],
  ['pressure', P, mail("Honestly, the spring workshops fill up fast, so I wouldn't count on a seat in April.")],
  ['pressure', P, mail('Training dates for the new year are being snapped up, and half of January is already gone.')],
  ['pressure', P, mail('Last autumn we had to turn away several customers because the calibration team was full.')],
  ['pressure', P, mail('we are turn away many company every year in march because our engineer is full')],
  ['pressure', P, mail('The remaining production weeks are being taken every day.')],
  ['pressure', P, mail("Our technicians' calendar through July is already booked.")],
  ['pressure', P, mail('Just so you know, the Osaka cohort is nearly full. Please confirm your seat by Friday.')],
  ['pressure', P, mail('Two of the Q2 spots have already gone.\nPlease confirm your order by Friday.')],
  ['', P, mail('The Osaka cohort is nearly full, so we have opened a second one in June for anyone who needs more time.')],
  ['pressure', P, mail('We only take on four new partners a year, and three of this year\'s places have already gone.')],
  ['pressure', P, mail('The slots for the autumn audit season are going quickly — about half are spoken for already.')],
  ['', P, mail('Your installation slot on 14 May is already booked for you.')],
  ['', P, mail('Our team is fully booked on Tuesday, so could we move the call to Wednesday?')],
  ['', P, mail('No slots have been taken yet, so please take all the time you need.')],
  ['', P, mail('If the March slots are already taken, we will offer you April instead.')],
  ['', P, mail('Is the training already full?')],
  ['', P, mail('Last year the sessions were all booked, so we added a second hall this year.')],
  ['', P, mail('Our production capacity is 5,000 units a month.')],
  ['', C, mail('Three of the five pilot places for the summer have already been taken, so we have reserved one for your team as planned.')],
];

const P2_ADVICE_PRESSES: Case[] = [
  ['pressure', P, mail("My advice: don't wait on this.")],
  ['pressure', P, mail("Please don't sit on the proposal for too long.")],
  ['pressure', P, mail("Whatever you do, don't let this slip.")],
  ['pressure', P, mail("I'd strongly suggest you don't delay your decision.")],
  ['pressure', P, mail('Honest advice — do not put this off until after the holidays.')],
  ['pressure', P, mail("Don't leave it too late.")],
  ['pressure', P, mail("If we don't receive your signed order by the 20th, your installation moves to the back of the line.")],
  ['pressure', P, mail('Unless you confirm this month, the next free window would be in the autumn.')],
  ['pressure', P, mail('Orders not placed by Friday will have to wait until our next production run in September.')],
  ['pressure', P, mail("If you can't decide before our director leaves, it may be months before we can meet again.")],
  ['pressure', P, mail("This pricing won't be around after March.")],
  ['pressure', P, mail('The introductory rate will not be available after the end of this month.')],
  ['', P, mail("Don't hesitate to contact me if you have any questions.")],
  ['', P, mail('Please do not wait for our call; feel free to send your questions whenever suits you.')],
  ['', P, mail("Don't wait to tell us if anything arrives damaged.")],
  ['', P, mail('If the parts do not arrive by Friday, the installation will slip to the following week.')],
  ['', P, mail('There is no rush at all, so please decide in your own time.')],
  ['', P, mail('To meet your April go-live, ordering in February leaves a comfortable margin.')],
  ['', P, mail('The introductory rate is available to all new customers.')],
];

// P2: waiting judged a mistake or a risk for the reader; P1: the capacity leading a long clause.
const P2_WAITING_A_MISTAKE: Case[] = [
  ['pressure', P, mail('Honestly, waiting for the next budget round would be a mistake for you.')],
  ['pressure', P, mail('Frankly, delaying until the autumn is risky for your team.')],
  ['pressure', P, mail('Waiting another quarter would be a gamble for your plant.')],
  ['pressure', P, mail('Of the eight installation weeks we set aside for new customers this spring, six have already been taken.')],
  ['', P, mail('Waiting for the new firmware would not be a mistake, since the current units can be upgraded later.')],
  ['', P, mail('Thank you for waiting; the mistake in the invoice has been corrected.')],
  ['', P, mail('Of the eight installation weeks we set aside for your project, we have used six so far.')],
];

const P3_TRIAL_PRICE_CUT_OFF: Case[] = [
  ['pressure', P, mail('The pilot pricing closes on Friday.')],
  ['pressure', P, mail('The trial price is only available until the end of this month.')],
  ['pressure', P, mail('Introductory pricing ends on 31 March.')],
  ['pressure', P, mail('The launch offer runs until Friday, after which list prices apply.')],
  ['', P, mail('This quotation is valid for 30 days.')],
  ['', P, mail('Registration for the seminar you asked about closes on 20 March.')],
  ['', C, mail('The trial price is only available until the end of this month.')],
];

const MEETINGS_PRESSURE: Case[] = [
  ['pressure', P, 'Dear Mr. Ogawa,\n\nWe need an answer on the 10:00 slot by tomorrow or we will give it to another company.\n\nBest regards,\nDaniel Frost'],
  ['pressure', P, 'Dear Mr. Ogawa,\n\nOnly two demo slots are left this month, and they are being taken quickly.\n\nBest regards,\nDaniel Frost'],
];

categoryTables([
  ['P1 capacity already going to others', P1_CAPACITY_TAKEN],
  ['P2 advice that presses', P2_ADVICE_PRESSES],
  ['P2 waiting judged a mistake; capacity leading the clause', P2_WAITING_A_MISTAKE],
  ['P3 a trial or pilot price cut off', P3_TRIAL_PRICE_CUT_OFF],
  ['Pressure in meeting mails', MEETINGS_PRESSURE],
]);
