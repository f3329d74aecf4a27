// Runs in the browser before the app's own code. zod compiles object parsers with `new Function`
// unless told not to, and first probes whether it may; under the CSP (proxy.ts: no 'unsafe-eval')
// that probe is a reported violation on every page. Tell it up front to stay interpreted.
// zod keeps its global config on globalThis.__zod_globalConfig (read when its core loads): setting it
// here, instead of importing zod to call z.config(), keeps zod out of pages that never use it.
// tests/e2e/security.spec.ts fails if the probe comes back.
const shared = globalThis as unknown as { __zod_globalConfig?: Record<string, unknown> };
shared.__zod_globalConfig = { ...shared.__zod_globalConfig, jitless: true };
