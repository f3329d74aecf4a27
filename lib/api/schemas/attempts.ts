import type { ApiRoute } from "../route-spec.ts";

export const routes: ApiRoute[] = [];
