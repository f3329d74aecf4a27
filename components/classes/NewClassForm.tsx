"use client";

import { CreateByNameForm } from "@/components/CreateByNameForm";
import { setRoutes } from "@/lib/api/schemas/sets";
import { call } from "@/lib/client/api";

/** Name a class; the server makes its join code. */
export function NewClassForm() {
  return (
    <CreateByNameForm
      noun="class"
      label="Class name"
      create={(name) => call(setRoutes["POST /api/classes"], { json: { name } })}
      pageOf={(id) => `/teacher/classes/${id}`}
      maxLength={120}
      placeholder="e.g. Year 10 — current affairs"
    />
  );
}
