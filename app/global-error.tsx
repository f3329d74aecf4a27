"use client";
// The root layout itself failed (it reads the session, so a database outage lands here): this
// replaces the whole document, so it brings its own <html>, <body> and styles.
import { ErrorNotice } from "@/components/ErrorNotice";
import "./globals.css";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <title>Factdeck is briefly unavailable</title>
        <main id="main">
          <ErrorNotice error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
