// The curation screens' calls. They never throw on a refused request: the caller shows the
// problem+json detail and, for edits, its field errors next to the fields.
import type { z } from "zod";
import type { ApiRoute } from "@/lib/api/route-spec";
import type { questionForTeacher } from "@/lib/api/schemas/articles";
import { ApiProblem, call, type RouteBody, type RouteResponse } from "@/lib/client/api";

/** A question as the teacher's API sends it (the schema the route answers with). */
export type TeacherQuestion = z.infer<typeof questionForTeacher>;

export type Problem = Pick<ApiProblem, "detail" | "title" | "errors">;

export type Sent<T> = { ok: true; data: T } | { ok: false; status: number; data: Problem };

/** Calls a route by its spec (path, body and answer typed by its schemas) without throwing on a refusal. */
export async function send<R extends ApiRoute>(route: R, params: Record<string, string>, body?: RouteBody<R>): Promise<Sent<RouteResponse<R>>> {
  try {
    return { ok: true, data: await call(route, { params, json: body }) };
  } catch (err) {
    if (err instanceof ApiProblem) return { ok: false, status: err.status, data: err };
    // the network, not the server: said the same way, so the board shows it where it shows refusals
    return { ok: false, status: 0, data: { detail: "The server could not be reached. Check your connection and try again." } };
  }
}

/** A question's prompt, short enough for a status message or a select option. */
export const excerpt = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
