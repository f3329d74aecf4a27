/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
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
  ],
  // Types are checked by `npm run typecheck` (part of `npm test`) over the whole tree, tests included;
  // `npm start` must not refuse to serve because a test file has a type error.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
