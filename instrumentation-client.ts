// Runs in the browser before the app's own code. zod compiles object parsers with `new Function`
// unless told not to, and first probes whether it may; under the CSP (proxy.ts: no 'unsafe-eval')
// that probe is a reported violation on every page. Tell it up front to stay interpreted.
import { z } from "zod";

z.config({ jitless: true });
