import type { Metadata } from "next";
import { ReviewSession } from "@/components/review/ReviewSession";
import { SessionEnded } from "@/components/SessionEnded";
import { pageHadSession, pageUser } from "@/lib/auth/page";
import { reviewPageQueue } from "@/lib/app/review-queue";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const user = await pageUser();
  // The server already knows today's queue: render it, no client-side fetch on arrival.
  const queue = user ? await reviewPageQueue(user, new Date()) : null;
  const ended = !user && (await pageHadSession());
  return (
    <div className="narrow">
      <h1>Today’s review</h1>
      {ended ? (
        <SessionEnded next="/review" saved="Your flashcards are kept with your account." />
      ) : (
        <ReviewSession initial={queue} detectTimeZone={user?.timeZone === "UTC"} />
      )}
    </div>
  );
}
