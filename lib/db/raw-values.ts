// Values of rows read by queryRows (lib/db/client.ts), as the drivers give them: SQLite dates as
// ISO text and booleans as 0/1; PostgreSQL dates as text or Date, 64-bit integers as text.
export const toDate = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));
export const toDateOrNull = (v: unknown): Date | null => (v === null || v === undefined ? null : toDate(v));
export const toBool = (v: unknown): boolean => v === true || v === 1 || v === 1n || v === "1" || v === "true" || v === "t";
export const toNumber = (v: unknown): number => (typeof v === "number" ? v : Number(v));
