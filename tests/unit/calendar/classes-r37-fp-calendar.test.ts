// Round 37 (fp37, issues 9 and 10: clean drafts flagged): a place made the topic before a slot (「ボストンは3月19日の午前2時」)
// gives a participant's clock, and a date moved from one day to another (「3月9日から3月23日へ変更」) is no span offered — only
// the day it moves to. Near misses: slots out of hours or on a holiday, a span offered, a meeting moved to a holiday.
import { clean, flag, runFpClass, type FpCase } from '../engine/classes-r36-fp-table';

// 11 clean, 9 near misses that must stay flagged.
const cases: FpCase[] = [
  clean("株式会社ミナト\n購買部 田中様\n\nいつもお世話になっております。\nハルベリの佐伯でございます。\n\n3月19日（木）15:00からお伺いいたします。ボストンは3月19日の午前2時となりますので、キムは録画で参加いたします。\n\nよろしくお願いいたします。\n佐伯"),
  clean("株式会社ミナト\n購買部 田中様\n\nいつもお世話になっております。\nハルベリの佐伯でございます。\n\n3月19日（木）10:00からのお打ち合わせでお願いいたします。ロンドンは3月19日の午前1時となりますため、スミスは欠席いたします。\n\nよろしくお願いいたします。\n佐伯"),
  clean("株式会社ミナト\n購買部 田中様\n\nいつもお世話になっております。\nハルベリの佐伯でございます。\n\n3月18日（水）14時からのオンライン会議でお願いいたします。ニューヨークは3月18日の午前1時ですので、録画を共有いたします。\n\nよろしくお願いいたします。\n佐伯"),
  clean("株式会社ミナト\n購買部 田中様\n\nいつもお世話になっております。\nハルベリの佐伯でございます。\n\n3月19日（木）16:00からでお願いいたします。シドニーは3月19日の18時となります。\n\nよろしくお願いいたします。\n佐伯"),
  clean("株式会社ミナト\n購買部 田中様\n\nいつもお世話になっております。\nハルベリの佐伯でございます。\n\n3月19日（木）9:30開始でお願いいたします。ロサンゼルスは3月18日の17時30分です。\n\nよろしくお願いいたします。\n佐伯"),
  flag("株式会社ミナト\n購買部 田中様\n\nいつもお世話になっております。\nハルベリの佐伯でございます。\n\n3月19日（木）22:00からお打ち合わせをお願いできますでしょうか。\n\nよろしくお願いいたします。\n佐伯", "22:00"),
  flag("株式会社ミナト\n購買部 田中様\n\nいつもお世話になっております。\nハルベリの佐伯でございます。\n\n3月19日（木）午前2時からお打ち合わせをお願いできますでしょうか。\n\nよろしくお願いいたします。\n佐伯", "午前2時"),
  flag("株式会社ミナト\n購買部 田中様\n\nいつもお世話になっております。\nハルベリの佐伯でございます。\n\n3月20日（金）15:00からお伺いしてもよろしいでしょうか。\n\nよろしくお願いいたします。\n佐伯", "3月20日"),
  flag("株式会社ミナト\n購買部 田中様\n\nいつもお世話になっております。\nハルベリの佐伯でございます。\n\n弊社は3月19日の22時からお打ち合わせを希望いたします。\n\nよろしくお願いいたします。\n佐伯", "22時"),
  flag("株式会社ミナト\n購買部 田中様\n\nいつもお世話になっております。\nハルベリの佐伯でございます。\n\n3月19日（木）19時からお打ち合わせをお願いできますでしょうか。\n\nよろしくお願いいたします。\n佐伯", "19時"),
  clean("株式会社ミナト\n購買部 田中様\n\nいつもお世話になっております。\nハルベリの佐伯でございます。\n\nCT-22の納入日につきまして、当初の3月9日から3月23日へ変更させていただきたく存じます。\n\nよろしくお願いいたします。\n佐伯", {"now":"2027-01-25"}),
  clean("株式会社ミナト\n購買部 田中様\n\nいつもお世話になっております。\nハルベリの佐伯でございます。\n\n出荷日を3月15日から3月24日に変更いたしました。\n\nよろしくお願いいたします。\n佐伯", {"now":"2027-01-25"}),
  clean("株式会社ミナト\n購買部 田中様\n\nいつもお世話になっております。\nハルベリの佐伯でございます。\n\n検査日程は3月16日から3月25日に延期となりました。\n\nよろしくお願いいたします。\n佐伯", {"now":"2027-01-25"}),
  clean("Dear Mr. Tanaka,\n\nDelivery of the CT-22 will move from March 9 to March 23 because of the Cape route.\n\nBest regards,\nAnna", {"now":"2027-01-25"}),
  clean("Dear Mr. Tanaka,\n\nThe inspection has been postponed from March 16 to March 24.\n\nBest regards,\nAnna", {"now":"2027-01-25"}),
  clean("Dear Mr. Tanaka,\n\nWe have rescheduled the shipment from 15 March to 25 March.\n\nBest regards,\nAnna", {"now":"2027-01-25"}),
  flag("株式会社ミナト\n購買部 田中様\n\nいつもお世話になっております。\nハルベリの佐伯でございます。\n\nお打ち合わせを3月9日から3月22日（月）へ変更させていただけますでしょうか。\n\nよろしくお願いいたします。\n佐伯", "3月22日", {"now":"2027-01-25"}),
  flag("株式会社ミナト\n購買部 田中様\n\nいつもお世話になっております。\nハルベリの佐伯でございます。\n\n3月19日から3月23日の間で、ご訪問のお時間をいただけますでしょうか。\n\nよろしくお願いいたします。\n佐伯", "3月19日から3月23日", {"now":"2027-01-25"}),
  flag("Dear Mr. Tanaka,\n\nCould we visit you any day from March 19 to March 23?\n\nBest regards,\nAnna", "March 19 to March 23", {"now":"2027-01-25"}),
  flag("Dear Mr. Tanaka,\n\nCould we move our meeting from March 19 to March 22 at 10:00?\n\nBest regards,\nAnna", "March 22", {"now":"2027-01-25"}),
];

runFpClass("r37 fp37 a participant's clock and a date moved (calendar)", "calendar", cases, "2026-03-04");
