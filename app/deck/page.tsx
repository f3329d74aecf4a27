import type { Metadata } from "next";
import Link from "next/link";
import { DeckBrowser } from "@/components/deck/DeckBrowser";
import { pageUser } from "@/lib/auth/page";
import { cardListQuery } from "@/lib/api/schemas/deck";
import { deckSources, listCards } from "@/lib/app/card-browser";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your deck" };

export default async function DeckPage() {
  const user = await pageUser();
  if (!user) {
    return (
      <div className="narrow stack">
        <h1>Your deck</h1>
        <p>
          The deck lists your flashcards. <Link href="/sign-in?next=/deck">Sign in</Link>, or add an article’s questions to your flashcards as a guest from
          its page.
        </p>
      </div>
    );
  }
  // The server already knows the first page and the menus: render them, no fetch on arrival.
  const [first, sources] = await Promise.all([listCards(user, cardListQuery.parse({}), new Date()), deckSources(user)]);
  const initial = first.kind === "ok" ? first.page : { cards: [], nextCursor: null };
  return (
    <div className="stack" style={{ gap: "0.8rem" }}>
      <h1 style={{ margin: 0 }}>Your deck</h1>
      <DeckBrowser initial={initial} sources={sources} />
    </div>
  );
}
