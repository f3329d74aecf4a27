import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageUser } from "@/lib/auth/page";
import { SessionEnded } from "@/components/SessionEnded";
import { getAttemptView } from "@/lib/app/quiz";
import { QuizRunner } from "@/components/quiz/QuizRunner";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Quiz" };

type Props = { params: Promise<{ id: string }> };

/** The quiz itself; a reload resumes at the first unanswered question, in the stored order. */
export default async function QuizPage({ params }: Props) {
  const { id } = await params;
  const user = await pageUser();
  // Nobody signed in: a quiz belongs to someone, so whoever holds its link last had a session (an
  // answer that met the ended session has already cleared its cookie). Say so, with a way back.
  if (!user) {
    return (
      <div className="narrow">
        <h1>Quiz</h1>
        <SessionEnded next={`/quiz/${id}`} saved="Your answers so far are saved; sign in as the same person to pick up where you left off." />
      </div>
    );
  }
  const view = user ? await getAttemptView(user, id) : null;
  if (!view) notFound();
  return <QuizRunner key={view.id} initial={view} />;
}
