// The curation screens' calls. They never throw on a refused request: the caller shows the
// problem+json detail and, for edits, its field errors next to the fields.
import type { z } from "zod";
import type { questionForTeacher } from "@/lib/api/schemas/articles";

/** A question as the teacher's API sends it (the schema the route answers with). */
export type TeacherQuestion = z.infer<typeof questionForTeacher>;

export interface Problem {
  detail?: string;
  title?: string;
  errors?: { field: string; message: string }[];
}

export type Sent<T> = { ok: true; status: number; data: T } | { ok: false; status: number; data: Problem };

export async function send<T>(url: string, method: string, body?: unknown): Promise<Sent<T>> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({}));
  return res.ok ? { ok: true, status: res.status, data: data as T } : { ok: false, status: res.status, data: data as Problem };
}

/** A question's prompt, short enough for a status message or a select option. */
export const excerpt = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
