import type { Metadata } from "next";
import Link from "next/link";
import { pageUser } from "@/lib/auth/page";
import { findQuizSource } from "@/lib/app/quiz-source";
import { drawableCounts } from "@/lib/quiz";
import { QuizStartForm } from "@/components/quiz/QuizStartForm";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New quiz" };

type Props = { searchParams: Promise<{ article?: string; set?: string; mode?: string }> };

export default async function NewQuizPage({ searchParams }: Props) {
  const { article, set, mode } = await searchParams;
  const user = await pageUser();
  const source =
    typeof article === "string" ? await findQuizSource(user, { articleSlug: article }) : typeof set === "string" ? await findQuizSource(user, { setId: set }) : null;
  if (!source) {
    return (
      <div className="narrow stack">
        <h1>Quiz not found</h1>
        <p className="muted">
          {typeof set === "string" && !user
            ? "Sign in to take this question set."
            : "There is no article or question set here that you can quiz on."}
        </p>
        <p>
          <Link href="/">Choose an article</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow stack">
      <div>
        <p className="small muted" style={{ margin: 0 }}>
          {source.kind === "article" ? "Quiz on the article" : "Quiz on the question set"}
        </p>
        <h1 style={{ marginBottom: "0.2em" }}>{source.title}</h1>
        {source.slug && (
          <p className="small" style={{ margin: 0 }}>
            <Link href={`/articles/${source.slug}`}>Read the article first</Link>
          </p>
        )}
      </div>
      {source.questions.length === 0 ? (
        <p className="alert alert-warn">No approved questions yet — a teacher has to approve some before this can be quizzed.</p>
      ) : (
        <QuizStartForm
          source={source.kind === "article" ? { articleSlug: source.slug! } : { setId: source.setId! }}
          available={drawableCounts(source.questions)}
          initialMode={mode === "TEST" ? "TEST" : "PRACTICE"}
        />
      )}
    </div>
  );
}
