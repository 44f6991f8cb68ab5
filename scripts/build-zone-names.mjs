#!/usr/bin/env node
// Builds dictionaries/calendar/zone-names.json: the names writers give a time zone in many languages ("giờ Việt
// Nam", 北京时间, 台灣時間, "heure de Paris", MEZ, "Helsinki time", 시드니 시간), read from the runtime's own
// time-zone and region data (Intl) at development time, not typed by hand. The runtime bundle holds only the
// generated phrase → IANA zone table (see src/engine/analysis/dates-zones.ts, foreignZone*).
//   node scripts/build-zone-names.mjs
// Sources, per IANA zone and locale: the zone's long, generic and short names (Intl.DateTimeFormat timeZoneName),
// its city (the IANA id), and the country whose zone it is (Intl.Locale#timeZones; of a country with several
// zones, the one ICU names after the country: "China Time" is Asia/Shanghai) by Intl.DisplayNames in each
// locale, put in that language's frames ("giờ X", "X时间", "heure de X", "X Zeit", "hora de X", "ora di X").
import { writeFileSync } from 'node:fs';

const LOCALES = ['en', 'ja', 'zh', 'zh-Hant', 'ko', 'vi', 'fr', 'de', 'es', 'pt', 'it'];
/** Frames for a city named in the Latin script of the IANA id ("heure de Paris", "giờ Sydney"); English's own are read at runtime. */
const CITY_LOCALES = ['vi', 'fr', 'de', 'es', 'it'];
/**
 * Capitals that are no IANA zone's city, with the zone of their clock (北京时间 is China's, "giờ Hà Nội" Vietnam's):
 * the one hand-made entry, since Intl names no capitals. Framed in every language like the cities.
 */
const CAPITALS = {
  // Round 32: capitals and cities writers name in Japanese whose zone Intl names only by its country (Asia/Riyadh is
  // サウジアラビア時間, never リヤド時間): ICU's exemplar cities are not exposed through Intl.
  リヤド: 'Asia/Riyadh', ジッダ: 'Asia/Riyadh', ジェッダ: 'Asia/Riyadh', ドーハ: 'Asia/Qatar', アブダビ: 'Asia/Dubai', マスカット: 'Asia/Muscat',
  クウェート市: 'Asia/Kuwait', マナーマ: 'Asia/Bahrain', テヘラン: 'Asia/Tehran', カイロ: 'Africa/Cairo', ナイロビ: 'Africa/Nairobi',
  ラゴス: 'Africa/Lagos', ヨハネスブルグ: 'Africa/Johannesburg', ケープタウン: 'Africa/Johannesburg', レイキャビク: 'Atlantic/Reykjavik',
  オスロ: 'Europe/Oslo', コペンハーゲン: 'Europe/Copenhagen', ストックホルム: 'Europe/Stockholm', リスボン: 'Europe/Lisbon',
  マドリード: 'Europe/Madrid', マドリッド: 'Europe/Madrid', ローマ: 'Europe/Rome', アテネ: 'Europe/Athens', プラハ: 'Europe/Prague',
  ブダペスト: 'Europe/Budapest', ブカレスト: 'Europe/Bucharest', モスクワ: 'Europe/Moscow', カラチ: 'Asia/Karachi', ダッカ: 'Asia/Dhaka',
  コロンボ: 'Asia/Colombo', カトマンズ: 'Asia/Kathmandu', ヤンゴン: 'Asia/Yangon', プノンペン: 'Asia/Phnom_Penh', リュブリャナ: 'Europe/Ljubljana',
  ザグレブ: 'Europe/Zagreb', ベオグラード: 'Europe/Belgrade', ソフィア: 'Europe/Sofia', タリン: 'Europe/Tallinn', リガ: 'Europe/Riga',
  ビリニュス: 'Europe/Vilnius', ボゴタ: 'America/Bogota', ブエノスアイレス: 'America/Argentina/Buenos_Aires', サンティアゴ: 'America/Santiago',
  モンテビデオ: 'America/Montevideo', アスンシオン: 'America/Asuncion', キト: 'America/Guayaquil',
  Beijing: 'Asia/Shanghai', 北京: 'Asia/Shanghai', 'Hà Nội': 'Asia/Ho_Chi_Minh', Hanoi: 'Asia/Ho_Chi_Minh', 河内: 'Asia/Ho_Chi_Minh', ハノイ: 'Asia/Ho_Chi_Minh', 하노이: 'Asia/Ho_Chi_Minh', 'New Delhi': 'Asia/Kolkata', Delhi: 'Asia/Kolkata', Canberra: 'Australia/Sydney', Ottawa: 'America/Toronto', Washington: 'America/New_York', Brasília: 'America/Sao_Paulo', Brasilia: 'America/Sao_Paulo', Bern: 'Europe/Zurich', 首尔: 'Asia/Seoul', 서울: 'Asia/Seoul', 台北: 'Asia/Taipei' };
/** Instants in January and July: a zone's standard and summer names and offsets. */
const INSTANTS = [Date.UTC(2027, 0, 15, 12), Date.UTC(2027, 6, 15, 12)];
/** City names of the IANA ids that are also ordinary words ("Christmas time", "reunion time"). */
const NOT_PLACES = new Set(['christmas', 'reunion', 'easter', 'wake', 'midway', 'jersey', 'guernsey', 'norfolk', 'chatham', 'stanley', 'dawson', 'regina', 'phoenix', 'central', 'casey', 'davis', 'mawson', 'troll', 'vostok', 'palmer', 'macquarie', 'eucla', 'thule', 'kiritimati', 'efate', 'truk', 'ponape', 'yap']);

const canonical = (z) => new Intl.DateTimeFormat('en', { timeZone: z }).resolvedOptions().timeZone;
const nameOf = (locale, zone, style, at) => new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style })
  .formatToParts(new Date(at)).find((p) => p.type === 'timeZoneName')?.value;
const offsets = (zone) => INSTANTS.map((at) => nameOf('en', zone, 'longOffset', at)).join('/');

/** The key a phrase is looked up by (the runtime's normalize in dates-zones.ts does the same). */
const normalize = (s) => s.normalize('NFC').toLowerCase().replace(/[’‘`]/g, "'").replace(/时/g, '時').replace(/间/g, '間').replace(/\s+/g, ' ').trim();

/** phrase → set of zones; a phrase naming zones of different clocks is dropped at the end. */
const found = new Map();
function add(phrase, zone) {
  if (!phrase || /[+−-]\d|GMT|UTC/.test(phrase) || /:/.test(phrase)) return;
  const key = normalize(phrase);
  if (key.length < 3) return;
  if (!found.has(key)) found.set(key, new Set());
  found.get(key).add(zone);
}
/** Places (countries, cities) recorded bare: the runtime strips a language's frame (giờ X, X时间, heure de X) and looks X up. */
const places = new Map();
const framed = (_locale, place, zone) => {
  const key = normalize(place);
  if (key.length < 2) return;
  if (!places.has(key)) places.set(key, new Set());
  places.get(key).add(zone);
};

const zones = [...new Set(Intl.supportedValuesOf('timeZone').map(canonical))];
for (const zone of zones) {
  for (const locale of LOCALES) {
    for (const at of INSTANTS) {
      for (const style of ['long', 'longGeneric']) add(nameOf(locale, zone, style, at), zone);
      const generic = nameOf(locale, zone, 'shortGeneric', at);
      // The location forms "heure : Viêt Nam", "Vietnam (Ortszeit)": the place, framed as writers frame it.
      const place = /^heure : (.+)$/.exec(generic ?? '')?.[1] ?? /^(.+) \(Ortszeit\)$/.exec(generic ?? '')?.[1];
      if (place) framed(locale, place, zone);
      else add(generic, zone);
      // Short names of letters only (MEZ, OEZ, WEZ, MESZ): abbreviations a writer of that language uses.
      const short = nameOf(locale, zone, 'short', at);
      // English's own (EST, ACT, AST…) are dates-zones.ts's hand table, where a word like "act" is weighed.
      if (short && locale !== 'en' && /^[A-ZÄÖÜ]{3,5}$/.test(short)) add(short, zone);
    }
  }
  // The city of the IANA id, in every language's frame ("heure de Paris", "giờ Sydney", "Helsinki time").
  const city = /^(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/([A-Za-z_]+)$/.exec(zone)?.[1]?.replace(/_/g, ' ');
  if (city && !NOT_PLACES.has(city.toLowerCase())) for (const locale of CITY_LOCALES) framed(locale, city, zone);
}

for (const [place, zone] of Object.entries(CAPITALS)) {
  const cjk = /[\u3040-\u9fff\uac00-\ud7af]/.test(place);
  for (const locale of cjk ? ['ja', 'zh', 'zh-Hant', 'ko'] : ['en', ...CITY_LOCALES]) framed(locale, place, zone);
}

// Countries: the zone ICU names after the country (or its only zone), framed with the country's name in each language.
const enRegion = new Intl.DisplayNames(['en'], { type: 'region' });
for (let a = 65; a <= 90; a++) {
  for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    let list;
    try {
      list = new Intl.Locale(`und-${code}`).timeZones;
    } catch {
      continue;
    }
    if (!list?.length) continue;
    const own = [...new Set(list.map(canonical))];
    const country = enRegion.of(code);
    const primary = own.length === 1 ? own[0] : own.find((z) => nameOf('en', z, 'shortGeneric', INSTANTS[0]) === `${country} Time`);
    if (!primary || !country || country === code) continue;
    for (const locale of LOCALES) {
      const name = new Intl.DisplayNames([locale], { type: 'region' }).of(code);
      if (name && name !== code) framed(locale, name, primary);
    }
  }
}

/** phrase → the one clock it names, or undefined. */
function oneClock(set) {
  // One clock: the zones the phrase names keep the same offsets in winter and summer — all of them, or all but a
  // few (MEZ is Algiers' and Tunis' name too, without summer time: the phrase is Central Europe's).
  const groups = new Map();
  for (const z of set) groups.set(offsets(z), [...(groups.get(offsets(z)) ?? []), z]);
  const [largest] = [...groups.values()].sort((x, y) => y.length - x.length);
  // The zone shown is the best-known of the clock's (Europe/Berlin rather than Africa/Ceuta for MEZ): same clock either way.
  const rank = (z) => ['Europe', 'Asia', 'America', 'Australia', 'Pacific'].indexOf(z.split('/')[0]) >>> 0;
  return largest.length < 0.75 * set.size ? undefined : largest.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))[0];
}
const table = (map) => Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, set]) => [k, oneClock(set)]).filter(([, z]) => z));
// The places inside the names Intl gives ("Ora Città del Messico", "hora de Ciudad de México", "Giờ Việt Nam"): a
// language's own name of a city or country, then read in every frame.
const FRAME_BEFORE = /^(?:giờ |heure (?:de |d'|du |des |: )?|hora (?:de |del |do |da )?|horário (?:de |do |da )?|ora (?:di |del |d')?)(.+)$/;
const FRAME_AFTER = /^(.+?)(?: time| zeit|-zeit| ?時間| ?시간| \(ortszeit\))$/;
for (const [key, set] of found) {
  const place = FRAME_BEFORE.exec(key)?.[1] ?? FRAME_AFTER.exec(key)?.[1];
  // Not the names of zones themselves ("Central European", "normale de Taipei"): a place has no word of a standard.
  if (!place || /standard|normal|estándar|padrão|standar|chuẩn|標準|표준|夏|verano|verão|été|sommer|summer|legale|estiva/.test(place)) continue;
  for (const zone of set) framed('', place, zone);
}

// Round 32: the names as writers write them, beside the runtime's own. Japanese writers name the same zone with other
// words for its region (中部ヨーロッパ時間 for Intl's 中央ヨーロッパ時間, 欧州, アメリカ東部 for 米国東部); Latin places are
// written with or without their accents (Reykjavík, Zürich, São Paulo: the IANA ids carry none; places only, read
// folded at runtime too). Each variant of a key
// names the key's zone; a variant that is already a key keeps the key's own zone.
const JA_REGION_WORDS = [['中央ヨーロッパ', '中部ヨーロッパ'], ['中央ヨーロッパ', '中部欧州'], ['中央ヨーロッパ', '欧州中部'], ['ヨーロッパ', '欧州'], ['米国', 'アメリカ'], ['米国', '米']];
/** Western European letters only (Vietnamese names keep their marks: they are part of the word, and folded they are others' words: áo). */
const LATIN_1 = /^[a-z\u00c0-\u0110\u0112-\u017f\s'.-]+$/;
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
function withVariants(map, folded) {
  for (const [key, set] of [...map]) {
    const variants = new Set();
    for (const [word, other] of JA_REGION_WORDS) if (key.includes(word)) variants.add(key.replace(word, other));
    if (folded && LATIN_1.test(key) && fold(key) !== key && fold(key).length >= 4) variants.add(fold(key));
    for (const v of variants) if (!map.has(v)) map.set(v, set);
  }
}
withVariants(found, false);
withVariants(places, true);
const names = table(found);
const placeTable = table(places);
// A full name that is only a framed place is read through the frame at runtime: not stored twice.
for (const key of Object.keys(names)) {
  const m = FRAME_BEFORE.exec(key) ?? FRAME_AFTER.exec(key);
  if (m && placeTable[m[1]] === names[key]) delete names[key];
}
const out = {
  $comment: 'Generated by scripts/build-zone-names.mjs from Intl (time-zone names, regions, IANA cities) — do not edit by hand. names: a zone\'s own name in a language → IANA zone; places: a country or city in any language, read inside a frame (giờ X, X時間, heure de X, X Zeit, hora de X). Keys normalised: lower case, NFC, ’ as \', 时间 as 時間; only those that name one clock.',
  names,
  places: placeTable,
};
writeFileSync(new URL('../dictionaries/calendar/zone-names.json', import.meta.url), `${JSON.stringify(out, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(`${Object.keys(names).length} zone names, ${Object.keys(placeTable).length} places`);
