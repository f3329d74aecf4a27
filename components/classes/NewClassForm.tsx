"use client";

import { CreateByNameForm } from "@/components/CreateByNameForm";

/** Name a class; the server makes its join code. */
export function NewClassForm() {
  return (
    <CreateByNameForm
      noun="class"
      label="Class name"
      field="name"
      endpoint="/api/classes"
      pageOf={(id) => `/teacher/classes/${id}`}
      maxLength={120}
      placeholder="e.g. Year 10 — current affairs"
    />
  );
}
