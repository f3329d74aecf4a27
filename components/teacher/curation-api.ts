// The curation screens' calls. They never throw on a refused request: the caller shows the
// problem+json detail and, for edits, its field errors next to the fields.
import type { z } from "zod";
import type { ApiRoute, RouteBody, RouteResponse } from "@/lib/api/route-spec";
import type { questionForTeacher } from "@/lib/api/schemas/articles";
import { routeUrl } from "@/lib/client/api";

/** A question as the teacher's API sends it (the schema the route answers with). */
export type TeacherQuestion = z.infer<typeof questionForTeacher>;

export interface Problem {
  detail?: string;
  title?: string;
  errors?: { field: string; message: string }[];
}

export type Sent<T> = { ok: true; status: number; data: T } | { ok: false; status: number; data: Problem };

/** Calls a route by its spec (path, body and answer typed by its schemas) without throwing. */
export async function send<R extends ApiRoute>(route: R, params: Record<string, string>, body?: RouteBody<R>): Promise<Sent<RouteResponse<R>>> {
  const res = await fetch(routeUrl(route, params), {
    method: route.method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({}));
  return res.ok ? { ok: true, status: res.status, data: data as RouteResponse<R> } : { ok: false, status: res.status, data: data as Problem };
}

/** A question's prompt, short enough for a status message or a select option. */
export const excerpt = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
