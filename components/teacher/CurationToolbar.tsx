// Counts by status, the filters, "approve all above" and "regenerate" for one article's questions.
import type { QuestionStatus } from "@/lib/domain/types";
import { QUESTION_TYPES } from "@/lib/domain/question-types";
import { TYPE_LABELS } from "./QuestionFields";
import type { StatusFilter, TypeFilter } from "./useCuration";
import styles from "./Teacher.module.css";

export function CurationToolbar({
  counts,
  status,
  onStatus,
  type,
  onType,
  minScore,
  onMinScore,
  busy,
  onApproveAbove,
  onRegenerate,
}: {
  counts: Record<QuestionStatus, number>;
  status: StatusFilter;
  onStatus: (s: StatusFilter) => void;
  type: TypeFilter;
  onType: (t: TypeFilter) => void;
  minScore: string;
  onMinScore: (s: string) => void;
  busy: boolean;
  onApproveAbove: () => void;
  onRegenerate: () => void;
}) {
  return (
    <div className="card">
      <div className={styles.counts} aria-label="Questions by status">
        <span className={`${styles.count} ${styles.countDraft}`}>{counts.DRAFT} draft</span>
        <span className={`${styles.count} ${styles.countApproved}`}>{counts.APPROVED} approved</span>
        <span className={`${styles.count} ${styles.countRejected}`}>{counts.REJECTED} rejected</span>
        {counts.RETIRED > 0 && <span className={styles.count}>{counts.RETIRED} retired</span>}
      </div>
      <div className={styles.toolbar}>
        <label>
          Status
          <select value={status} onChange={(e) => onStatus(e.target.value as StatusFilter)}>
            <option value="LIVE">All but retired</option>
            <option value="DRAFT">Draft</option>
            <option value="APPROVED">Approved</option>
            <option value="REJECTED">Rejected</option>
            <option value="RETIRED">Retired</option>
          </select>
        </label>
        <label>
          Type
          <select value={type} onChange={(e) => onType(e.target.value as TypeFilter)}>
            <option value="ALL">All types</option>
            {QUESTION_TYPES.map((t) => (
              <option key={t} value={t}>{TYPE_LABELS[t]}</option>
            ))}
          </select>
        </label>
        <label>
          Approve drafts scoring at least
          <input type="number" min={0} max={1} step={0.05} value={minScore} onChange={(e) => onMinScore(e.target.value)} />
        </label>
        <button className="btn" type="button" onClick={onApproveAbove} disabled={busy}>Approve all above</button>
        <button className="btn" type="button" onClick={onRegenerate} disabled={busy}>
          {busy ? "Working…" : "Regenerate"}
        </button>
      </div>
      <p className="muted small" style={{ margin: 0 }}>
        Keyboard: focus a question, then <kbd>a</kbd> approve, <kbd>r</kbd> reject, <kbd>d</kbd> draft, <kbd>e</kbd> edit,{" "}
        <kbd>j</kbd>/<kbd>k</kbd> next/previous. Regenerating never overwrites what you edited or wrote.
      </p>
    </div>
  );
}
