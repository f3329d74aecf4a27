import { shownForms } from "@/lib/domain/answer";

/**
 * A few other forms the grader accepts, one per form it tells apart ("between 25 and 50 million" has
 * a score of them); nothing when there is none to show. `lead`/`tail` frame the list as each page
 * writes it, `more` says how many were left out.
 */
export function AlsoAccepted({ answer, forms, limit, className, lead, tail = "", more }: {
  answer: string;
  forms: string[];
  limit: number;
  className: string;
  lead: string;
  tail?: string;
  more: (count: number) => string;
}) {
  const { shown, more: left } = shownForms(answer, forms, limit);
  if (!shown.length) return null;
  return (
    <span className={className}>
      {lead}
      {shown.join(", ")}
      {left > 0 ? more(left) : ""}
      {tail}
    </span>
  );
}
