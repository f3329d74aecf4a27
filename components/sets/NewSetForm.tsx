"use client";

import { CreateByNameForm } from "@/components/CreateByNameForm";
import { setRoutes } from "@/lib/api/schemas/sets";
import { call } from "@/lib/client/api";

/** Name a new set, then go to its builder. */
export function NewSetForm() {
  return (
    <CreateByNameForm
      noun="set"
      label="Set title"
      create={(title) => call(setRoutes["POST /api/sets"], { json: { title } })}
      pageOf={(id) => `/teacher/sets/${id}`}
      maxLength={200}
      placeholder="e.g. Iraq and the coalition — week 3"
    />
  );
}
