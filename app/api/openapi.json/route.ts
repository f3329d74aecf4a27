import { buildOpenApi } from "@/lib/api/openapi";
import { foundationRoutes } from "@/lib/api/schemas/foundation";

export const dynamic = "force-static";

// Built once at build time from the route specs; needs no request, no session, no wrapper.
export const GET = Object.assign(() => Response.json(buildOpenApi()), { spec: foundationRoutes["GET /api/openapi.json"] });
