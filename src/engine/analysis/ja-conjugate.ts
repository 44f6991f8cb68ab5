// Verb conjugation from IPADIC's 活用型 (kuromoji's conjugated_type), enough to rewrite a predicate
// into its polite form or to swap one verb for another while keeping the ending the writer chose.

export type VerbForm = '基本形' | '連用形' | '連用タ接続' | '未然形';

interface GodanRow {
  /** Ending of the dictionary form. */
  u: string;
  /** 連用形 (the ます stem). */
  i: string;
  /** 未然形 (before ない). */
  a: string;
  /** 連用タ接続 (音便 before た/て). */
  ta: string;
}

const GODAN: Record<string, GodanRow> = {
  'カ行イ音便': { u: 'く', i: 'き', a: 'か', ta: 'い' },
  'カ行促音便': { u: 'く', i: 'き', a: 'か', ta: 'っ' },
  'ガ行': { u: 'ぐ', i: 'ぎ', a: 'が', ta: 'い' },
  'サ行': { u: 'す', i: 'し', a: 'さ', ta: 'し' },
  'タ行': { u: 'つ', i: 'ち', a: 'た', ta: 'っ' },
  'ナ行': { u: 'ぬ', i: 'に', a: 'な', ta: 'ん' },
  'バ行': { u: 'ぶ', i: 'び', a: 'ば', ta: 'ん' },
  'マ行': { u: 'む', i: 'み', a: 'ま', ta: 'ん' },
  'ラ行': { u: 'る', i: 'り', a: 'ら', ta: 'っ' },
  'ラ行アル': { u: 'る', i: 'り', a: 'ら', ta: 'っ' },
  // くださる・おっしゃる・いらっしゃる・なさる・ござる: 連用形 before ます is い.
  'ラ行特殊': { u: 'る', i: 'い', a: 'ら', ta: 'っ' },
  'ワ行促音便': { u: 'う', i: 'い', a: 'わ', ta: 'っ' },
  'ワ行ウ音便': { u: 'う', i: 'い', a: 'わ', ta: 'う' },
};

/** The form of `base` (a verb in dictionary form with IPADIC type `cType`), or undefined for unknown types. */
export function conjugate(base: string, cType: string, form: VerbForm): string | undefined {
  if (form === '基本形') return base;
  if (cType.startsWith('五段・')) {
    const row = GODAN[cType.slice(3)];
    if (!row || !base.endsWith(row.u)) return undefined;
    const stem = base.slice(0, -row.u.length);
    if (form === '連用形') return stem + row.i;
    if (form === '未然形') return stem + row.a;
    return stem + row.ta;
  }
  if (cType.startsWith('一段')) {
    if (!base.endsWith('る')) return undefined;
    return base.slice(0, -1);
  }
  if (cType === 'サ変・スル') {
    const stem = base.slice(0, -2);
    return stem + 'し';
  }
  if (cType.startsWith('サ変・')) {
    // 察する (サ変・−スル) → 察し; 信ずる (サ変・−ズル) → 信じ.
    if (base.endsWith('ずる')) return base.slice(0, -2) + 'じ';
    if (base.endsWith('する')) return base.slice(0, -2) + 'し';
    return undefined;
  }
  if (cType.startsWith('カ変')) {
    if (base.endsWith('来る')) return base.slice(0, -2) + '来';
    if (base.endsWith('くる')) return base.slice(0, -2) + (form === '未然形' ? 'こ' : 'き');
  }
  return undefined;
}

/** The ます stem of a verb token (連用形), from its base form and type. */
export function masuStem(base: string, cType: string): string | undefined {
  return conjugate(base, cType, '連用形');
}

/** True when the て/た after this 活用型's 連用タ接続 is voiced (読んだ, 泳いだ). */
export function voicedTa(cType: string): boolean {
  return /^五段・(?:ガ行|ナ行|バ行|マ行)/.test(cType);
}
