"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

interface Props {
  /** e.g. "set" → heading "New set", button "Create set" */
  noun: string;
  label: string;
  /** Creates the thing through the API (a typed call) and resolves with its id. */
  create: (name: string) => Promise<{ id: string }>;
  /** where to go once created */
  pageOf: (id: string) => string;
  maxLength: number;
  placeholder: string;
}

/** One text field that creates a thing through the API, then opens its page (sets, classes). */
export function CreateByNameForm({ noun, label, create, pageOf, maxLength, placeholder }: Props) {
  const router = useRouter();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = `new-${noun}-heading`;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await create(value);
      router.push(pageOf(created.id));
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  return (
    <form className="form card" onSubmit={submit} aria-labelledby={headingId}>
      <h2 id={headingId} style={{ margin: 0 }}>New {noun}</h2>
      <label>
        {label}
        <input type="text" value={value} onChange={(e) => setValue(e.target.value)} required maxLength={maxLength} placeholder={placeholder} />
      </label>
      {error && <p className="alert alert-error" role="alert">{error}</p>}
      <button className="btn btn-primary" type="submit" disabled={busy}>{busy ? "Creating…" : `Create ${noun}`}</button>
    </form>
  );
}
