"use client";
// The set builder's state and its one call: the details, the ordered items, the pool's article and
// type filter, adding (one item per fact, "add anyway?" for a sibling), moving, removing, saving.
// DOM-free: where focus goes after a change is the view's business (useFocusAfter).
import { useEffect, useMemo, useState } from "react";
import { setRoutes } from "@/lib/api/schemas/sets";
import { ApiProblem, call } from "@/lib/client/api";
import type { PoolArticle, PoolQuestion, SetDetail, SetItemView, Visibility } from "@/lib/domain/sets";

export type SetItem = Pick<SetItemView, "questionId" | "type" | "prompt" | "answer" | "score" | "status" | "article">;

const UPDATE_SET = setRoutes["PATCH /api/sets/{id}"];

/** A pool question as an item of the set (the pool holds only approved questions). */
export const asItem = (q: PoolQuestion, article: Pick<PoolArticle, "slug" | "title">): SetItem => ({
  questionId: q.id, type: q.type, prompt: q.prompt, answer: q.answer, score: q.score, status: "APPROVED", article: { slug: article.slug, title: article.title },
});

/** The shown questions "add all" takes: those not in the set, one per fact (a sibling of one in, or taken now, is skipped). */
export function onePerFact(shown: PoolQuestion[], inSet: ReadonlySet<string>): { fresh: PoolQuestion[]; siblings: number } {
  const taken = new Set(inSet);
  const fresh: PoolQuestion[] = [];
  let siblings = 0;
  for (const q of shown) {
    if (taken.has(q.id)) continue;
    if (q.siblingIds.some((id) => taken.has(id))) {
      siblings++;
      continue;
    }
    taken.add(q.id);
    fresh.push(q);
  }
  return { fresh, siblings };
}

const idsOf = (items: SetItem[]) => items.map((i) => i.questionId).join(",");
const savedOf = (s: Pick<SetDetail, "title" | "description" | "visibility" | "items">) => ({ title: s.title, description: s.description, visibility: s.visibility, ids: idsOf(s.items) });

/** Leaving with unsaved changes loses them: the browser asks first. */
export function useLeaveWarning(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
}

/** `onSaved` asks the server for fresh props (the page's header shows the title and count). */
export function useSetBuilder(set: SetDetail, pool: PoolArticle[], onSaved: () => void) {
  const [title, setTitle] = useState(set.title);
  const [description, setDescription] = useState(set.description);
  const [visibility, setVisibility] = useState<Visibility>(set.visibility);
  const [items, setItems] = useState<SetItem[]>(set.items);
  const [saved, setSaved] = useState(() => savedOf(set));
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [articleSlug, setArticleSlug] = useState(set.items[0]?.article.slug ?? pool[0]?.slug ?? "");
  const [typeFilter, setTypeFilter] = useState("");
  // The pool question whose sibling is already in the set: "add anyway?" is asked before it goes in.
  const [confirming, setConfirming] = useState<string | null>(null);

  const dirty = title !== saved.title || description !== saved.description || visibility !== saved.visibility || idsOf(items) !== saved.ids;
  useLeaveWarning(dirty);
  const inSet = useMemo(() => new Set(items.map((i) => i.questionId)), [items]);
  const article = pool.find((a) => a.slug === articleSlug);
  const shown = (article?.questions ?? []).filter((q) => !typeFilter || q.type === typeFilter);
  /** The set's question that asks the same fact as q (one item per fact), if any. */
  const siblingInSet = (q: PoolQuestion): SetItem | undefined => items.find((i) => q.siblingIds.includes(i.questionId));

  /** Moves an item one place; returns the focus key of the button to land on (the other arrow at an edge). */
  function move(index: number, delta: -1 | 1): string | null {
    const to = index + delta;
    if (to < 0 || to >= items.length) return null;
    const next = items.slice();
    const [moved] = next.splice(index, 1);
    next.splice(to, 0, moved);
    setItems(next);
    setStatus(`Moved to position ${to + 1} of ${next.length}.`);
    const atEdge = to === 0 || to === next.length - 1;
    return `${moved.questionId}:${atEdge ? (delta < 0 ? "down" : "up") : delta < 0 ? "up" : "down"}`;
  }

  /** Removes an item; returns the focus key of its neighbour's remove button ("heading" when none is left). */
  function remove(index: number): string {
    const next = items.filter((_, i) => i !== index);
    setItems(next);
    setStatus("Removed from the set (not saved yet).");
    const neighbour = next[index] ?? next[index - 1];
    return neighbour ? `${neighbour.questionId}:remove` : "heading";
  }

  /** Adds q, unless it asks the same fact as a question in the set: then it asks first (force = "add anyway"). */
  function add(q: PoolQuestion, force = false) {
    if (!article || inSet.has(q.id)) return;
    if (!force && siblingInSet(q)) {
      setConfirming(q.id);
      return;
    }
    setConfirming(null);
    setItems([...items, asItem(q, article)]);
    setStatus(`Added as question ${items.length + 1}.`);
  }

  function cancelAdd() {
    setConfirming(null);
    setStatus("Not added.");
  }

  function addAll() {
    if (!article) return;
    const { fresh, siblings } = onePerFact(shown, inSet);
    setConfirming(null);
    setItems([...items, ...fresh.map((q) => asItem(q, article))]);
    setStatus(
      `Added ${fresh.length} question${fresh.length === 1 ? "" : "s"}.` +
        (siblings ? ` Skipped ${siblings} that ask${siblings === 1 ? "s" : ""} the same fact as a question in the set (one item per fact); add one by itself if you want it anyway.` : ""),
    );
  }

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const updated = await call(UPDATE_SET, {
        params: { id: set.id },
        json: { title, description, visibility, questionIds: items.map((i) => i.questionId) },
      });
      setItems(updated.items);
      setSaved(savedOf(updated));
      setTitle(updated.title);
      setDescription(updated.description);
      setStatus("Saved.");
      onSaved();
    } catch (err) {
      const fields = err instanceof ApiProblem ? err.errors : undefined;
      setError(`${(err as Error).message}${fields?.length ? ` ${fields.map((f) => `${f.field}: ${f.message}`).join("; ")}` : ""}`);
    } finally {
      setBusy(false);
    }
  }

  return {
    title, setTitle, description, setDescription, visibility, setVisibility,
    items, status, error, busy, dirty,
    articleSlug, setArticleSlug, typeFilter, setTypeFilter, article, shown, inSet, siblingInSet, confirming,
    move, remove, add, cancelAdd, addAll, save,
  };
}

export type SetBuilderState = ReturnType<typeof useSetBuilder>;
