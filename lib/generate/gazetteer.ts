// Small gazetteers that back fine entity types and type-aware distractors. Countries and capitals
// come from `world-countries`; the rest are short hand lists (kept short on purpose: they are
// fallbacks after the article and the corpus, not a knowledge base).
import countries from "world-countries";

export interface CountryEntry {
  name: string;
  code: string;
  aliases: string[];
  /** The state's formal name ("Federal Republic of Germany"): read in text, never offered as an answer. */
  official?: string;
  demonyms: string[];
  capital?: string;
  region: string;
  subregion: string;
  /** ISO alpha-3 codes of the countries it borders. */
  borders: string[];
  /** Area in km² (microstates are poor distractors). */
  area: number;
  /** Rough centre, to offer the nearest countries' places first. */
  latlng: [number, number];
  /** First and last year it existed as a state under this name, where that is recent. */
  from?: number;
  until?: number;
  /**
   * The year a former colony or dependency became a state: before it, its name is a place ("the
   * Suez Canal in Sudan" reads as geography) but no party ("independence from Trinidad and Tobago").
   */
  independent?: number;
}

export interface PlaceEntry {
  name: string;
  /** ISO alpha-3 of the country it belongs to (for same-area distractors). */
  country: string;
  aliases?: string[];
  /** A seat of government (a capital can stand for its government: "Tehran's view"). */
  capital?: boolean;
  /** The year it became what it is named as (a US state admitted in 1959 was no state in 1944). */
  from?: number;
}

// Hand aliases the data set lacks (news spelling of names and short forms).
const EXTRA_COUNTRY_ALIASES: Record<string, string[]> = {
  USA: ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
  GBR: ["UK", "U.K.", "Britain", "Great Britain"],
  ARE: ["UAE", "U.A.E."],
  TUR: ["Turkey"],
  RUS: ["Russian Federation"],
  COD: ["DRC", "DR Congo"],
  CHN: ["PRC"],
  KOR: ["Republic of Korea"],
  PRK: ["DPRK"],
  CZE: ["Czech Republic"],
  CIV: ["Ivory Coast"],
  MMR: ["Burma"],
  SWZ: ["Swaziland"],
  PSE: ["Palestinian territories"],
};

// world-countries is JSON with a wide, loosely typed shape; CountryEntry below is what we keep of it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const COUNTRIES: CountryEntry[] = (countries as unknown as Array<Record<string, any>>)
  .filter((c) => c.unMember || c.cca3 === "PSE" || c.cca3 === "TWN" || c.cca3 === "XKX")
  .map((c) => ({
    name: c.name.common as string,
    code: c.cca3 as string,
    aliases: [c.name.official as string, ...(EXTRA_COUNTRY_ALIASES[c.cca3] ?? [])].filter(
      (a) => a !== c.name.common,
    ),
    official: c.name.official !== c.name.common ? (c.name.official as string) : undefined,
    demonyms: Array.from(
      new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d)),
    ),
    capital: (c.capital as string[] | undefined)?.[0],
    region: c.region as string,
    subregion: c.subregion as string,
    borders: (c.borders as string[] | undefined) ?? [],
    area: (c.area as number | undefined) ?? 0,
    latlng: ((c.latlng as [number, number] | undefined) ?? [0, 0]),
  }));

// Former states still named in history texts, typed as countries with their region.
const HISTORICAL: CountryEntry[] = [
  { name: "Soviet Union", code: "SUN", aliases: ["USSR", "U.S.S.R."], demonyms: ["Soviet"], capital: "Moscow", region: "Europe", subregion: "Eastern Europe", borders: [], latlng: [56, 38], area: 22_400_000, from: 1922, until: 1991 },
  { name: "West Germany", code: "DDW", aliases: [], demonyms: ["West German"], capital: "Bonn", region: "Europe", subregion: "Western Europe", borders: [], latlng: [51, 9], area: 248_000, from: 1949, until: 1990 },
  { name: "East Germany", code: "DDE", aliases: ["GDR"], demonyms: ["East German"], region: "Europe", subregion: "Central Europe", borders: [], latlng: [52, 12], area: 108_000, from: 1949, until: 1990 },
  { name: "Yugoslavia", code: "YUG", aliases: [], demonyms: ["Yugoslav"], capital: "Belgrade", region: "Europe", subregion: "Southeast Europe", borders: [], latlng: [44, 20], area: 256_000, from: 1918, until: 1992 },
  { name: "Czechoslovakia", code: "CSK", aliases: [], demonyms: ["Czechoslovak"], capital: "Prague", region: "Europe", subregion: "Central Europe", borders: [], latlng: [49, 17], area: 128_000, from: 1918, until: 1992 },
  { name: "Ottoman Empire", code: "OTT", aliases: [], demonyms: ["Ottoman"], region: "Asia", subregion: "Western Asia", borders: [], latlng: [41, 29], area: 1_800_000, until: 1922 },
  { name: "Austria-Hungary", code: "AUH", aliases: ["Austro-Hungarian Empire", "Dual Monarchy"], demonyms: ["Austro-Hungarian"], capital: "Vienna", region: "Europe", subregion: "Central Europe", borders: [], latlng: [48, 16], area: 676_000, from: 1867, until: 1918 },
];
COUNTRIES.push(...HISTORICAL);

// States that did not exist before a recent year (a distractor for 1941 must have existed in 1941).
const FOUNDED: Record<string, number> = {
  ARM: 1991, AZE: 1991, BLR: 1991, EST: 1991, GEO: 1991, KAZ: 1991, KGZ: 1991, LVA: 1991, LTU: 1991,
  MDA: 1991, TJK: 1991, TKM: 1991, UKR: 1991, UZB: 1991, HRV: 1991, SVN: 1991, MKD: 1991, BIH: 1992,
  CZE: 1993, SVK: 1993, MNE: 2006, SRB: 2006, UNK: 2008, ERI: 1993, SSD: 2011, TLS: 2002, NAM: 1990,
  ISR: 1948, PAK: 1947, BGD: 1971, PSE: 1988, ARE: 1971, QAT: 1971, BHR: 1971,
};
for (const c of COUNTRIES) if (FOUNDED[c.code]) c.from = FOUNDED[c.code];

// Colonies and dependencies that became states in the twentieth century (the year of independence
// or of statehood): the Philippines is no party to a treaty of 1903, the Bahamas no country to fly to in 1941.
const INDEPENDENT: Record<string, number> = {
  PHL: 1946, IND: 1947, LKA: 1948, MMR: 1948, IDN: 1949, VNM: 1945, LAO: 1953, KHM: 1953, MYS: 1957, SGP: 1965,
  JOR: 1946, SYR: 1946, LBN: 1943, IRQ: 1932, KWT: 1961, KOR: 1948, PRK: 1948, BRN: 1984, CYP: 1960, MLT: 1964,
  IRL: 1922, ISL: 1944, FIN: 1917, POL: 1918, NOR: 1905, ALB: 1912, MNG: 1921, SAU: 1932,
  LBY: 1951, SDN: 1956, MAR: 1956, TUN: 1956, GHA: 1957, GIN: 1958, CMR: 1960, SEN: 1960, TGO: 1960, MDG: 1960,
  COD: 1960, SOM: 1960, BEN: 1960, NER: 1960, BFA: 1960, CIV: 1960, TCD: 1960, CAF: 1960, COG: 1960, GAB: 1960,
  MLI: 1960, NGA: 1960, MRT: 1960, SLE: 1961, TZA: 1961, BDI: 1962, RWA: 1962, DZA: 1962, UGA: 1962, KEN: 1963,
  MWI: 1964, ZMB: 1964, GMB: 1965, BWA: 1966, LSO: 1966, MUS: 1968, SWZ: 1968, GNQ: 1968, GNB: 1973, MOZ: 1975,
  CPV: 1975, COM: 1975, STP: 1975, AGO: 1975, SYC: 1976, DJI: 1977, ZWE: 1980,
  PAN: 1903, CUB: 1902, JAM: 1962, TTO: 1962, BRB: 1966, GUY: 1966, BHS: 1973, GRD: 1974, SUR: 1975, DMA: 1978,
  LCA: 1979, VCT: 1979, BLZ: 1981, ATG: 1981, KNA: 1983,
  AUS: 1901, NZL: 1907, PNG: 1975, FJI: 1970, WSM: 1962, SLB: 1978, VUT: 1980, TON: 1970, KIR: 1979, TUV: 1978,
  NRU: 1968, MHL: 1986, FSM: 1986, PLW: 1994,
};
for (const c of COUNTRIES) if (INDEPENDENT[c.code]) c.independent = INDEPENDENT[c.code];

/** Great-circle-ish distance between two countries' centres (for ranking only). */
export function countryDistance(a: CountryEntry, b: CountryEntry): number {
  const [la1, lo1] = a.latlng;
  const [la2, lo2] = b.latlng;
  const dLon = Math.abs(lo1 - lo2) > 180 ? 360 - Math.abs(lo1 - lo2) : Math.abs(lo1 - lo2);
  return Math.hypot(la1 - la2, dLon * Math.cos((((la1 + la2) / 2) * Math.PI) / 180));
}

// Every country's list of the others, nearest first: built once per country, on first use.
const nearestMemo = new Map<string, CountryEntry[]>();

/** All other countries, nearest to `c` first. */
export function countriesByDistance(c: CountryEntry): CountryEntry[] {
  let list = nearestMemo.get(c.code);
  if (!list) {
    const d = new Map(COUNTRIES.map((o) => [o.code, countryDistance(o, c)]));
    list = COUNTRIES.filter((o) => o.code !== c.code).sort((a, b) => d.get(a.code)! - d.get(b.code)! || a.code.localeCompare(b.code));
    nearestMemo.set(c.code, list);
  }
  return list;
}

/**
 * Whether the country existed under this name in `year`: as a state, or (`asPlace`, "in _____")
 * as a place, where a colony's name is already fair.
 */
export function existedIn(c: CountryEntry, year: number, asPlace = false): boolean {
  if (!asPlace && c.independent !== undefined && year < c.independent) return false;
  return (c.from === undefined || year >= c.from) && (c.until === undefined || year <= c.until);
}

export const COUNTRY_BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

const countryIndex = new Map<string, CountryEntry>();
for (const c of COUNTRIES) {
  for (const n of [c.name, ...c.aliases]) countryIndex.set(n.toLowerCase(), c);
}

export function lookupCountry(name: string): CountryEntry | undefined {
  return countryIndex.get(name.toLowerCase());
}

const demonymIndex = new Map<string, CountryEntry>();
for (const c of COUNTRIES) for (const d of c.demonyms) demonymIndex.set(d.toLowerCase(), c);
demonymIndex.set("iraqi", COUNTRY_BY_CODE.get("IRQ")!);
demonymIndex.set("us", COUNTRY_BY_CODE.get("USA")!);

export function lookupDemonym(word: string): CountryEntry | undefined {
  return demonymIndex.get(word.toLowerCase());
}

// Cities: capitals plus a hand list of large or newsworthy non-capital cities.
const EXTRA_CITIES: PlaceEntry[] = [
  { name: "Washington", country: "USA", aliases: ["Washington, D.C.", "Washington D.C."], capital: true },
  { name: "New York", country: "USA", aliases: ["New York City"] },
  { name: "Los Angeles", country: "USA" },
  { name: "Chicago", country: "USA" },
  { name: "Houston", country: "USA" },
  { name: "San Francisco", country: "USA" },
  { name: "Boston", country: "USA" },
  { name: "Mosul", country: "IRQ" },
  { name: "Basra", country: "IRQ" },
  { name: "Erbil", country: "IRQ" },
  { name: "Kirkuk", country: "IRQ" },
  { name: "Fallujah", country: "IRQ" },
  { name: "Najaf", country: "IRQ" },
  { name: "Karbala", country: "IRQ" },
  { name: "Aleppo", country: "SYR" },
  { name: "Homs", country: "SYR" },
  { name: "Istanbul", country: "TUR" },
  { name: "Tel Aviv", country: "ISR" },
  { name: "Gaza City", country: "PSE" },
  { name: "Dubai", country: "ARE" },
  { name: "Jeddah", country: "SAU" },
  { name: "Mecca", country: "SAU" },
  { name: "Isfahan", country: "IRN" },
  { name: "Mashhad", country: "IRN" },
  { name: "Alexandria", country: "EGY" },
  { name: "Shanghai", country: "CHN" },
  { name: "Hong Kong", country: "CHN" },
  { name: "Mumbai", country: "IND" },
  { name: "Karachi", country: "PAK" },
  { name: "Lagos", country: "NGA" },
  { name: "Johannesburg", country: "ZAF" },
  { name: "Sydney", country: "AUS" },
  { name: "Melbourne", country: "AUS" },
  { name: "Toronto", country: "CAN" },
  { name: "Montreal", country: "CAN" },
  { name: "São Paulo", country: "BRA", aliases: ["Sao Paulo"] },
  { name: "Rio de Janeiro", country: "BRA" },
  { name: "Saint Petersburg", country: "RUS", aliases: ["St. Petersburg"] },
  { name: "Munich", country: "DEU" },
  { name: "Hamburg", country: "DEU" },
  { name: "Milan", country: "ITA" },
  { name: "Barcelona", country: "ESP" },
  { name: "Manchester", country: "GBR" },
  { name: "Geneva", country: "CHE" },
  { name: "Osaka", country: "JPN" },
  { name: "Oxford", country: "GBR" },
  { name: "Cambridge", country: "GBR" },
  { name: "Liverpool", country: "GBR" },
  { name: "Edinburgh", country: "GBR" },
  { name: "Glasgow", country: "GBR" },
  { name: "Birmingham", country: "GBR" },
  { name: "Malmö", country: "SWE", aliases: ["Malmo"] },
  { name: "Gothenburg", country: "SWE" },
  { name: "Frankfurt", country: "DEU" },
  { name: "Lyon", country: "FRA" },
  { name: "Marseille", country: "FRA" },
  { name: "Rotterdam", country: "NLD" },
  { name: "Zurich", country: "CHE" },
  { name: "Peoria", country: "USA" },
  { name: "Savannah", country: "USA" },
  { name: "Colón", country: "PAN", aliases: ["Colon"] },
  { name: "Aswan", country: "EGY" },
  { name: "Luxor", country: "EGY" },
  { name: "Omdurman", country: "SDN" },
  { name: "Jinja", country: "UGA" },
  // Towns of the Nile and East Africa beside their capitals ("the Ugandan town of _____").
  ...["Entebbe", "Gulu", "Mbarara", "Mbale"].map((name) => ({ name, country: "UGA" })),
  ...["Mombasa", "Kisumu", "Nakuru"].map((name) => ({ name, country: "KEN" })),
  ...["Dar es Salaam", "Mwanza", "Arusha"].map((name) => ({ name, country: "TZA" })),
  ...["Bahir Dar", "Gondar", "Dire Dawa"].map((name) => ({ name, country: "ETH" })),
  ...["Port Sudan", "Wad Madani", "Kassala"].map((name) => ({ name, country: "SDN" })),
  ...["Malakal", "Wau", "Bor"].map((name) => ({ name, country: "SSD" })),
  ...["Huye", "Gisenyi"].map((name) => ({ name, country: "RWA" })),
  ...["Gitega"].map((name) => ({ name, country: "BDI" })),
];

export const CITIES: PlaceEntry[] = [
  ...COUNTRIES.filter((c) => c.capital).map((c) => ({ name: c.capital!, country: c.code, capital: true })),
  ...EXTRA_CITIES,
];
const cityIndex = new Map<string, PlaceEntry>();
for (const c of CITIES) for (const n of [c.name, ...(c.aliases ?? [])]) cityIndex.set(n.toLowerCase(), c);
export function lookupCity(name: string): PlaceEntry | undefined {
  return cityIndex.get(name.toLowerCase());
}

// The states of the US, as regions of the USA and to read stems.
const US_STATE_NAMES = (
  "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|" +
  "Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|" +
  "Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|" +
  "Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|" +
  "West Virginia|Wisconsin|Wyoming"
).split("|");

// US states admitted in the twentieth century.
const STATEHOOD: Record<string, number> = { Oklahoma: 1907, "New Mexico": 1912, Arizona: 1912, Alaska: 1959, Hawaii: 1959 };

export const REGIONS: PlaceEntry[] = [
  ...["Anbar", "Nineveh", "Kirkuk", "Diyala", "Saladin", "Babil", "Dhi Qar", "Maysan", "Wasit", "Muthanna", "Najaf", "Karbala", "Basra", "Duhok", "Sulaymaniyah"].map(
    (name) => ({ name, country: "IRQ" }),
  ),
  { name: "Kurdistan", country: "IRQ", aliases: ["Iraqi Kurdistan", "Kurdistan Region"] },
  { name: "Gaza", country: "PSE", aliases: ["Gaza Strip"] },
  { name: "West Bank", country: "PSE" },
  { name: "Golan Heights", country: "SYR" },
  { name: "South Lebanon", country: "LBN", aliases: ["Southern Lebanon"] },
  { name: "Negev", country: "ISR", aliases: ["Negev Desert"] },
  { name: "Idlib", country: "SYR" },
  { name: "Sinai", country: "EGY", aliases: ["Sinai Peninsula"] },
  { name: "Crimea", country: "UKR" },
  { name: "Donbas", country: "UKR" },
  { name: "Kashmir", country: "IND" },
  { name: "Darfur", country: "SDN" },
  { name: "Tibet", country: "CHN" },
  { name: "Xinjiang", country: "CHN" },
  { name: "Catalonia", country: "ESP" },
  { name: "Bavaria", country: "DEU" },
  { name: "Ontario", country: "CAN" },
  { name: "Quebec", country: "CAN" },
  // Every US state but those whose name is also a country, a city or a river.
  ...US_STATE_NAMES.filter((name) => !["Georgia", "New York", "Washington", "Mississippi"].includes(name)).map((name) => ({ name, country: "USA", from: STATEHOOD[name] })),
];
const regionIndex = new Map<string, PlaceEntry>();
for (const r of REGIONS) for (const n of [r.name, ...(r.aliases ?? [])]) regionIndex.set(n.toLowerCase(), r);
export function lookupRegion(name: string): PlaceEntry | undefined {
  return regionIndex.get(name.toLowerCase());
}

export const WATER_BODIES = [
  "Caribbean Sea", "Aegean Sea", "Adriatic Sea", "Sea of Japan", "Gulf of Mexico", "Bering Strait",
  "English Channel", "Strait of Gibraltar", "Panama Canal", "Kiel Canal", "Lake Victoria", "Lake Tana",
  "Lake Nasser", "Lake Tanganyika", "Lake Malawi", "Lake Superior", "Lake Baikal", "Lake Geneva",
  "Blue Nile", "White Nile", "Congo", "Niger", "Zambezi", "Volga", "Thames", "Seine", "Yangtze", "Ganges",
  "Mediterranean Sea", "Red Sea", "Black Sea", "Caspian Sea", "Arabian Sea", "Persian Gulf",
  "Gulf of Aden", "Gulf of Oman", "Strait of Hormuz", "Suez Canal", "Atlantic Ocean",
  "Pacific Ocean", "Indian Ocean", "Arctic Ocean", "South China Sea", "Baltic Sea", "North Sea",
  "Tigris", "Euphrates", "Nile", "Danube", "Rhine", "Amazon", "Mississippi", "Jordan River",
];
const waterIndex = new Set(WATER_BODIES.map((w) => w.toLowerCase()));
export function isKnownWater(name: string): boolean {
  return waterIndex.has(name.toLowerCase());
}

// International bodies are split by what they do, so an oil cartel is not offered beside a court.
export type OrganizationKind =
  | "international"
  | "international-economic"
  | "international-humanitarian"
  | "international-judicial"
  | "armed-group"
  | "government-body"
  | "company"
  | "other";

export interface OrganizationEntry {
  name: string;
  kind: OrganizationKind;
  aliases: string[];
  /** ISO alpha-3 of the country a national body or armed group belongs to. */
  country?: string;
  /** Year it was founded: an option must have existed at the time the stem speaks of. */
  founded?: number;
  /** What it deals with, so an oil cartel is offered beside energy bodies first. */
  sector?: "energy" | "finance" | "trade" | "health" | "culture" | "legal" | "security" | "politics";
}

export const ORGANIZATIONS: OrganizationEntry[] = [
  { name: "United Nations", kind: "international", aliases: ["UN", "U.N."], founded: 1945, sector: "politics" },
  { name: "NATO", kind: "international", aliases: ["North Atlantic Treaty Organization"], founded: 1949, sector: "security" },
  { name: "OPEC", kind: "international-economic", aliases: ["Organization of the Petroleum Exporting Countries"], founded: 1960, sector: "energy" },
  { name: "European Union", kind: "international", aliases: ["EU"], founded: 1993, sector: "politics" },
  { name: "World Health Organization", kind: "international-humanitarian", aliases: ["WHO"], founded: 1948, sector: "health" },
  { name: "International Monetary Fund", kind: "international-economic", aliases: ["IMF"], founded: 1945, sector: "finance" },
  { name: "World Bank", kind: "international-economic", aliases: [], founded: 1944, sector: "finance" },
  { name: "World Trade Organization", kind: "international-economic", aliases: ["WTO"], founded: 1995, sector: "trade" },
  { name: "African Union", kind: "international", aliases: ["AU"], founded: 2002, sector: "politics" },
  { name: "Arab League", kind: "international", aliases: ["League of Arab States"], founded: 1945, sector: "politics" },
  { name: "ASEAN", kind: "international", aliases: ["Association of Southeast Asian Nations"], founded: 1967, sector: "politics" },
  { name: "Gulf Cooperation Council", kind: "international", aliases: ["GCC"], founded: 1981, sector: "politics" },
  { name: "International Atomic Energy Agency", kind: "international", aliases: ["IAEA"], founded: 1957, sector: "security" },
  { name: "International Criminal Court", kind: "international-judicial", aliases: ["ICC"], founded: 2002, sector: "legal" },
  { name: "UNESCO", kind: "international-humanitarian", aliases: [], founded: 1945, sector: "culture" },
  { name: "International Energy Agency", kind: "international-economic", aliases: ["IEA"], founded: 1974, sector: "energy" },
  // OAPEC is left out on purpose: its members are OPEC's Arab members, so "OPEC's second-largest
  // producer" is often OAPEC's too — a second right answer, not a distractor.
  { name: "International Energy Forum", kind: "international-economic", aliases: ["IEF"], founded: 1991, sector: "energy" },
  { name: "Gas Exporting Countries Forum", kind: "international-economic", aliases: ["GECF"], founded: 2001, sector: "energy" },
  { name: "G20", kind: "international-economic", aliases: ["Group of Twenty"], founded: 1999, sector: "finance" },
  { name: "Bank for International Settlements", kind: "international-economic", aliases: ["BIS"], founded: 1930, sector: "finance" },
  { name: "OECD", kind: "international-economic", aliases: [], founded: 1961, sector: "trade" },
  { name: "International Court of Justice", kind: "international-judicial", aliases: ["ICJ"], founded: 1945, sector: "legal" },
  { name: "Doctors Without Borders", kind: "international-humanitarian", aliases: ["MSF", "Médecins Sans Frontières"], founded: 1971, sector: "health" },
  { name: "UNICEF", kind: "international-humanitarian", aliases: [], founded: 1946, sector: "health" },
  { name: "Red Cross", kind: "international-humanitarian", aliases: ["International Committee of the Red Cross", "ICRC"], founded: 1863, sector: "health" },
  { name: "World Heritage Committee", kind: "international-humanitarian", aliases: [], founded: 1976, sector: "culture" },
  { name: "International Council on Monuments and Sites", kind: "international-humanitarian", aliases: ["ICOMOS"], founded: 1965, sector: "culture" },
  { name: "Interpol", kind: "international-judicial", aliases: [], founded: 1923, sector: "legal" },
  { name: "Hezbollah", kind: "armed-group", aliases: [], country: "LBN", founded: 1982 },
  { name: "Hamas", kind: "armed-group", aliases: [], country: "PSE", founded: 1987 },
  { name: "Taliban", kind: "armed-group", aliases: [], country: "AFG", founded: 1994 },
  { name: "al-Qaeda", kind: "armed-group", aliases: ["Al-Qaeda", "al Qaeda"], founded: 1988 },
  { name: "Islamic State", kind: "armed-group", aliases: ["ISIS", "ISIL", "IS", "Daesh"], country: "IRQ", founded: 2006 },
  { name: "Houthis", kind: "armed-group", aliases: ["Houthi movement", "Ansar Allah"], country: "YEM", founded: 1994 },
  { name: "Boko Haram", kind: "armed-group", aliases: [], country: "NGA", founded: 2002 },
  { name: "al-Shabaab", kind: "armed-group", aliases: ["Al-Shabaab"], country: "SOM", founded: 2006 },
  { name: "Wagner Group", kind: "armed-group", aliases: ["Wagner"], country: "RUS", founded: 2014 },
  { name: "Badr Organization", kind: "armed-group", aliases: ["Badr Brigades"], country: "IRQ", founded: 1982 },
  { name: "Asa'ib Ahl al-Haq", kind: "armed-group", aliases: [], country: "IRQ", founded: 2006 },
  { name: "Pentagon", kind: "government-body", aliases: ["the Pentagon"], country: "USA", founded: 1943 },
  { name: "Kremlin", kind: "government-body", aliases: ["the Kremlin"], country: "RUS" },
  { name: "White House", kind: "government-body", aliases: [], country: "USA" },
  { name: "State Department", kind: "government-body", aliases: [], country: "USA" },
  { name: "Congress", kind: "government-body", aliases: [], country: "USA" },
  { name: "CIA", kind: "government-body", aliases: ["Central Intelligence Agency"], country: "USA", founded: 1947 },
  { name: "National Security Council", kind: "government-body", aliases: [], country: "USA", founded: 1947 },
  { name: "Knesset", kind: "government-body", aliases: [], country: "ISR", founded: 1949 },
  { name: "Downing Street", kind: "government-body", aliases: [], country: "GBR" },
  { name: "Foreign Office", kind: "government-body", aliases: [], country: "GBR" },
  { name: "Élysée Palace", kind: "government-body", aliases: ["Elysee Palace"], country: "FRA" },
];
const orgIndex = new Map<string, OrganizationEntry>();
for (const o of ORGANIZATIONS) for (const n of [o.name, ...o.aliases]) orgIndex.set(n.toLowerCase(), o);
export function lookupOrganization(name: string): OrganizationEntry | undefined {
  return orgIndex.get(name.toLowerCase());
}

// Water bodies for distractors only (extraction keeps WATER_BODIES): where each is and what it is,
// so the Panama Canal's lake is offered beside lakes of the Americas, not Lake Baikal.
export type WaterClass = "ocean" | "sea" | "gulf" | "strait" | "lake" | "river" | "canal";
export interface WaterEntry {
  name: string;
  class: WaterClass;
  /** The world-countries region it lies in; oceans belong to every region. */
  region: "Africa" | "Americas" | "Asia" | "Europe" | "Oceania" | "*";
  /** Made by a dam (an artificial lake is offered beside artificial lakes first). */
  artificial?: boolean;
}
const w = (region: WaterEntry["region"], cls: WaterClass, names: string[], artificial?: boolean): WaterEntry[] =>
  names.map((name) => ({ name, class: cls, region, ...(artificial ? { artificial } : {}) }));
export const WATERS: WaterEntry[] = [
  ...w("*", "ocean", ["Atlantic Ocean", "Pacific Ocean", "Indian Ocean", "Arctic Ocean", "Southern Ocean"]),
  ...w("Americas", "sea", ["Caribbean Sea", "Sargasso Sea", "Labrador Sea", "Bering Sea"]),
  ...w("Americas", "gulf", ["Gulf of Mexico", "Gulf of California", "Hudson Bay", "Gulf of Panama", "Gulf of Honduras"]),
  ...w("Americas", "strait", ["Strait of Magellan", "Drake Passage", "Bering Strait", "Florida Straits"]),
  ...w("Americas", "lake", ["Lake Superior", "Lake Michigan", "Lake Erie", "Lake Ontario", "Lake Titicaca", "Lake Nicaragua", "Lake Maracaibo"]),
  ...w("Americas", "lake", ["Gatun Lake", "Lake Mead", "Lake Powell", "Madden Lake", "Lake Guri"], true),
  ...w("Americas", "river", ["Mississippi", "Amazon", "Orinoco", "Paraná River", "Rio Grande", "Colorado River", "Magdalena River", "San Juan River", "Missouri River", "Hudson River", "St. Lawrence River"]),
  ...w("Americas", "canal", ["Panama Canal", "Erie Canal"]),
  ...w("Europe", "sea", ["Mediterranean Sea", "Aegean Sea", "Adriatic Sea", "Baltic Sea", "North Sea", "Black Sea", "Irish Sea", "Tyrrhenian Sea"]),
  ...w("Europe", "strait", ["English Channel", "Strait of Gibraltar", "Bosphorus", "Dardanelles"]),
  ...w("Europe", "gulf", ["Bay of Biscay", "Gulf of Bothnia", "Gulf of Finland"]),
  ...w("Europe", "lake", ["Lake Geneva", "Lake Constance", "Lake Ladoga", "Lake Balaton", "Lake Como"]),
  ...w("Europe", "river", ["Thames", "Seine", "Danube", "Rhine", "Volga", "Loire", "Elbe", "Po", "Dnieper", "Tagus"]),
  ...w("Europe", "canal", ["Kiel Canal", "Corinth Canal"]),
  ...w("Africa", "sea", ["Red Sea", "Mediterranean Sea"]),
  ...w("Africa", "gulf", ["Gulf of Aden", "Gulf of Guinea", "Gulf of Suez"]),
  ...w("Africa", "strait", ["Strait of Gibraltar", "Mozambique Channel", "Bab-el-Mandeb"]),
  ...w("Africa", "lake", ["Lake Victoria", "Lake Tana", "Lake Tanganyika", "Lake Malawi", "Lake Chad", "Lake Turkana", "Lake Albert", "Lake Kyoga"]),
  ...w("Africa", "lake", ["Lake Nasser", "Lake Nubia", "Lake Volta", "Lake Kariba"], true),
  ...w("Africa", "river", ["Nile", "Blue Nile", "White Nile", "Congo", "Niger", "Zambezi", "Orange River", "Limpopo", "Sobat River", "Atbara River", "Senegal River"]),
  ...w("Africa", "canal", ["Suez Canal"]),
  ...w("Asia", "sea", ["Arabian Sea", "Caspian Sea", "South China Sea", "Sea of Japan", "Yellow Sea", "Dead Sea", "Red Sea"]),
  ...w("Asia", "gulf", ["Persian Gulf", "Gulf of Oman", "Bay of Bengal", "Gulf of Thailand", "Gulf of Aqaba"]),
  ...w("Asia", "strait", ["Strait of Hormuz", "Strait of Malacca", "Taiwan Strait"]),
  ...w("Asia", "lake", ["Lake Baikal", "Aral Sea", "Lake Balkhash", "Sea of Galilee"]),
  ...w("Asia", "river", ["Tigris", "Euphrates", "Jordan River", "Yangtze", "Ganges", "Indus", "Mekong", "Yellow River", "Brahmaputra"]),
  ...w("Oceania", "sea", ["Coral Sea", "Tasman Sea"]),
  ...w("Oceania", "river", ["Murray River", "Darling River"]),
];

/** Class and region of a water body by name; the class alone from its name when it is unknown. */
const waterIndex2 = new Map<string, WaterEntry[]>();
for (const x of WATERS) waterIndex2.set(x.name.toLowerCase(), [...(waterIndex2.get(x.name.toLowerCase()) ?? []), x]);
const waterInfoMemo = new Map<string, { class: WaterClass; regions: string[]; artificial?: boolean }>();

export function waterInfo(name: string): { class: WaterClass; regions: string[]; artificial?: boolean } {
  let info = waterInfoMemo.get(name);
  if (!info) {
    const known = waterIndex2.get(name.toLowerCase());
    info = known
      ? { class: known[0].class, regions: known.map((k) => k.region), artificial: known[0].artificial }
      : { class: waterClassOf(name), regions: /\bOcean\b/.test(name) ? ["*"] : [] };
    if (waterInfoMemo.size > 4096) waterInfoMemo.clear();
    waterInfoMemo.set(name, info);
  }
  return info;
}

function waterClassOf(name: string): WaterClass {
  if (/\bOcean\b/.test(name)) return "ocean";
  if (/\b(Gulf|Bay)\b/.test(name)) return "gulf";
  if (/\b(Strait|Channel|Passage)\b/.test(name)) return "strait";
  if (/\bSea\b/.test(name)) return "sea";
  if (/\bLake\b/.test(name)) return "lake";
  if (/\bCanal\b/.test(name)) return "canal";
  return "river";
}

// The states of the US: a stem naming one ("Bretton Woods, New Hampshire, in the _____") already
// tells where it is. Used to read stems, not to type entities.
export const US_STATES = US_STATE_NAMES;

/**
 * Named structures and natural features, by the head noun that ends their name: fallback
 * distractors for a named thing of the same kind ("a dam with dams"). `region` is the continent
 * (world-countries' region), `within` a state or province, `ocean` the ocean a sea-floor feature
 * lies in; an option is only offered where the stem does not place the answer elsewhere.
 */
export interface LandmarkEntry {
  name: string;
  head: string;
  region: string;
  country?: string;
  within?: string;
  ocean?: string;
  /** Year finished or opened: an option must exist by the stem's year. */
  built?: number;
}

const lm = (head: string, region: string, rows: Array<[string, string?, number?, string?]>): LandmarkEntry[] =>
  rows.map(([name, country, built, within]) => ({ name, head, region, country, built, within }));
const sea = (head: string, ocean: string, names: string[]): LandmarkEntry[] => names.map((name) => ({ name, head, region: "*", ocean }));

export const LANDMARKS: LandmarkEntry[] = [
  ...lm("Dam", "Africa", [["Aswan High Dam", "EGY", 1970], ["Kariba Dam", "ZMB", 1959], ["Akosombo Dam", "GHA", 1965], ["Merowe Dam", "SDN", 2009], ["Roseires Dam", "SDN", 1966], ["Cahora Bassa Dam", "MOZ", 1974], ["Owen Falls Dam", "UGA", 1954], ["Inga Dam", "COD", 1972]]),
  ...lm("Dam", "Americas", [["Hoover Dam", "USA", 1936], ["Grand Coulee Dam", "USA", 1942], ["Glen Canyon Dam", "USA", 1966], ["Itaipu Dam", "BRA", 1984], ["Guri Dam", "VEN", 1986]]),
  ...lm("Dam", "Asia", [["Three Gorges Dam", "CHN", 2006], ["Tarbela Dam", "PAK", 1976], ["Atatürk Dam", "TUR", 1990], ["Mosul Dam", "IRQ", 1986], ["Bhakra Dam", "IND", 1963]]),
  ...lm("Dam", "Europe", [["Vajont Dam", "ITA", 1959], ["Grande Dixence Dam", "CHE", 1961], ["Iron Gates Dam", "ROU", 1972], ["Alqueva Dam", "PRT", 2002]]),
  ...lm("Hotel", "Americas", [["Plaza Hotel", "USA", 1907], ["Waldorf-Astoria Hotel", "USA", 1893], ["Palmer House Hotel", "USA", 1871], ["Greenbrier Hotel", "USA", 1858], ["Banff Springs Hotel", "CAN", 1888], ["Copacabana Palace Hotel", "BRA", 1923]]),
  ...lm("Hotel", "Europe", [["Savoy Hotel", "GBR", 1889], ["Ritz Hotel", "GBR", 1906], ["Adlon Hotel", "DEU", 1907], ["Bristol Hotel", "AUT", 1892]]),
  ...lm("Hotel", "Asia", [["Raffles Hotel", "SGP", 1887], ["Peninsula Hotel", "HKG", 1928], ["Imperial Hotel", "JPN", 1890], ["King David Hotel", "ISR", 1931]]),
  ...lm("Hotel", "Africa", [["Mena House Hotel", "EGY", 1886], ["Old Cataract Hotel", "EGY", 1899], ["Mount Nelson Hotel", "ZAF", 1899]]),
  ...lm("Hospital", "Europe", [["Guy's Hospital", "GBR", 1721, "London"], ["St Thomas' Hospital", "GBR", 1215, "London"], ["St Bartholomew's Hospital", "GBR", 1123, "London"], ["King's College Hospital", "GBR", 1840, "London"], ["Royal Infirmary Hospital", "GBR", 1729, "Edinburgh"]]),
  ...lm("Hospital", "Americas", [["Johns Hopkins Hospital", "USA", 1889], ["Massachusetts General Hospital", "USA", 1811], ["Bellevue Hospital", "USA", 1736], ["Mount Sinai Hospital", "USA", 1852]]),
  ...lm("Fault", "Americas", [["Hayward Fault", "USA", undefined, "California"], ["Calaveras Fault", "USA", undefined, "California"], ["Garlock Fault", "USA", undefined, "California"], ["Denali Fault", "USA", undefined, "Alaska"]]),
  ...lm("Fault", "Asia", [["North Anatolian Fault", "TUR"], ["East Anatolian Fault", "TUR"], ["Dead Sea Fault", "ISR"]]),
  ...lm("Fault", "Oceania", [["Alpine Fault", "NZL"], ["Wellington Fault", "NZL"]]),
  ...lm("Fault", "Europe", [["Great Glen Fault", "GBR"], ["Highland Boundary Fault", "GBR"]]),
  ...sea("Trench", "Pacific", ["Mariana Trench", "Tonga Trench", "Kermadec Trench", "Japan Trench", "Philippine Trench", "Kuril-Kamchatka Trench", "Atacama Trench", "Aleutian Trench"]),
  ...sea("Trench", "Atlantic", ["Puerto Rico Trench", "South Sandwich Trench"]),
  ...sea("Trench", "Indian", ["Sunda Trench"]),
  ...sea("Ridge", "Atlantic", ["Mid-Atlantic Ridge"]),
  ...sea("Ridge", "Indian", ["Southwest Indian Ridge", "Central Indian Ridge", "Southeast Indian Ridge", "Carlsberg Ridge"]),
  ...sea("Ridge", "Pacific", ["Juan de Fuca Ridge", "Chile Ridge", "Pacific-Antarctic Ridge"]),
  ...sea("Ridge", "Arctic", ["Gakkel Ridge"]),
  ...sea("Deep", "Pacific", ["Challenger Deep", "Sirena Deep", "Horizon Deep", "Scholl Deep"]),
  ...sea("Deep", "Atlantic", ["Milwaukee Deep"]),
  ...sea("Plate", "*", ["Pacific Plate", "North American Plate", "South American Plate", "Eurasian Plate", "African Plate", "Indian Plate", "Australian Plate", "Antarctic Plate", "Nazca Plate", "Arabian Plate", "Philippine Sea Plate", "Cocos Plate", "Caribbean Plate", "Juan de Fuca Plate"]),
];

export function lookupLandmark(name: string): LandmarkEntry | undefined {
  const n = name.replace(/^the\s+/i, "").toLowerCase();
  return LANDMARKS.find((l) => l.name.toLowerCase() === n);
}

/** Country names that take "the" ("the United States", "the Netherlands"). */
export function takesThe(name: string): boolean {
  return /^(United States|United Kingdom|Netherlands|Philippines|Bahamas|Gambia|Maldives|Czech Republic|Democratic Republic|Central African Republic|Dominican Republic|United Arab Emirates|Soviet Union|Vatican|Comoros|Seychelles|Marshall Islands|Solomon Islands|Republic of)/.test(name);
}
