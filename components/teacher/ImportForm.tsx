"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { IMPORT_JOB_MIN_BYTES, teacherRoutes, type ImportJob } from "@/lib/api/schemas/teacher";
import { ApiProblem, call, type RouteBody } from "@/lib/client/api";
import styles from "./Teacher.module.css";

const IMPORT = teacherRoutes["POST /api/teacher/articles"];
const START_JOB = teacherRoutes["POST /api/teacher/import-jobs"];
const JOB = teacherRoutes["GET /api/teacher/import-jobs/{id}"];
/** What the status line says after an import that stays on this page. */
type Outcome = { title: string; slug: string; created: number; duplicate: boolean };
type FieldErrors = Record<string, string>;

const MAX_BYTES = 1_048_576;
const POLL_MS = 500;

/**
 * Import an article: paste its text or upload a .md/.txt file. Errors name the field and line.
 * A long document (IMPORT_JOB_MIN_BYTES and up) goes as a job: a progress bar follows the analysis,
 * and the page moves to the new article when its questions are stored.
 */
export function ImportForm() {
  const router = useRouter();
  const id = useId();
  const [mode, setMode] = useState<"paste" | "file">("paste");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const [done, setDone] = useState<Outcome | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  /** Polls the job until it is done (then to the article) or failed (then its problem, as a refusal). */
  function follow(started: ImportJob): Promise<void> {
    return new Promise((resolve, reject) => {
      const step = (current: ImportJob) => {
        setJob(current);
        if (current.status === "failed") {
          reject(new ApiProblem(current.problem?.status ?? 500, current.problem ?? {}));
        } else if (current.status === "done" && current.article) {
          if (current.duplicate) {
            setDone({ ...current.article, created: 0, duplicate: true });
            setJob(null);
          } else {
            router.push(`/teacher/articles/${encodeURIComponent(current.article.slug)}`);
            return resolve();
          }
          router.refresh();
          resolve();
        } else {
          timer.current = setTimeout(() => call(JOB, { params: { id: current.id }, cache: "no-store" }).then(step, reject), POLL_MS);
        }
      };
      step(started);
    });
  }

  /** Pasted text as JSON or a file as multipart: the same routes, the same problem+json on refusal. */
  async function send(body: { json: RouteBody<typeof IMPORT> } | { form: FormData }, long: boolean) {
    setBusy(true);
    setError(null);
    setFields({});
    setDone(null);
    setJob(null);
    try {
      if (long) {
        await follow(await call(START_JOB, body));
      } else {
        const { article, questions, duplicate } = await call(IMPORT, body);
        setDone({ title: article.title, slug: article.slug, created: questions.created, duplicate });
        router.refresh();
      }
    } catch (err) {
      setJob(null);
      if (!(err instanceof ApiProblem)) {
        setError("The server could not be reached. Check your connection and try again.");
        return;
      }
      const byField = err.fieldMessages();
      // A body over the limit has no field in the server's answer: it is the text or the file.
      if (err.status === 413 && Object.keys(byField).length === 0) byField[mode === "paste" ? "text" : "file"] = "Too large: the limit is 1 MB.";
      setFields(byField);
      setError(err.detail ?? err.title ?? `Import failed (${err.status}).`);
    } finally {
      setBusy(false);
    }
  }

  // onSubmit, not a form action: an action empties the form, and a refused paste would be lost.
  async function submitPaste(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = String(form.get("text") ?? "");
    if (!text.trim()) {
      setFields({ text: "Paste the article text first." });
      setError("Nothing to import yet.");
      return;
    }
    const tags = String(form.get("tags") ?? "").split(",").map((t) => t.trim()).filter(Boolean);
    const body: RouteBody<typeof IMPORT> = {
      text,
      title: String(form.get("title") ?? "").trim() || undefined,
      source: String(form.get("source") ?? "").trim() || undefined,
      tags,
    };
    // Refused here, before any upload: the server would read the whole body only to answer 413.
    const bytes = new TextEncoder().encode(JSON.stringify(body)).length;
    if (bytes > MAX_BYTES) {
      setDone(null);
      setFields({ text: `This text is ${(bytes / 1_048_576).toFixed(1)} MB; the limit is 1 MB. Import a shorter part, or split it into several articles.` });
      setError("The text is too large.");
      return;
    }
    await send({ json: body }, bytes >= IMPORT_JOB_MIN_BYTES);
  }

  // onSubmit here too: a form action resets the form when its transition ends, which the refresh
  // after an import pushes past the status line — a file chosen next in that moment was emptied.
  async function submitFile(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setFields({ file: "Choose a .md or .txt file." });
      setError("No file chosen.");
      return;
    }
    if (file.size > MAX_BYTES) {
      setFields({ file: `${file.name} is ${(file.size / 1_048_576).toFixed(1)} MB; the limit is 1 MB.` });
      setError("The file is too large.");
      return;
    }
    await send({ form }, file.size >= IMPORT_JOB_MIN_BYTES);
    if (fileRef.current) fileRef.current.value = "";
  }

  const fieldError = (name: string) =>
    fields[name] ? (
      <span id={`${id}-${name}-error`} className="field-error">{fields[name]}</span>
    ) : null;
  const described = (name: string) => (fields[name] ? `${id}-${name}-error` : undefined);

  return (
    <section className={`card ${styles.importForm} ${styles.importFirst}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import an article</h2>
      <div className={styles.tabs} role="group" aria-label="How to import">
        {(["paste", "file"] as const).map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={mode === m}
            className={styles.tab}
            onClick={() => setMode(m)}
          >
            {m === "paste" ? "Paste text" : "Upload a file"}
          </button>
        ))}
      </div>
      <div>
        {mode === "paste" ? (
          <form className="form" onSubmit={submitPaste}>
            <label>
              Article text
              <span className={styles.hint}>Up to 1 MB. The first line becomes the title unless you give one. Captions, photo ids and “More from…” lists are removed.</span>
              <textarea
                name="text"
                rows={10}
                aria-invalid={Boolean(fields.text)}
                aria-describedby={described("text")}
                className={fields.text ? styles.invalid : undefined}
              />
              {fieldError("text")}
            </label>
            <div className={styles.fieldRow}>
              <label>
                <span>Title <span className={styles.hint}>(optional)</span></span>
                <input type="text" name="title" maxLength={300} aria-invalid={Boolean(fields.title)} aria-describedby={described("title")} />
                {fieldError("title")}
              </label>
              <label>
                <span>Source <span className={styles.hint}>(optional)</span></span>
                <input type="text" name="source" maxLength={200} />
              </label>
              <label>
                <span>Tags <span className={styles.hint}>(comma-separated)</span></span>
                <input type="text" name="tags" maxLength={300} aria-invalid={Boolean(fields.tags)} aria-describedby={described("tags")} />
                {fieldError("tags")}
              </label>
            </div>
            <div className="row">
              <button className="btn btn-primary" type="submit" disabled={busy}>
                {busy ? "Importing and writing questions…" : "Import and generate questions"}
              </button>
            </div>
          </form>
        ) : (
          <form className="form" onSubmit={submitFile}>
            <label>
              Article file
              <span className={styles.hint}>.md or .txt, up to 1 MB. Markdown may start with front matter (title, source, published, tags).</span>
              <input
                ref={fileRef}
                className={styles.fileInput}
                type="file"
                name="file"
                accept=".md,.markdown,.txt,text/markdown,text/plain"
                aria-invalid={Boolean(fields.file)}
                aria-describedby={described("file")}
              />
              {fieldError("file")}
            </label>
            <div className="row">
              <button className="btn btn-primary" type="submit" disabled={busy}>
                {busy ? "Importing and writing questions…" : "Upload and generate questions"}
              </button>
            </div>
          </form>
        )}
      </div>
      <div style={{ marginTop: "0.8rem" }}>
        {job && (job.status === "queued" || job.status === "running" || job.status === "done") && (
          <div className="stack" style={{ gap: "0.3rem", marginBottom: "0.6rem" }} data-testid="import-progress">
            <p id={`${id}-phase`} className="small" style={{ margin: 0 }}>{job.phase}…</p>
            {/* After the analysis the questions are written: no count to show, so no value (indeterminate). */}
            <div
              className="progress"
              role="progressbar"
              aria-labelledby={`${id}-phase`}
              aria-valuemin={0}
              aria-valuemax={job.total}
              aria-valuenow={job.done < job.total ? job.done : undefined}
            >
              <span style={{ width: `${job.total ? Math.round((100 * job.done) / job.total) : 0}%` }} />
            </div>
          </div>
        )}
        <div role="alert">{error && <p className="alert alert-error" style={{ margin: 0 }}>{error}</p>}</div>
        <div role="status">{done && (
          <p className="alert alert-ok" style={{ margin: 0 }}>
            {done.duplicate ? "You had already imported this text: " : "Imported "}
            <strong>{done.title}</strong>
            {done.duplicate ? "." : ` with ${done.created} draft questions.`}{" "}
            <Link href={`/teacher/articles/${done.slug}`}>Review its questions</Link>
          </p>
        )}</div>
      </div>
    </section>
  );
}
