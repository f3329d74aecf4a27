import path from "node:path";

/** `file:./data/x.db` → an absolute path (relative paths are taken from the working directory). */
export function sqliteFilePath(url: string): string {
  const raw = url.replace(/^file:/, "").split("?")[0];
  return path.isAbsolute(raw) ? raw : path.resolve(/*turbopackIgnore: true*/ process.cwd(), raw);
}

/** Splits a PostgreSQL URL into the server URL and the database name. */
export function postgresParts(url: string): { database: string; serverUrl: (db: string) => string } {
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres";
  return {
    database,
    serverUrl: (db: string) => {
      const copy = new URL(url);
      copy.pathname = `/${encodeURIComponent(db)}`;
      return copy.toString();
    },
  };
}
