import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3200);
// The server's SQLite file, named here so a spec can seed what the UI cannot make (deck.spec.ts
// writes a year of review history). Set once in the runner; the workers inherit it.
process.env.E2E_DATABASE_URL ??= `file:${path.join(tmpdir(), `factdeck-e2e-${port}-${Date.now().toString(36)}.db`)}`;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://localhost:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // Request log lines (one JSON line per API call) only for 5xx and outages, to keep the output readable.
    env: { NEXT_TELEMETRY_DISABLED: "1", E2E_PORT: String(port), FACTDECK_LOG_LEVEL: process.env.FACTDECK_LOG_LEVEL ?? "warn" },
  },
});
