import styles from "./Quiz.module.css";

/** A question's prompt; a cloze gap ("_____") is drawn as a blank line and read as "blank". */
export function PromptText({ text }: { text: string }) {
  const parts = text.split(/_{3,}/);
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 && (
            <span className={styles.blank} role="img" aria-label="blank" />
          )}
        </span>
      ))}
    </>
  );
}
