"use client";

import { useState } from "react";
import { EXPORT_FORMATS, EXPORT_FORMAT_SPECS, type ExportFormat } from "@/lib/domain/export-formats";
import styles from "./Sets.module.css";

interface Skipped {
  key: string;
  prompt: string;
  reason: string;
}

/** One button per format of the registry, in its order; the hint is the file's extension. */
export const FORMAT_LABELS: { format: ExportFormat; label: string; hint: string }[] = EXPORT_FORMATS.map((format) => ({
  format,
  label: EXPORT_FORMAT_SPECS[format].label,
  hint: EXPORT_FORMAT_SPECS[format].extension,
}));

/** Name from Content-Disposition (filename* first, it carries UTF-8). */
function filenameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "");
  if (star) return decodeURIComponent(star[1]);
  return /filename="([^"]+)"/i.exec(disposition ?? "")?.[1] ?? fallback;
}

/** One button per export format: downloads the file (fetch + blob) and then lists what the format had to leave out. */
export function ExportPanel({ setId, disabledReason }: { setId: string; disabledReason?: string }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [report, setReport] = useState<{ label: string; filename: string; skipped: Skipped[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(format: string, label: string) {
    setBusy(format);
    setError(null);
    try {
      const res = await fetch(`/api/sets/${setId}/export?format=${encodeURIComponent(format)}`);
      if (!res.ok) {
        const problem = (await res.json().catch(() => ({}))) as { detail?: string };
        throw new Error(problem.detail ?? `Export failed (${res.status})`);
      }
      const filename = filenameOf(res.headers.get("content-disposition"), `set.${format}`);
      let skipped: Skipped[] = [];
      try {
        skipped = JSON.parse(decodeURIComponent(res.headers.get("x-factdeck-skipped") ?? "[]")) as Skipped[];
      } catch {
        skipped = [];
      }
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement("a");
      a.href = url;
      a.download = filename;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setReport({ label, filename, skipped });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card stack" aria-labelledby="export-heading">
      <h2 id="export-heading" style={{ margin: 0 }}>Export</h2>
      <p className="muted small" style={{ margin: 0 }}>
        Take the set to the tools your school uses. Questions a format cannot express are listed after the download.
      </p>
      {disabledReason && <p className="alert alert-warn small" style={{ margin: 0 }}>{disabledReason}</p>}
      <div className={styles.formats}>
        {FORMAT_LABELS.map(({ format, label, hint }) => (
          <button key={format} type="button" className="btn btn-small" onClick={() => download(format, label)} disabled={busy !== null || Boolean(disabledReason)} data-format={format}>
            {busy === format ? "Preparing…" : label} <span className="muted small" aria-hidden="true">{hint}</span>
          </button>
        ))}
      </div>
      <div aria-live="polite" role="status">
        {error && <p className="alert alert-error" style={{ margin: 0 }}>{error}</p>}
        {report && (
          <div className={report.skipped.length ? "alert alert-warn" : "alert alert-ok"}>
            <p style={{ margin: 0 }}>
              Downloaded <strong>{report.filename}</strong> ({report.label}).{" "}
              {report.skipped.length === 0 ? "Every question is in the file." : `${report.skipped.length} question${report.skipped.length === 1 ? " was" : "s were"} left out:`}
            </p>
            {report.skipped.length > 0 && (
              <ul className={styles.skipped}>
                {report.skipped.map((s) => (
                  <li key={s.key || s.reason} dir="auto">
                    {s.prompt ? <><span>{s.prompt}</span> — <em>{s.reason}</em></> : <em>{s.reason}</em>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
