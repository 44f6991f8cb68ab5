// Round 27 (AG ag2-041): an address line read by its structure — addressees separated by 、 , / ・ or spaces, each
// closed by its honorific, which a headcount, a bracketed note or ほか may follow. ご担当者様 is correct for an unknown
// person at a company and must not read as a company line missing 御中.
import { describe, expect, it } from 'vitest';
import { honouredAddressee, isAddressLine } from '../../../src/engine/analysis/layout';

const HONORIFICS = ['様', 'さま', '御中', '各位', '先生', '殿', 'さん'];

describe('honouredAddressee', () => {
  it.each([
    '品質保証課 ご担当者様1名',
    '株式会社アサギリ電子 設備技術課 佐々木様、品質保証課 ご担当者様1名',
    '購買部 ご担当者様（2名）',
    '設備技術課 佐藤様ほか',
    '品質保証課・ご担当者様(ご出席の方)',
    '営業部 御中',
  ])('%s names an honoured addressee', (line) => {
    expect(honouredAddressee(line, HONORIFICS)).toBe(true);
    expect(isAddressLine(line)).toBe(true);
  });

  it.each([
    '株式会社アサギリ電子 購買部',
    '品質保証課 担当者1名',
    '様式第3号',
    '株式会社アサギリ電子（2名）',
    'ナカノ精工さん、やっと返信来ました笑',
    '購買部 ご担当者様／Purchasing Dept.',
  ])('%s names none', (line) => {
    expect(honouredAddressee(line, HONORIFICS)).toBe(false);
  });
});
