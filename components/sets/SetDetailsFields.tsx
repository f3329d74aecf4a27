"use client";
// The set's title, description and visibility (the builder's "Details" card).
import { VISIBILITIES, type Visibility } from "@/lib/domain/sets";

const VISIBILITY_HELP: Record<Visibility, string> = {
  PRIVATE: "Only you (and admins) can see it.",
  CLASS: "Learners in the classes you assign it to can take it.",
  PUBLIC: "Anyone signed in or studying as a guest can take it with its link.",
};

interface Props {
  title: string;
  description: string;
  visibility: Visibility;
  onTitle: (title: string) => void;
  onDescription: (description: string) => void;
  onVisibility: (visibility: Visibility) => void;
}

export function SetDetailsFields({ title, description, visibility, onTitle, onDescription, onVisibility }: Props) {
  return (
    <section className="card stack" aria-labelledby="details-heading">
      <h2 id="details-heading" style={{ margin: 0 }}>Details</h2>
      <label>
        Title
        <input type="text" value={title} onChange={(e) => onTitle(e.target.value)} required maxLength={200} />
      </label>
      <label>
        Description <span className="muted small">(optional; shown to learners)</span>
        <textarea value={description} onChange={(e) => onDescription(e.target.value)} maxLength={2000} style={{ minHeight: "4.5rem" }} />
      </label>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: "0.3rem" }}>Visibility</legend>
        <div className="stack" style={{ gap: "0.35rem" }}>
          {VISIBILITIES.map((v) => (
            <label key={v} style={{ flexDirection: "row", alignItems: "baseline", gap: "0.5rem", fontWeight: 500 }}>
              <input type="radio" name="visibility" value={v} checked={visibility === v} onChange={() => onVisibility(v)} />
              <span>
                <strong>{v[0] + v.slice(1).toLowerCase()}</strong> <span className="muted small">— {VISIBILITY_HELP[v]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
