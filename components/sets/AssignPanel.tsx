"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { setRoutes } from "@/lib/api/schemas/sets";
import { call } from "@/lib/client/api";

/** Assign the set to one of the teacher's classes (a private set becomes CLASS). */
export function AssignPanel({ setId, classes, assigned }: { setId: string; classes: { id: string; name: string }[]; assigned: { id: string; name: string }[] }) {
  const router = useRouter();
  const open = classes.filter((c) => !assigned.some((a) => a.id === c.id));
  const [classId, setClassId] = useState(open[0]?.id ?? "");
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!classId) return;
    setError(null);
    try {
      await call(setRoutes["POST /api/sets/{id}/assign"], { params: { id: setId }, json: { classId } });
      setStatus(`Assigned to ${classes.find((c) => c.id === classId)?.name ?? "the class"}.`);
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <section className="card stack" aria-labelledby="assign-heading">
      <h2 id="assign-heading" style={{ margin: 0 }}>Classes</h2>
      {assigned.length > 0 ? (
        <p style={{ margin: 0 }}>
          Assigned to{" "}
          {assigned.map((c, i) => (
            <span key={c.id}>{i > 0 && ", "}<Link href={`/teacher/classes/${c.id}`}>{c.name}</Link></span>
          ))}
          .
        </p>
      ) : (
        <p className="muted" style={{ margin: 0 }}>Not assigned to any class yet.</p>
      )}
      {classes.length === 0 ? (
        <p className="small muted" style={{ margin: 0 }}>
          <Link href="/teacher/classes">Create a class</Link> to assign this set to it.
        </p>
      ) : open.length === 0 ? null : (
        <form className="row" onSubmit={submit} style={{ alignItems: "end" }}>
          <label style={{ flex: "1 1 12rem" }}>
            Class
            <select value={classId} onChange={(e) => setClassId(e.target.value)}>
              {open.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </label>
          <button className="btn" type="submit">Assign to class</button>
        </form>
      )}
      <p className="small muted" style={{ margin: 0 }}>Assigning a private set makes it visible to the class (visibility Class).</p>
      <div role="status" aria-live="polite" className="small">{status}</div>
      {error && <p className="alert alert-error" role="alert">{error}</p>}
    </section>
  );
}
