import Link from "next/link";
import { AnswerInSentence } from "@/components/AnswerInSentence";
import styles from "./Quiz.module.css";
import type { SourceContext } from "./types";

/** The sentence a question comes from, highlighted inside its paragraph, the answer underlined. */
export function SourceInContext({ source }: { source: SourceContext }) {
  const { sentence, start, end, paragraph, sentenceStart, article } = source;
  const highlighted = (
    <mark>
      <AnswerInSentence sentence={sentence} start={start} end={end} mark="strong" />
    </mark>
  );
  const inParagraph = paragraph !== null && sentenceStart !== null;
  return (
    <figure className={styles.context} style={{ margin: 0 }}>
      <blockquote style={{ margin: 0 }}>
        {inParagraph ? (
          <>
            {paragraph.slice(0, sentenceStart)}
            {highlighted}
            {paragraph.slice(sentenceStart + sentence.length)}
          </>
        ) : (
          highlighted
        )}
      </blockquote>
      {article && (
        <figcaption className={styles.contextSource}>
          From <Link href={`/articles/${article.slug}`}>{article.title}</Link>
        </figcaption>
      )}
    </figure>
  );
}
