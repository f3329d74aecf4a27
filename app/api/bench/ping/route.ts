// The bare route the API benchmark compares answer submission with: same server, no auth, no database.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true });
}
