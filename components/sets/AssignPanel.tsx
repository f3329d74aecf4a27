"use client";

import Link from "next/link";
import { useState } from "react";
import { AssignmentForm } from "@/components/classes/AssignmentForm";

/** Assign the set to one of the teacher's classes with the settings they fix (a private set becomes
 * CLASS); each assignment's settings are changed later on the class page. */
export function AssignPanel({
  setId,
  classes,
  assigned,
  timeZone,
  questionTotal,
}: {
  setId: string;
  classes: { id: string; name: string }[];
  assigned: { id: string; name: string }[];
  timeZone: string;
  questionTotal: number;
}) {
  const open = classes.filter((c) => !assigned.some((a) => a.id === c.id));
  const [status, setStatus] = useState("");

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
        <AssignmentForm key={open.map((c) => c.id).join()} target={{ kind: "assign", setId, classes: open }} settings={null} timeZone={timeZone} questionTotal={questionTotal} onSaved={setStatus} />
      )}
      <p className="small muted" style={{ margin: 0 }}>Assigning a private set makes it visible to the class (visibility Class). Change an assignment&apos;s settings on its class page.</p>
      <div role="status" aria-live="polite" className="small">{status}</div>
    </section>
  );
}
