"use client";
// Compose, order, describe and publish a question set; a class teacher who is not the owner sees it
// read-only. State and the save call: useSetBuilder; focus after a move or removal: useFocusAfter;
// markup: SetDetailsFields, SetItemList / ReadOnlyItems, QuestionPool.
import { useRouter } from "next/navigation";
import { useRef } from "react";
import type { PoolArticle, SetDetail } from "@/lib/domain/sets";
import { QuestionPool } from "./QuestionPool";
import { SetDetailsFields } from "./SetDetailsFields";
import { ReadOnlyItems, SetItemList } from "./SetItems";
import { useFocusAfter } from "./useFocusAfter";
import { useSetBuilder } from "./useSetBuilder";
import styles from "./Sets.module.css";

export function SetBuilder({ set, pool }: { set: SetDetail; pool: PoolArticle[] }) {
  const router = useRouter();
  const builder = useSetBuilder(set, pool, () => router.refresh());
  const listHeading = useRef<HTMLHeadingElement>(null);
  const focus = useFocusAfter(builder.items, listHeading);

  if (!set.mayEdit) return <ReadOnlyItems items={builder.items} ownerName={set.owner.name} />;

  const { dirty, busy, error, status } = builder;
  return (
    <div className={styles.builder}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void builder.save();
        }}
        aria-labelledby="details-heading"
      >
        <SetDetailsFields
          title={builder.title}
          description={builder.description}
          visibility={builder.visibility}
          onTitle={builder.setTitle}
          onDescription={builder.setDescription}
          onVisibility={builder.setVisibility}
        />

        <section aria-labelledby="items-heading" className="stack">
          <SetItemList
            items={builder.items}
            heading={listHeading}
            focus={focus}
            onMove={(i, delta) => focus.after(builder.move(i, delta))}
            onRemove={(i) => focus.after(builder.remove(i))}
          />
          {error && <p className="alert alert-error" role="alert">{error}</p>}
          <div className={`row ${styles.sticky}`}>
            <button className="btn btn-primary" type="submit" disabled={busy || !dirty}>{busy ? "Saving…" : "Save set"}</button>
            <span className="muted small">{dirty ? "Unsaved changes." : "All changes saved."}</span>
          </div>
          <p role="status" aria-live="polite" className="small muted" style={{ margin: 0 }}>{status}</p>
        </section>
      </form>

      <QuestionPool pool={pool} builder={builder} focus={focus} />
    </div>
  );
}
