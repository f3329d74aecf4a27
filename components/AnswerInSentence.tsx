import type { ElementType } from "react";

/** A source sentence with the answer's span set in `Mark` (left plain when the span no longer fits
 * the sentence, e.g. after a teacher's edit). */
export function AnswerInSentence({ sentence, start, end, mark: Mark }: { sentence: string; start: number; end: number; mark: ElementType }) {
  if (!(start >= 0 && end > start && end <= sentence.length)) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, start)}
      <Mark>{sentence.slice(start, end)}</Mark>
      {sentence.slice(end)}
    </>
  );
}
