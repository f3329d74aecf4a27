"use client";

import { useState } from "react";
import type { z } from "zod";
import {
  CUSTOM_SEPARATOR, EXPORT_FORMATS, EXPORT_FORMAT_SPECS, PAPER_SIZES, formatSpec, PRINT_VERSIONS, type ExportFormat, type PaperSize, type PrintVersion,
} from "@/lib/domain/export-formats";
import { SKIPPED_HEADER, setRoutes, skippedItems } from "@/lib/api/schemas/sets";
import { ApiProblem, download as fetchFile } from "@/lib/client/api";
import styles from "./Sets.module.css";

const EXPORT = setRoutes["GET /api/sets/{id}/export"];
type Skipped = z.infer<typeof skippedItems>[number];

/** One button per format of the registry, in its order; the hint is the file's extension. */
export const FORMAT_LABELS: { format: ExportFormat; label: string; hint: string }[] = EXPORT_FORMATS.map((format) => ({
  format,
  label: EXPORT_FORMAT_SPECS[format].label,
  hint: EXPORT_FORMAT_SPECS[format].extension,
}));

const PAPER_LABELS: Record<PaperSize, string> = { a4: "A4", letter: "US Letter" };
const TERM_PRESETS = { tab: "Tab", comma: "Comma" } as const;
const CARD_PRESETS = { newline: "New line", semicolon: "Semicolon" } as const;

/** The query of one download: the format, and the options that format reads. */
function exportQuery(format: ExportFormat, o: { paper: PaperSize; version: PrintVersion; term: string; card: string }): Record<string, string> {
  const wanted = formatSpec(format).options ?? [];
  const query: Record<string, string> = { format };
  if (wanted.includes("paper")) query.paper = o.paper;
  if (wanted.includes("version")) query.version = o.version;
  if (wanted.includes("termSeparator")) query.term = o.term;
  if (wanted.includes("cardSeparator")) query.card = o.card;
  return query;
}

/** The route's list of what the format left out (URL-encoded JSON); unreadable counts as none. */
function skippedOf(header: string | null): Skipped[] {
  try {
    const parsed = skippedItems.safeParse(JSON.parse(decodeURIComponent(header ?? "[]")));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** One button per export format: downloads the file (fetch + blob) and then lists what the format had to leave out. */
export function ExportPanel({ setId, disabledReason }: { setId: string; disabledReason?: string }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [report, setReport] = useState<{ label: string; filename: string; skipped: Skipped[]; advice?: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [paper, setPaper] = useState<PaperSize>("a4");
  const [version, setVersion] = useState<PrintVersion>("A");
  const [term, setTerm] = useState<string>("tab");
  const [card, setCard] = useState<string>("newline");
  const [customTerm, setCustomTerm] = useState("");
  const [customCard, setCustomCard] = useState("");
  const termValue = term === "custom" ? customTerm : term;
  const cardValue = card === "custom" ? customCard : card;
  const customProblem =
    (term === "custom" && !CUSTOM_SEPARATOR.test(customTerm)) || (card === "custom" && !CUSTOM_SEPARATOR.test(customCard))
      ? "A custom separator is 1 to 5 characters that are not letters, digits or spaces."
      : null;

  async function download(format: ExportFormat, label: string) {
    if (format === "quizlet" && customProblem) {
      setError(customProblem);
      return;
    }
    setBusy(format);
    setError(null);
    try {
      const file = await fetchFile(EXPORT, { params: { id: setId }, query: exportQuery(format, { paper, version, term: termValue, card: cardValue }) });
      const filename = file.filename ?? `set.${format}`;
      const skipped = skippedOf(file.headers.get(SKIPPED_HEADER));
      const url = URL.createObjectURL(file.blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = filename;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setReport({ label, filename, skipped, advice: formatSpec(format).advice });
    } catch (err) {
      setError(err instanceof ApiProblem ? (err.detail ?? `Export failed (${err.status})`) : (err as Error).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card stack" aria-labelledby="export-heading">
      <h2 id="export-heading" style={{ margin: 0 }}>Export</h2>
      <p className="muted small" style={{ margin: 0 }}>
        Take the set to the tools your school uses. Questions a format cannot express are listed after the download.
        For Anki, prefer the package (.apkg): it carries cloze cards and imports the same in every language of Anki.
      </p>
      {disabledReason && <p className="alert alert-warn small" style={{ margin: 0 }}>{disabledReason}</p>}
      <fieldset className={styles.exportOptions}>
        <legend className="small">Options</legend>
        <label className="small">
          Paper (print, Word){" "}
          <select value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)} data-option="paper">
            {PAPER_SIZES.map((p) => <option key={p} value={p}>{PAPER_LABELS[p]}</option>)}
          </select>
        </label>
        <label className="small">
          Version (print, Word){" "}
          <select value={version} onChange={(e) => setVersion(e.target.value as PrintVersion)} data-option="version">
            {PRINT_VERSIONS.map((v) => <option key={v} value={v}>{v === "A" ? "A — set order" : `${v} — shuffled questions and choices`}</option>)}
          </select>
        </label>
        <label className="small">
          Quizlet: between term and definition{" "}
          <select value={term} onChange={(e) => setTerm(e.target.value)} data-option="term">
            {Object.entries(TERM_PRESETS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
            <option value="custom">Custom…</option>
          </select>
        </label>
        {term === "custom" && (
          <label className="small">Custom term separator <input value={customTerm} onChange={(e) => setCustomTerm(e.target.value)} maxLength={5} size={6} /></label>
        )}
        <label className="small">
          Quizlet: between cards{" "}
          <select value={card} onChange={(e) => setCard(e.target.value)} data-option="card">
            {Object.entries(CARD_PRESETS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
            <option value="custom">Custom…</option>
          </select>
        </label>
        {card === "custom" && (
          <label className="small">Custom card separator <input value={customCard} onChange={(e) => setCustomCard(e.target.value)} maxLength={5} size={6} /></label>
        )}
      </fieldset>
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
            {report.advice && <p className="small" style={{ margin: ".3rem 0 0" }}>{report.advice}</p>}
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
