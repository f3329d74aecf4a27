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
  typedRoutes: false,
};

export default nextConfig;
