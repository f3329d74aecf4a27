// Request generation for the OpenAPI-driven fuzz suite: a seeded PRNG, values drawn from the JSON
// schemas in the OpenAPI document (valid ones, near misses and hostile ones), and pools of real ids
// harvested from earlier answers so requests hit real objects — their own and other users'.

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
export type Rng = ReturnType<typeof prng>;

/** Strings that have broken web apps before: encodings, control characters, injection, size. */
export const HOSTILE_STRINGS = [
  "",
  " ",
  "a\u0000b",
  "\u0000",
  "\ud800",
  "x\udfffy",
  "\ud83d\ude00 emoji",
  "\u202eRTL override",
  "' OR '1'='1",
  "'; DROP TABLE \"User\"; --",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "%ff%fe",
  "%00",
  "\\",
  "null",
  "undefined",
  "0",
  "-1",
  "1e309",
  "9".repeat(400),
  "x".repeat(5000),
  "\r\nSet-Cookie: a=b",
  "ｆｕｌｌｗｉｄｔｈ",
];

export const HOSTILE_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -0,
  2 ** 53 + 1,
  1e308,
  -1e308,
  [],
  {},
  [null],
  { "": "" },
  { __proto__: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
];

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  default?: unknown;
};

/** Strings for fields whose name says which object they point at. */
export type Pools = Record<string, string[]>;
const FIELD_POOL: Record<string, string> = {
  articleSlug: "article",
  setId: "set",
  classId: "class",
  questionId: "question",
  cardId: "card",
  code: "code",
  questionIds: "question",
};

function fromPool(rng: Rng, pools: Pools, kind: string | undefined): string | undefined {
  const pool = kind ? pools[kind] : undefined;
  return pool?.length ? rng.pick(pool) : undefined;
}

/** A value that satisfies the schema (mostly): enums, bounds, required fields, real ids by field name. */
export function validValue(schema: Schema, rng: Rng, pools: Pools, field?: string, depth = 0): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return rng.pick(schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return validValue(rng.pick(alternatives), rng, pools, field, depth);
  const type = Array.isArray(schema.type) ? rng.pick(schema.type) : schema.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [name, child] of Object.entries(schema.properties ?? {})) {
        // Exactly-one-of pairs (articleSlug | setId) come out right about half the time.
        if (!schema.required?.includes(name) && rng.chance(0.5)) continue;
        out[name] = validValue(child, rng, pools, name, depth + 1);
      }
      return out;
    }
    case "array": {
      const n = rng.int(schema.minItems ?? 0, Math.min(schema.maxItems ?? 5, 5));
      return Array.from({ length: n }, () => validValue(schema.items ?? {}, rng, pools, field, depth + 1));
    }
    case "integer":
    case "number": {
      const lo = schema.minimum ?? 0;
      const hi = schema.maximum ?? 1000;
      const v = lo + rng.next() * (hi - lo);
      return type === "integer" ? Math.round(v) : Math.round(v * 100) / 100;
    }
    case "boolean":
      return rng.chance(0.5);
    case "null":
      return null;
    case "string": {
      const pooled = field ? fromPool(rng, pools, FIELD_POOL[field]) : undefined;
      if (pooled && rng.chance(0.8)) return pooled;
      if (field === "timeZone") return rng.pick(["Europe/Paris", "America/New_York", "UTC", "Mars/Olympus"]);
      if (field === "key") return `fuzz-${Math.floor(rng.next() * 1e9)}`;
      if (field === "text") return "The Nile flows north through Egypt. It is about 6,650 kilometres long. Cairo lies on its banks.";
      if (schema.format === "uri") return "https://example.org/a";
      if (schema.format === "date") return "2024-01-08";
      const min = schema.minLength ?? 0;
      const max = Math.min(schema.maxLength ?? 24, 24);
      const len = rng.int(Math.max(min, 1), Math.max(min, max, 1));
      return Array.from({ length: len }, () => rng.pick([..."abcdefghij klmnop"])).join("");
    }
    default:
      return rng.pick(["x", 1, true, null]);
  }
}

/** Deeply nested JSON (past lib/api/request.ts's MAX_JSON_DEPTH). */
export const deepJson = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

export type BodyCase = { body?: unknown; rawBody?: string; contentType?: string; label: string };

/** One body for a route: valid, a near miss, or hostile. */
export function bodyCase(schema: Schema | undefined, rng: Rng, pools: Pools): BodyCase {
  if (!schema) {
    return rng.pick<() => BodyCase>([
      () => ({ label: "none" }),
      () => ({ body: {}, label: "empty object" }),
      () => ({ rawBody: "{", contentType: "application/json", label: "malformed" }),
    ])();
  }
  const valid = () => validValue(schema, rng, pools) as Record<string, unknown>;
  const props = Object.keys(schema.properties ?? {});
  const cases: (() => BodyCase)[] = [
    () => ({ body: valid(), label: "valid" }),
    () => ({ body: valid(), label: "valid" }),
    () => ({ body: valid(), label: "valid" }),
    () => {
      const b = valid();
      if (props.length) b[rng.pick(props)] = rng.pick(HOSTILE_STRINGS);
      return { body: b, label: "hostile string" };
    },
    () => {
      const b = valid();
      if (props.length) b[rng.pick(props)] = rng.pick(HOSTILE_VALUES);
      return { body: b, label: "wrong type" };
    },
    () => {
      const b = valid();
      if (props.length) delete b[rng.pick(props)];
      return { body: b, label: "missing field" };
    },
    () => ({ body: { ...valid(), ["extra\u0000"]: 1, unknownField: "x" }, label: "extra fields" }),
    () => ({ body: rng.pick(HOSTILE_VALUES), label: "not an object" }),
    () => ({ rawBody: deepJson(rng.pick([40, 500, 5000])), contentType: "application/json", label: "deep" }),
    () => {
      const b = valid();
      const p = props.length ? rng.pick(props) : "x";
      return { rawBody: JSON.stringify(b).replace(/}$/, `${Object.keys(b).length ? "," : ""}"${p}":"\\ud800"}`), contentType: "application/json", label: "lone surrogate escape" };
    },
    () => ({ rawBody: rng.pick(["", "{", "nul", "[1,]", '{"a":1}{', "\u0000", '{"a":"\\x00"}']), contentType: "application/json", label: "malformed" }),
    () => ({ rawBody: JSON.stringify(valid()), contentType: rng.pick(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]), label: "wrong content type" }),
  ];
  return rng.pick(cases)();
}

/** A path parameter: a harvested id (anyone's), or something hostile. */
export function paramValue(kind: string, rng: Rng, pools: Pools): string {
  const pooled = pools[kind];
  if (pooled?.length && rng.chance(0.7)) return rng.pick(pooled);
  if (rng.chance(0.5)) {
    const any = Object.values(pools).flat();
    if (any.length) return rng.pick(any);
  }
  return rng.pick([...HOSTILE_STRINGS.filter(Boolean), "clxxxxxxxxxxxxxxxxxxxxxxxxx", "00000000-0000-0000-0000-000000000000"]);
}

/** What the ids inside a list of this name are. */
const LIST_KIND: Record<string, string> = {
  questions: "question",
  items: "question",
  cards: "card",
  sets: "set",
  assignedSets: "set",
  classes: "class",
  teaching: "class",
  joined: "class",
  attempts: "attempt",
  articles: "article",
  members: "user",
  learners: "user",
};

/** Collects ids and slugs from an answer into the pools, by the field that holds them. */
export function harvest(value: unknown, routeKind: string, pools: Pools, depth = 0): void {
  if (depth > 6 || !value || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) harvest(item, routeKind, pools, depth + 1);
    return;
  }
  const add = (kind: string, v: unknown) => {
    if (typeof v !== "string" || !v) return;
    const pool = (pools[kind] ??= []);
    if (!pool.includes(v) && pool.length < 200) pool.push(v);
  };
  const record = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(record)) {
    if (key === "id" && depth <= 2) add(routeKind, v);
    else if (key === "questionId") add("question", v);
    else if (key === "cardId") add("card", v);
    else if (key === "setId") add("set", v);
    else if (key === "classId") add("class", v);
    else if (key === "attemptId") add("attempt", v);
    else if (key === "slug" && (routeKind === "article" || "words" in record || "wordCount" in record)) add("article", v);
    else if (key === "code" || key === "joinCode") add("code", v);
    else if (key === "article" && v && typeof v === "object") add("article", (v as { slug?: unknown }).slug);
    else if (key === "set" && v && typeof v === "object") add("set", (v as { id?: unknown }).id);
    else if (key === "card" && v && typeof v === "object") add("card", (v as { id?: unknown }).id);
    if (v && typeof v === "object" && !["article", "set"].includes(key)) harvest(v, LIST_KIND[key] ?? routeKind, pools, depth + 1);
  }
}
