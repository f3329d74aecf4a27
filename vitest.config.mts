import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    // Component tests (*.test.tsx) pick a DOM per file with `// @vitest-environment happy-dom`.
    include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx", "tests/integration/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // One JSON line per API request (lib/api/log.ts) would drown the test output; 5xx still print.
    env: { FACTDECK_LOG_LEVEL: process.env.FACTDECK_LOG_LEVEL ?? "warn" },
  },
});
