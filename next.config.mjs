/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
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
