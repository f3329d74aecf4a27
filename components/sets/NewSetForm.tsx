"use client";

import { CreateByNameForm } from "@/components/CreateByNameForm";

/** Name a new set, then go to its builder. */
export function NewSetForm() {
  return (
    <CreateByNameForm
      noun="set"
      label="Set title"
      field="title"
      endpoint="/api/sets"
      pageOf={(id) => `/teacher/sets/${id}`}
      maxLength={200}
      placeholder="e.g. Iraq and the coalition — week 3"
    />
  );
}
