import { AlsoAccepted } from "@/components/AlsoAccepted";
import { VERDICT_LABELS } from "@/lib/quiz/results";
import styles from "./Quiz.module.css";
import { SourceInContext } from "./SourceInContext";
import type { SourceContext } from "./types";

type Verdict = keyof typeof VERDICT_LABELS;

const BOX: Record<Verdict, string> = { correct: styles.correct, close: styles.close, wrong: styles.wrong, unanswered: styles.unanswered };
const INK: Record<Verdict, string> = { correct: styles.verdictCorrect, close: styles.verdictClose, wrong: styles.verdictWrong, unanswered: styles.verdictWrong };

export const verdictLabel = (v: Verdict) => VERDICT_LABELS[v];

/** The explanation without a quote of the source sentence (shown highlighted just below it anyway). */
function withoutQuote(explanation: string | undefined, source: SourceContext | undefined): string {
  if (!explanation) return "";
  if (!source) return explanation;
  const rest = explanation
    .replace(`The article says: “${source.sentence}”`, "")
    .replace(`“${source.sentence}”`, "")
    .trim();
  return /^(true|false)\.?$/i.test(rest) ? "" : rest; // a bare "True." repeats the answer line
}

/** Right / close / wrong, the learner's response, the answer, why, and where it comes from. */
export function FeedbackBody({
  verdict,
  response,
  expected,
  alsoAccepted,
  explanation,
  source,
  overridden,
}: {
  overridden?: boolean;
  verdict: Verdict;
  response: string | null;
  expected?: string;
  alsoAccepted?: string[];
  explanation?: string;
  source?: SourceContext;
}) {
  return (
    <>
      <p className={`${styles.verdict} ${INK[verdict]}`}>{VERDICT_LABELS[verdict]}</p>
      {overridden && (
        <p className={styles.answerLine} data-testid="overridden">
          <strong>You marked this right</strong> — it counts as correct, and your teacher can see it was your call.
        </p>
      )}
      {response !== null && verdict !== "correct" && (
        <p className={styles.answerLine}>
          Your answer: <strong>{response === "" ? "(left blank)" : response}</strong>
        </p>
      )}
      {expected !== undefined && (
        <p className={styles.answerLine}>
          {verdict === "correct" ? "Answer" : "Correct answer"}: <strong>{expected}</strong>
          {alsoAccepted && alsoAccepted.length > 0 && <AlsoAccepted answer={expected} forms={alsoAccepted} limit={3} className="muted" lead=" (also accepted: " tail=")" more={(n) => `, and ${n} more`} />}
        </p>
      )}
      {withoutQuote(explanation, source) && <p className={styles.explanation}>{withoutQuote(explanation, source)}</p>}
      {source && <SourceInContext source={source} />}
    </>
  );
}

export const feedbackBox = (v: Verdict) => `${styles.feedback} ${BOX[v]}`;
