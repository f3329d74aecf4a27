"use client";
// Starts (or resumes) an assignment's quiz with the teacher's settings: the learner picks nothing.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { setRoutes } from "@/lib/api/schemas/sets";
import { call } from "@/lib/client/api";

export function StartAssignmentButton({ classId, setId, title, resume, disabled }: { classId: string; setId: string; title: string; resume: boolean; disabled?: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setBusy(true);
    setError(null);
    try {
      const attempt = await call(setRoutes["POST /api/classes/{id}/assignments/{setId}/attempts"], { params: { id: classId, setId } });
      router.push(`/quiz/${attempt.id}`);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="btn btn-primary btn-small" onClick={start} disabled={busy || disabled} aria-label={`${resume ? "Resume" : "Start"} assignment: ${title}`}>
        {resume ? "Resume" : "Start"}
      </button>
      {error && (
        <p className="alert alert-error small" role="alert" style={{ margin: 0, flexBasis: "100%" }}>
          {error}
        </p>
      )}
    </>
  );
}
