"use client";
// What a page shows when rendering it failed. A database outage is the common, temporary case: the
// health route tells it apart, and the page retries by itself once the database is back.
import { useEffect, useState } from "react";
import { call } from "@/lib/client/api";
import { foundationRoutes } from "@/lib/api/schemas/foundation";

const POLL_MS = 5000;

export function ErrorNotice({ error, retry }: { error: unknown; retry: () => void }) {
  const [state, setState] = useState<"checking" | "database" | "other">("checking");
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async (wasDown: boolean) => {
      try {
        await call(foundationRoutes["GET /api/health"], { cache: "no-store" });
        if (stopped) return;
        if (wasDown) retry();
        else setState("other");
      } catch {
        if (stopped) return;
        setState("database");
        timer = setTimeout(() => check(true), POLL_MS);
      }
    };
    check(false);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [retry]);

  return (
    <div className="narrow" role="alert">
      {state === "database" ? (
        <>
          <h1>Factdeck is briefly unavailable</h1>
          <p>We cannot reach the database right now. Nothing you did caused this, and nothing was lost.</p>
          <p>This page will try again by itself as soon as the database is back.</p>
        </>
      ) : (
        <>
          <h1>Something went wrong</h1>
          <p>This page could not be shown. The problem has been logged{digest ? ` (reference ${digest})` : ""}.</p>
        </>
      )}
      <button type="button" className="btn btn-primary" onClick={() => retry()}>
        Try again
      </button>
    </div>
  );
}
