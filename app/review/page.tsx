import type { Metadata } from "next";
import { ReviewSession } from "@/components/review/ReviewSession";
import { pageUser } from "@/lib/auth/page";
import { reviewPageQueue } from "@/lib/app/review-queue";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const user = await pageUser();
  // The server already knows today's queue: render it, no client-side fetch on arrival.
  const queue = user ? await reviewPageQueue(user, new Date()) : null;
  return (
    <div className="narrow">
      <h1>Today’s review</h1>
      <ReviewSession initial={queue} detectTimeZone={user?.timeZone === "UTC"} />
    </div>
  );
}
