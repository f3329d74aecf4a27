// The house rules (../shared/DESIGN.md, README "Boundaries") as dependency-cruiser rules.
// `npm run lint:deps` runs it (and `npm test`); any violation fails the run.

/** The generated Prisma client: part of lib/db, but never cruised itself (it has cycles of its own). */
const PRISMA_CLIENT = ["^node_modules/@prisma/", "^node_modules/\\.prisma/", "^lib/db/generated/"];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A cycle between files (type-only and dynamic imports included): split out what both sides need.",
      from: {},
      to: { circular: true },
    },
    {
      name: "pure-core-no-framework",
      severity: "error",
      comment:
        "lib/{content,generate,quiz,srs,export,domain} are pure: no Next.js, React or Prisma; " +
        "time and randomness are parameters.",
      from: { path: "^lib/(content|generate|quiz|srs|export|domain)/" },
      to: { path: ["^node_modules/(next|react|react-dom)/", ...PRISMA_CLIENT] },
    },
    {
      name: "pure-core-no-db-auth-app",
      severity: "error",
      comment: "The pure core never reads the database, the session or a use case: those call it.",
      from: { path: "^lib/(content|generate|quiz|srs|export|domain)/" },
      to: { path: "^lib/(db|auth|app)/" },
    },
    {
      name: "domain-imports-only-domain",
      severity: "error",
      comment: "lib/domain is the bottom of the house: it imports only itself (and npm packages).",
      from: { path: "^lib/domain/" },
      to: { path: "^(app|components|lib|bin|scripts|tests)/", pathNot: "^lib/domain/" },
    },
    {
      name: "db-only-reads-and-writes",
      severity: "error",
      comment:
        "lib/db holds repositories that only read and write: scheduling, grading, permissions, " +
        "exports and content belong to a use case in lib/app.",
      from: { path: "^lib/db/" },
      to: { path: "^lib/(srs|quiz|auth|export|generate|content|app)/" },
    },
    {
      name: "components-no-db-or-app",
      severity: "error",
      comment: "Components receive data and call the API through the typed client; types come from lib/api or lib/domain.",
      from: { path: "^components/" },
      to: { path: "^lib/(db|app)/" },
    },
    {
      name: "settings-form-no-luxon",
      severity: "error",
      comment:
        "The settings form runs in the browser: it validates with lib/domain/study-settings (Intl), " +
        "not lib/srs, whose time-zone code pulls luxon into the page's bundle.",
      from: { path: "^components/settings/" },
      to: { path: "^node_modules/luxon/", reachable: true },
    },
    {
      name: "api-routes-no-prisma",
      severity: "error",
      comment: "Route handlers parse, check and call a use case; only lib/db talks to Prisma.",
      from: { path: "^app/api/" },
      to: { path: PRISMA_CLIENT },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import that resolves to nothing is a typo or a missing dependency.",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Cruise the generated client as a leaf: imports of it stay visible to the rules above, its
    // own internals (and their cycles) are not ours to police.
    doNotFollow: { path: ["node_modules", "^lib/db/generated/"] },
    exclude: { path: ["\\.next"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".mjs", ".js", ".cjs", ".json"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
