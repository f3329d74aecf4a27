// Small gazetteers that back fine entity types and type-aware distractors. Countries and capitals
// come from `world-countries`; the rest are short hand lists (kept short on purpose: they are
// fallbacks after the article and the corpus, not a knowledge base).
import countries from "world-countries";

export interface CountryEntry {
  name: string;
  code: string;
  aliases: string[];
  demonyms: string[];
  capital?: string;
  region: string;
  subregion: string;
}

export interface PlaceEntry {
  name: string;
  /** ISO alpha-3 of the country it belongs to (for same-area distractors). */
  country: string;
  aliases?: string[];
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
    demonyms: Array.from(
      new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d)),
    ),
    capital: (c.capital as string[] | undefined)?.[0],
    region: c.region as string,
    subregion: c.subregion as string,
  }));

// Former states still named in history texts, typed as countries with their region.
const HISTORICAL: CountryEntry[] = [
  { name: "Soviet Union", code: "SUN", aliases: ["USSR", "U.S.S.R."], demonyms: ["Soviet"], capital: "Moscow", region: "Europe", subregion: "Eastern Europe" },
  { name: "West Germany", code: "DDW", aliases: [], demonyms: ["West German"], capital: "Bonn", region: "Europe", subregion: "Western Europe" },
  { name: "East Germany", code: "DDE", aliases: ["GDR"], demonyms: ["East German"], region: "Europe", subregion: "Central Europe" },
  { name: "Yugoslavia", code: "YUG", aliases: [], demonyms: ["Yugoslav"], capital: "Belgrade", region: "Europe", subregion: "Southeast Europe" },
  { name: "Czechoslovakia", code: "CSK", aliases: [], demonyms: ["Czechoslovak"], capital: "Prague", region: "Europe", subregion: "Central Europe" },
  { name: "Ottoman Empire", code: "OTT", aliases: [], demonyms: ["Ottoman"], region: "Asia", subregion: "Western Asia" },
];
COUNTRIES.push(...HISTORICAL);

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
  { name: "Washington", country: "USA", aliases: ["Washington, D.C.", "Washington D.C."] },
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
];

export const CITIES: PlaceEntry[] = [
  ...COUNTRIES.filter((c) => c.capital).map((c) => ({ name: c.capital!, country: c.code })),
  ...EXTRA_CITIES,
];
const cityIndex = new Map<string, PlaceEntry>();
for (const c of CITIES) for (const n of [c.name, ...(c.aliases ?? [])]) cityIndex.set(n.toLowerCase(), c);
export function lookupCity(name: string): PlaceEntry | undefined {
  return cityIndex.get(name.toLowerCase());
}

export const REGIONS: PlaceEntry[] = [
  ...["Anbar", "Nineveh", "Kirkuk", "Diyala", "Saladin", "Babil", "Dhi Qar", "Maysan", "Wasit", "Muthanna", "Najaf", "Karbala", "Basra", "Duhok", "Sulaymaniyah"].map(
    (name) => ({ name, country: "IRQ" }),
  ),
  { name: "Kurdistan", country: "IRQ", aliases: ["Iraqi Kurdistan", "Kurdistan Region"] },
  { name: "Gaza", country: "PSE", aliases: ["Gaza Strip"] },
  { name: "West Bank", country: "PSE" },
  { name: "Golan Heights", country: "SYR" },
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
  ...["California", "Texas", "Florida", "Alaska", "Ohio", "Virginia", "Michigan", "Arizona"].map(
    (name) => ({ name, country: "USA" }),
  ),
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
}

export const ORGANIZATIONS: OrganizationEntry[] = [
  { name: "United Nations", kind: "international", aliases: ["UN", "U.N."] },
  { name: "NATO", kind: "international", aliases: ["North Atlantic Treaty Organization"] },
  { name: "OPEC", kind: "international-economic", aliases: ["Organization of the Petroleum Exporting Countries"] },
  { name: "European Union", kind: "international", aliases: ["EU"] },
  { name: "World Health Organization", kind: "international-humanitarian", aliases: ["WHO"] },
  { name: "International Monetary Fund", kind: "international-economic", aliases: ["IMF"] },
  { name: "World Bank", kind: "international-economic", aliases: [] },
  { name: "World Trade Organization", kind: "international-economic", aliases: ["WTO"] },
  { name: "African Union", kind: "international", aliases: ["AU"] },
  { name: "Arab League", kind: "international", aliases: ["League of Arab States"] },
  { name: "ASEAN", kind: "international", aliases: ["Association of Southeast Asian Nations"] },
  { name: "Gulf Cooperation Council", kind: "international", aliases: ["GCC"] },
  { name: "International Atomic Energy Agency", kind: "international", aliases: ["IAEA"] },
  { name: "International Criminal Court", kind: "international-judicial", aliases: ["ICC"] },
  { name: "UNESCO", kind: "international-humanitarian", aliases: [] },
  { name: "International Energy Agency", kind: "international-economic", aliases: ["IEA"] },
  { name: "OAPEC", kind: "international-economic", aliases: ["Organization of Arab Petroleum Exporting Countries"] },
  { name: "Gas Exporting Countries Forum", kind: "international-economic", aliases: ["GECF"] },
  { name: "G20", kind: "international-economic", aliases: ["Group of Twenty"] },
  { name: "International Court of Justice", kind: "international-judicial", aliases: ["ICJ"] },
  { name: "Doctors Without Borders", kind: "international-humanitarian", aliases: ["MSF", "Médecins Sans Frontières"] },
  { name: "UNICEF", kind: "international-humanitarian", aliases: [] },
  { name: "Red Cross", kind: "international-humanitarian", aliases: ["International Committee of the Red Cross", "ICRC"] },
  { name: "OECD", kind: "international-economic", aliases: [] },
  { name: "Interpol", kind: "international-judicial", aliases: [] },
  { name: "Hezbollah", kind: "armed-group", aliases: [] },
  { name: "Hamas", kind: "armed-group", aliases: [] },
  { name: "Taliban", kind: "armed-group", aliases: [] },
  { name: "al-Qaeda", kind: "armed-group", aliases: ["Al-Qaeda", "al Qaeda"] },
  { name: "Islamic State", kind: "armed-group", aliases: ["ISIS", "ISIL", "IS", "Daesh"] },
  { name: "Houthis", kind: "armed-group", aliases: ["Houthi movement", "Ansar Allah"] },
  { name: "Boko Haram", kind: "armed-group", aliases: [] },
  { name: "al-Shabaab", kind: "armed-group", aliases: ["Al-Shabaab"] },
  { name: "Wagner Group", kind: "armed-group", aliases: ["Wagner"] },
  { name: "Pentagon", kind: "government-body", aliases: ["the Pentagon"] },
  { name: "Kremlin", kind: "government-body", aliases: ["the Kremlin"] },
  { name: "White House", kind: "government-body", aliases: [] },
  { name: "State Department", kind: "government-body", aliases: [] },
  { name: "Congress", kind: "government-body", aliases: [] },
  { name: "Knesset", kind: "government-body", aliases: [] },
  { name: "Downing Street", kind: "government-body", aliases: [] },
];
const orgIndex = new Map<string, OrganizationEntry>();
for (const o of ORGANIZATIONS) for (const n of [o.name, ...o.aliases]) orgIndex.set(n.toLowerCase(), o);
export function lookupOrganization(name: string): OrganizationEntry | undefined {
  return orgIndex.get(name.toLowerCase());
}
