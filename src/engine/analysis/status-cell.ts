import { tableLineCells } from './value-pair';

/**
 * Round 34 (news34): the status of a client's item given as a cell of a list or a table, in either language —
 * 「・A-200　欠品」「| K-20 | 廃番 |」「R-12：EOL」"- SKU 220-B: backordered" "| 7711 | 20 | Backordered |". A line whose
 * first cell names an item (a code or a name with a figure or capitals in it) and one of whose later cells is a
 * status word and nothing more: the item cannot be had (欠品, 入荷未定, backordered, out of stock) or is no longer made
 * (廃番, 販売終了, EOL, discontinued). The cell must be the status alone: a sentence that mentions the word (廃番品のリスト,
 * "our end-of-life policy") is no status line.
 */

/** Status words of an item that cannot be had now (欠品, backordered), or no longer made (廃番, EOL, discontinued). */
const SHORT_JA = /^(?:欠品中?|入荷未定|入荷待ち|在庫(?:切れ|なし|無し)|品切れ|(?:出荷|受注)停止)$/;
const ENDED_JA = /^(?:廃番|廃盤|廃版|終売|EOL|ＥＯＬ|(?:販売|生産|製造|供給|取扱い?)(?:終了|中止))品?$/;
const SHORT_EN = /^(?:back-?ordered|on back-?order|(?:out of|no) stock|sold out)$/i;
const ENDED_EN = /^(?:discontinued|end[- ]of[- ](?:sale|life|production)|eol|obsolete)$/i;
const NO_LONGER_EN = /^no longer (?:available|produced|made|supplied|stocked)$/i;
/** A note after the status, dropped before it is read: （入荷未定）, (ETA June), "until further notice". */
const NOTE = /(?:[（(][^（）()]{0,30}[）)]|until further notice)$/i;
/** An item named in the first cell: a code or a name with a figure or capitals in it (A-200, 赤キャップ50mm, SKU 7711, PX). */
const ITEM = /[0-9０-９]|[A-ZＡ-Ｚ]{2}/;
/** Round 37: a year and month, or a day, before the status word (2026年12月 取扱終了, 12月末で販売終了). */
const DATE_FIRST = /^(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日|末)?(?:で|をもって)?[\s　]*/;
/** A list mark or a number opening the line. */
const MARK = /^(?:[・\-－*＊●○◦▪■□◆◇•]|[0-9０-９]{1,2}[.)．）])\s*/;

export interface StatusCell { start: number; end: number; kind: 'shortage' | 'discontinued' }

/** The status cell of a line of a list or table, with what it says, or undefined. */
export function statusCell(line: string): StatusCell | undefined {
  if (line.length > 120 || line.includes('\n') || /[。．!?！？]./.test(line.trim())) return undefined;
  const cells = cellsOf(line.trim());
  if (!cells || cells.length < 2) return undefined;
  const first = cells[0]!.replace(MARK, '');
  if (!ITEM.test(first) || first.length > 40) return undefined;
  for (const cell of cells.slice(1)) {
    const c = cell.replace(/[。．.]$/, '').trim();
    // Round 37: a date before the status (2026年12月 取扱終了) says when it ends.
    const bare = c.replace(NOTE, '').trimEnd().replace(DATE_FIRST, '');
    const kind = SHORT_JA.test(bare) || SHORT_EN.test(bare) ? 'shortage' : ENDED_JA.test(bare) || ENDED_EN.test(bare) || NO_LONGER_EN.test(bare) ? 'discontinued' : undefined;
    if (!kind) continue;
    const start = line.lastIndexOf(c);
    return { start, end: start + c.length, kind };
  }
  return undefined;
}

/** A table row's cells, or a line split at a wide space, a tab, a dash between spaces, or its one label colon. */
function cellsOf(line: string): string[] | undefined {
  const row = tableLineCells(line);
  if (row) return row;
  const wide = line.split(/\t|\s{2,}|\u3000+|\s[–—]\s/).map((c) => c.trim()).filter(Boolean);
  if (wide.length >= 2) return wide;
  // One colon, a label of at most 40 characters before it (found by index, not by a pattern of two runs).
  const at = line.search(/[：:]/);
  if (at < 1 || at > 40 || /[：:]/.test(line.slice(at + 1))) return undefined;
  const [label, value] = [line.slice(0, at).trim(), line.slice(at + 1).trim()];
  return value && value.length <= 40 ? [label, value] : undefined;
}
