import type { ArticleOutline } from "@/lib/domain/types";
import { articleBlocks } from "@/lib/domain/outline";

/** An article's text as its file laid it out: paragraphs, the file's headings and its lists. */
export function ArticleBody({ paragraphs, outline }: { paragraphs: string[]; outline?: ArticleOutline }) {
  return (
    <div className="reader">
      {articleBlocks(paragraphs, outline).map((block, i) =>
        block.kind === "heading" ? (
          // The title is the page's h1: the file's own headings sit below it, "#" and "##" alike.
          block.level <= 2 ? <h2 key={i}>{block.text}</h2> : <h3 key={i}>{block.text}</h3>
        ) : block.kind === "list" ? (
          <ul key={i}>
            {block.items.map((item, k) => (
              <li key={k}>{item}</li>
            ))}
          </ul>
        ) : (
          <p key={i}>{block.text}</p>
        ),
      )}
    </div>
  );
}
