"use client";
// The curation board's state and calls: the article's questions, the filters, approve / reject /
// edit one, approve all above a score, regenerate, and the status line that reports each.
import { useMemo, useState } from "react";
import { teacherRoutes } from "@/lib/api/schemas/teacher";
import type { QuestionStatus, QuestionType } from "@/lib/domain/types";
import { excerpt, send, type Problem, type TeacherQuestion } from "./curation-api";
import { draftBody, toFieldErrors, type FieldErrors } from "./QuestionFields";

export type StatusFilter = "LIVE" | QuestionStatus;
export type TypeFilter = "ALL" | QuestionType;

/** The questions a filter shows: "LIVE" is every status but RETIRED. */
export function filterQuestions<Q extends Pick<TeacherQuestion, "status" | "type">>(questions: Q[], status: StatusFilter, type: TypeFilter): Q[] {
  return questions.filter((q) => (status === "LIVE" ? q.status !== "RETIRED" : q.status === status) && (type === "ALL" || q.type === type));
}

/** `refresh` asks the server for fresh props (after regenerate / bulk approve). */
export function useCuration(slug: string, initial: TeacherQuestion[], refresh: () => void) {
  const [questions, setQuestions] = useState(initial);
  const [status, setStatus] = useState<StatusFilter>("LIVE");
  const [type, setType] = useState<TypeFilter>("ALL");
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const [minScore, setMinScore] = useState("0.6");

  // A server refresh (after regenerate / bulk approve) brings new props: start from them.
  const [fromServer, setFromServer] = useState(initial);
  if (fromServer !== initial) {
    setFromServer(initial);
    setQuestions(initial);
  }

  const counts = useMemo(() => {
    const c: Record<QuestionStatus, number> = { DRAFT: 0, APPROVED: 0, REJECTED: 0, RETIRED: 0 };
    for (const q of questions) c[q.status]++;
    return c;
  }, [questions]);

  const say = (text: string) => {
    setError("");
    setMessage(text);
  };
  const fail = (problem: Problem, fallback: string) => {
    setMessage("");
    setError(problem.detail ?? problem.title ?? fallback);
  };
  const replace = (q: TeacherQuestion) => setQuestions((all) => all.map((x) => (x.id === q.id ? q : x)));

  async function decide(q: TeacherQuestion, next: "APPROVED" | "REJECTED" | "DRAFT") {
    const res = await send(teacherRoutes["POST /api/questions/{id}/status"], { id: q.id }, { status: next });
    if (!res.ok) return fail(res.data, "Could not change the status.");
    replace(res.data.question);
    say(`${next === "APPROVED" ? "Approved" : next === "REJECTED" ? "Rejected" : "Back to draft"}: “${excerpt(q.prompt)}”`);
  }

  /** Saves an edit; returns the API's field errors (null on success). */
  async function save(q: TeacherQuestion, body: ReturnType<typeof draftBody>): Promise<FieldErrors | null> {
    const res = await send(teacherRoutes["PATCH /api/questions/{id}"], { id: q.id }, body);
    if (!res.ok) {
      fail(res.data, "Could not save the question.");
      return toFieldErrors(res.data.errors);
    }
    replace(res.data.question);
    say(`Saved: “${excerpt(body.prompt)}”`);
    return null;
  }

  async function regenerate() {
    setBusy(true);
    const res = await send(teacherRoutes["POST /api/teacher/articles/{slug}/regenerate"], { slug });
    setBusy(false);
    if (!res.ok) return fail(res.data, "Regeneration failed.");
    const s = res.data;
    say(`Regenerated: ${s.created} new, ${s.updated} refreshed, ${s.kept} kept as you edited them, ${s.retired} retired.`);
    refresh();
  }

  async function approveAbove() {
    const value = Number(minScore);
    if (!Number.isFinite(value) || value < 0 || value > 1) return fail({ detail: "The score is a number from 0 to 1." }, "");
    setBusy(true);
    const res = await send(teacherRoutes["POST /api/teacher/articles/{slug}/approve"], { slug }, { minScore: value });
    setBusy(false);
    if (!res.ok) return fail(res.data, "Could not approve.");
    say(`Approved ${res.data.approved} draft questions scoring ${value} or more.`);
    refresh();
  }

  function added(q: TeacherQuestion) {
    setQuestions((all) => [q, ...all]);
    say(`Added: “${excerpt(q.prompt)}”`);
  }

  return {
    questions,
    shown: filterQuestions(questions, status, type),
    counts,
    status,
    setStatus,
    type,
    setType,
    minScore,
    setMinScore,
    message,
    error,
    busy,
    decide,
    save,
    regenerate,
    approveAbove,
    added,
  };
}
