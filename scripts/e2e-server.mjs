// The server Playwright talks to: the built app on a fresh SQLite database of its own.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "./server-node-flags.mjs";

const port = process.env.E2E_PORT ?? "3200";
const dir = mkdtempSync(path.join(tmpdir(), "factdeck-e2e-"));
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: port,
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? `file:${path.join(dir, "e2e.db")}`,
  BETTER_AUTH_URL: `http://localhost:${port}`,
  BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
  // Specs share this server, so "the first account is admin" cannot hold for each; pin it by email.
  FACTDECK_ADMIN_EMAIL: "admin@factdeck.test",
};
const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, "node_modules/next/dist/bin/next", "start", "-p", port], { stdio: "inherit", env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
