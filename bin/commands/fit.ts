// `factdeck fit <logs.json>` — fits personal FSRS parameters to a review log exported as JSON and
// prints the report. `factdeck fit --user EMAIL` fits a learner's stored log and saves the result
// (parameters only when they beat the defaults; the learner's cards are then rescheduled).
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { fitParameters, MIN_REVIEWS_FOR_FIT, type FitLog, type FitReport } from "../../lib/srs/fit.ts";
import { isValidTimeZone } from "../../lib/srs/types.ts";

const USAGE = `Usage: factdeck fit <logs.json> [--time-zone ZONE] [--day-start HOUR] [--min-reviews N] [--json]
       factdeck fit --user EMAIL [--min-reviews N] [--dry-run] [--json]

<logs.json> is either an array of review logs or {"timeZone", "dayStartHour", "logs": [...]};
each log is {"cardId", "rating" (0–4), "reviewedAt" (ISO date), "undoneAt"?}.
`;

const logSchema = z.object({
  cardId: z.union([z.string().min(1), z.number()]).transform(String),
  rating: z.number().int().min(0).max(4),
  reviewedAt: z.coerce.date().refine((d) => !Number.isNaN(d.getTime()), { error: "reviewedAt is not a date" }),
  undoneAt: z.coerce.date().nullish(),
});
const fileSchema = z.union([
  z.array(logSchema),
  z.object({
    timeZone: z.string().optional(),
    dayStartHour: z.number().int().min(0).max(23).optional(),
    logs: z.array(logSchema),
  }),
]);

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`${name} needs a value`);
  return value;
}

function lineOf(text: string, message: string): string {
  // Node 22 reports "position N"; Node 20 quotes the text around the error instead
  const pos = /position (\d+)/.exec(message);
  let at = pos ? Number(pos[1]) : -1;
  if (at < 0) {
    const excerpt = /\.\.\."([\s\S]*?)"(?: is not valid JSON|\.\.\.)/.exec(message)?.[1];
    at = excerpt ? text.indexOf(excerpt) : -1;
  }
  return at < 0 ? "" : `:${text.slice(0, at).split("\n").length}`;
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (argv.includes("--user")) return fitUser(argv);
  const valued = new Set(["--time-zone", "--day-start", "--min-reviews"]);
  const file = argv.find((a, i) => !a.startsWith("--") && !valued.has(argv[i - 1] ?? ""));
  if (!file) {
    process.stderr.write(USAGE);
    return 2;
  }

  const text = await readFile(file, "utf8").catch((e: Error) => {
    throw new Error(`cannot read ${file}: ${e.message}`);
  });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}${lineOf(text, (e as Error).message)}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join(".") || "(top level)"}: ${issue.message}`);
  }
  const data = Array.isArray(parsed.data) ? { logs: parsed.data } : parsed.data;

  const timeZone = option(argv, "--time-zone") ?? ("timeZone" in data ? data.timeZone : undefined) ?? "UTC";
  if (!isValidTimeZone(timeZone)) throw new Error(`unknown time zone "${timeZone}"`);
  const dayStartHour = Number(
    option(argv, "--day-start") ?? ("dayStartHour" in data ? data.dayStartHour : undefined) ?? 4,
  );
  if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23)
    throw new Error("--day-start must be a whole number 0–23");
  const minReviews = Number(option(argv, "--min-reviews") ?? MIN_REVIEWS_FOR_FIT);
  if (!Number.isInteger(minReviews) || minReviews < 1) throw new Error("--min-reviews must be a positive whole number");

  const byCard = new Map<string, FitLog[]>();
  for (const log of data.logs) {
    const list = byCard.get(log.cardId) ?? [];
    list.push({ rating: log.rating as FitLog["rating"], reviewedAt: log.reviewedAt, undoneAt: log.undoneAt ?? null });
    byCard.set(log.cardId, list);
  }

  const report = await fitParameters(byCard, { timeZone, dayStartHour, minReviews });
  printReport(argv, report, { cards: byCard.size }, `(zone ${timeZone}, day starts ${dayStartHour}:00)`);
  return 0;
}

function printReport(argv: string[], report: FitReport, extra: Record<string, unknown>, where: string, tail: string[] = []): void {
  if (argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify({ ...extra, ...report }, null, 2)}\n`);
    return;
  }
  const fmt = (x: number | null) => (x === null ? "—" : x.toFixed(4));
  process.stdout.write(
    [
      `cards: ${String(extra.cards)}   long-term reviews: ${report.reviews}   ${where}`,
      `log loss — defaults: ${fmt(report.logLossDefault)}   current: ${fmt(report.logLossCurrent)}   fitted: ${fmt(report.logLossFitted)}`,
      `RMSE (bins) — current: ${fmt(report.rmseCurrent)}   fitted: ${fmt(report.rmseFitted)}`,
      `applied: ${report.applied ? "yes" : "no"} — ${report.message}`,
      `parameters: ${report.parameters.map((w) => w.toFixed(4)).join(", ")}`,
      ...tail,
      "",
    ].join("\n"),
  );
}

/** --user EMAIL: the learner's stored log; the report (and, when applied, the parameters) is saved. */
async function fitUser(argv: string[]): Promise<number> {
  const email = option(argv, "--user")!;
  const minReviews = Number(option(argv, "--min-reviews") ?? MIN_REVIEWS_FOR_FIT);
  if (!Number.isInteger(minReviews) || minReviews < 1) throw new Error("--min-reviews must be a positive whole number");
  const dryRun = argv.includes("--dry-run");
  const { fitLearnerParameters } = await import("../../lib/app/fit.ts");
  const outcome = await fitLearnerParameters(email, new Date(), { minReviews, dryRun });
  if (outcome.kind === "no-user") throw new Error(`no account with the email ${email}`);
  const { report } = outcome;
  const saved = dryRun
    ? "dry run: nothing saved"
    : report.applied
      ? `saved: parameters stored for ${outcome.email}; ${outcome.rescheduled} cards rescheduled`
      : `saved: report only (${outcome.email} keeps the defaults)`;
  printReport(argv, report, { user: outcome.email, cards: outcome.cards, rescheduled: outcome.rescheduled, dryRun }, `(${outcome.email})`, [saved]);
  return 0;
}
