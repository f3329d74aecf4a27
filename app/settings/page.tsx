import type { Metadata } from "next";
import Link from "next/link";
import { OptimizePanel } from "@/components/settings/OptimizePanel";
import { StudySettingsForm } from "@/components/settings/StudySettingsForm";
import { pageUser } from "@/lib/auth/page";
import { studySettingsView } from "@/lib/app/study-settings";
import { settingsFormValues } from "@/lib/domain/study-settings";
import { MIN_REVIEWS_FOR_FIT } from "@/lib/srs/fit";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Study settings" };

export default async function SettingsPage() {
  const user = await pageUser();
  const view = user ? await studySettingsView(user.id) : null;
  if (!view) {
    return (
      <div className="narrow stack">
        <h1>Study settings</h1>
        <p>Settings belong to a learner. <Link href="/sign-in?next=/settings">Sign in</Link>, or start reviewing as a guest from any article.</p>
      </div>
    );
  }
  return (
    <div className="narrow stack">
      <h1>Study settings</h1>
      <StudySettingsForm initial={settingsFormValues(view)} />
      <OptimizePanel inUse={view.parameters ? "fitted" : "default"} fittedAt={view.parametersFittedAt} minReviews={MIN_REVIEWS_FOR_FIT} lastMessage={view.fitReport?.message ?? null} />
    </div>
  );
}
