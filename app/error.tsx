"use client";
// A page below the root layout failed to render (e.g. the database went away mid-session).
import { ErrorNotice } from "@/components/ErrorNotice";

export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice error={error} retry={retry} />;
}
