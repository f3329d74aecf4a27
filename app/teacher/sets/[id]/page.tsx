import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageUser } from "@/lib/auth/page";
import { canTeach } from "@/lib/domain/permissions";
import { getSet, questionPool } from "@/lib/app/sets";
import { listClasses } from "@/lib/app/classes";
import { AssignPanel } from "@/components/sets/AssignPanel";
import { DeleteSetButton } from "@/components/sets/DeleteSetButton";
import { ExportPanel } from "@/components/sets/ExportPanel";
import { SetBuilder } from "@/components/sets/SetBuilder";
import { TeachersOnly } from "@/components/sets/TeachersOnly";
import styles from "@/components/sets/Sets.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await pageUser();
  const set = user ? await getSet(user, (await params).id) : null;
  return { title: set?.title ?? "Question set" };
}

export default async function SetPage({ params }: Props) {
  const user = await pageUser();
  if (!user || !canTeach(user)) return <TeachersOnly title="Question set" next="/teacher/sets" signedIn={Boolean(user && !user.isAnonymous)} />;
  const { id } = await params;
  const set = await getSet(user, id);
  if (!set) notFound();
  const [pool, classes] = await Promise.all([set.mayEdit ? questionPool(user) : Promise.resolve([]), listClasses(user)]);
  const approved = set.items.filter((i) => i.status === "APPROVED").length;
  return (
    <>
      <p className="small"><Link href="/teacher/sets">← All sets</Link></p>
      <div className={styles.head}>
        <div>
          <h1>{set.title}</h1>
          <p className="muted small" style={{ margin: 0 }}>
            {set.questionCount} question{set.questionCount === 1 ? "" : "s"} · <span className="tag">{set.visibility.toLowerCase()}</span> · slug <code>{set.slug}</code>
          </p>
        </div>
        {set.mayEdit && (
          <div className="row">
            {set.visibility !== "PRIVATE" && approved > 0 && <Link className="btn btn-small" href={`/quiz/new?set=${set.id}`}>Try as a quiz</Link>}
            <DeleteSetButton setId={set.id} title={set.title} />
          </div>
        )}
      </div>
      <div className="stack">
        <SetBuilder key={set.updatedAt} set={set} pool={pool} />
        <div className={styles.builder}>
          <ExportPanel setId={set.id} disabledReason={approved === 0 ? "Add approved questions and save the set before exporting." : undefined} />
          {set.mayEdit && <AssignPanel setId={set.id} classes={classes.teaching} assigned={set.classes} timeZone={user.timeZone} questionTotal={set.items.length} />}
        </div>
      </div>
    </>
  );
}
