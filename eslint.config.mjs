import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      "data/**",
      "lib/db/generated/**",
      "prisma/postgres/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Components reach our API through the typed client (lib/client/api.ts: call, download), which
    // types the request and the answer from the route's spec. better-auth's /api/auth/* endpoints
    // have no route spec and are called as they are, from the sign-in and account components.
    files: ["components/**/*.{ts,tsx}"],
    ignores: ["components/AuthForm.tsx", "components/SignOutButton.tsx", "components/account/**"],
    rules: {
      "no-restricted-globals": ["error", { name: "fetch", message: "Call the API through call()/download() from lib/client/api.ts." }],
    },
  },
];

export default config;
