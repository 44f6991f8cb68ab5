// Round 37 (fp37, issues 9 and 10: clean drafts flagged): bad news that is none — a word of ending that opens a hyphenated
// modifier ("closed-loop"), an offer to call whose purpose points back to the news even with "also" ("to talk it through"),
// measured values the writer says are within tolerance. Near misses: closures and ends of a service, calls on another topic,
// values not within tolerance.
import { clean, flag, runFpClass, type FpCase } from '../engine/classes-r36-fp-table';

// 19 clean, 13 near misses that must stay flagged.
const cases: FpCase[] = [
  clean("Dear Mr. Sato,\n\nThank you for your question.\nOur plant runs a closed-loop water system, so no waste water leaves the site.\n\nBest regards,\nAnna Berg"),
  clean("Dear Mr. Sato,\n\nThank you for your question.\nThe new dryer uses a closed-loop control for the service temperature.\n\nBest regards,\nAnna Berg"),
  clean("Dear Mr. Sato,\n\nThank you for your question.\nWe installed a closed-loop cooling circuit for the repair shop last year.\n\nBest regards,\nAnna Berg"),
  clean("Dear Mr. Sato,\n\nThank you for your question.\nOur support team offers end-to-end service for the whole line.\n\nBest regards,\nAnna Berg"),
  clean("Dear Mr. Sato,\n\nThank you for your question.\nThe stop-gap service we set up in May keeps your line running.\n\nBest regards,\nAnna Berg"),
  clean("Dear Mr. Sato,\n\nThank you for your question.\nYour move-in support package covers the first two weeks of service.\n\nBest regards,\nAnna Berg"),
  clean("Dear Mr. Sato,\n\nThank you for your question.\nOur closed-loop recycling service takes back used drums at no cost.\n\nBest regards,\nAnna Berg"),
  clean("Dear Mr. Sato,\n\nThank you for your question.\nThe shut-off valve service kit is included with every unit.\n\nBest regards,\nAnna Berg"),
  clean("Dear Mr. Sato,\n\nThank you for your question.\nWe offer a close-out service report after each maintenance visit.\n\nBest regards,\nAnna Berg"),
  clean("Dear Mr. Sato,\n\nThank you for your question.\nThe move-out service for the old press is booked for July 20.\n\nBest regards,\nAnna Berg"),
  clean("Dear Mr. Sato,\n\nThank you for your question.\nOur transfer-free service means your data stays in the Tokyo region.\n\nBest regards,\nAnna Berg"),
  clean("Dear Mr. Sato,\n\nThank you for your question.\nThe exit-interview service is part of the onboarding package.\n\nBest regards,\nAnna Berg"),
  flag("Dear Mr. Sato,\n\nThank you for your question.\nOur Osaka repair centre will close on March 31.\n\nBest regards,\nAnna Berg", "Our Osaka repair centre will close on March 31."),
  flag("Dear Mr. Sato,\n\nThank you for your question.\nWe will close our Nagoya service desk at the end of June.\n\nBest regards,\nAnna Berg", "We will close our Nagoya service desk at the end of June."),
  flag("Dear Mr. Sato,\n\nThank you for your question.\nOur on-site repair service will end on September 30.\n\nBest regards,\nAnna Berg", "Our on-site repair service will end on September 30."),
  flag("Dear Mr. Sato,\n\nThank you for your question.\nOur Kobe service centre will close on October 1.\n\nBest regards,\nAnna Berg", "Our Kobe service centre will close on October 1."),
  flag("Dear Mr. Sato,\n\nThank you for your question.\nWe will end the on-call repair service on May 31.\n\nBest regards,\nAnna Berg", "We will end the on-call repair service on May 31."),
  flag("Dear Mr. Sato,\n\nThank you for your question.\nThe closed-loop model will be discontinued on March 31.\n\nBest regards,\nAnna Berg", "The closed-loop model will be discontinued on March 31."),
  clean("Dear Mr. Sato,\n\nThank you for your question.\nI'm afraid air freight would raise the landed cost by about 60%.\nWe could send two bags by courier instead. I'm also happy to call you to talk it through.\n\nBest regards,\nAnna Berg"),
  clean("Dear Mr. Sato,\n\nThank you for your question.\nThe price of the X-20 will increase by 8% from October 1.\nI would also be glad to visit you to go over it in person.\n\nBest regards,\nAnna Berg"),
  clean("Dear Mr. Sato,\n\nThank you for your question.\nDelivery of your order will move from May 10 to May 24.\nI am also happy to call you to discuss this.\n\nBest regards,\nAnna Berg"),
  clean("Dear Mr. Sato,\n\nThank you for your question.\nFrom April, the unit price will rise from USD 4.20 to USD 4.50.\nI can also come to your office to explain it.\n\nBest regards,\nAnna Berg"),
  clean("Dear Mr. Sato,\n\nThank you for your question.\nYour shipment will arrive one week later than planned, on June 14.\nWe would also be happy to set up a call to walk you through it.\n\nBest regards,\nAnna Berg"),
  clean("Dear Mr. Sato,\n\nThank you for your question.\nThe lead time for the PX-5 will be 12 weeks from July.\nI could also visit you next week to discuss these.\n\nBest regards,\nAnna Berg"),
  flag("Dear Mr. Sato,\n\nThank you for your question.\nThe price of the X-20 will increase by 8% from October 1.\nI would also like to visit you to introduce our new manager.\n\nBest regards,\nAnna Berg", "The price of the X-20 will increase by 8% from October 1."),
  flag("Dear Mr. Sato,\n\nThank you for your question.\nDelivery of your order will move from May 10 to May 24.\nI would also like to call you about the trade show in June.\n\nBest regards,\nAnna Berg", "Delivery of your order will move from May 10 to May 24."),
  flag("Dear Mr. Sato,\n\nThank you for your question.\nFrom April, the unit price will rise from USD 4.20 to USD 4.50.\nAlso, could we meet to discuss the new catalogue?\n\nBest regards,\nAnna Berg", "From April, the unit price will rise from USD 4.20 to USD 4.50."),
  flag("Dear Mr. Sato,\n\nThank you for your question.\nYour shipment will arrive one week later than planned, on June 14.\nI would also like to visit your new plant in Kobe.\n\nBest regards,\nAnna Berg", "Your shipment will arrive one week later than planned, on June 14."),
  flag("Dear Mr. Sato,\n\nThank you for your question.\nThe lead time for the PX-5 will be 12 weeks from July.\nWe also want to call you to present our new sensor line.\n\nBest regards,\nAnna Berg", "The lead time for the PX-5 will be 12 weeks from July."),
  flag("Dear Mr. Sato,\n\nThank you for your question.\nThe price of the X-20 will increase by 8% from October 1.\n\nBest regards,\nAnna Berg", "The price of the X-20 will increase by 8% from October 1."),
  clean("Dear Ms. Mori,\n\nThank you for your question about the thickness specification.\nThe palm thickness of NG-300 is 0.10 mm ± 0.01 mm. Our last 20 lots ranged from 0.097 mm to 0.104 mm, all within tolerance.\n\nKind regards,\nAiman"),
  flag("Dear Ms. Mori,\n\nThank you for your question about the thickness specification.\nThe palm thickness of NG-300 is 0.10 mm ± 0.01 mm. Our last 20 lots ranged from 0.097 mm to 0.104 mm, not within tolerance.\n\nKind regards,\nAiman", "0.104"),
];

runFpClass("r37 fp37 bad news that is none (closed-loop, a call about it, within tolerance)", "bad-news", cases, "2026-07-08");
