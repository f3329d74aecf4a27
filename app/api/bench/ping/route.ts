// The bare routes the API benchmark compares with: same server, no auth, no database. GET is the
// smallest possible handler; POST also reads a small JSON body, as every write route must.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true });
}

export async function POST(request: Request): Promise<Response> {
  const body: unknown = await request.json();
  return Response.json({ ok: true, received: typeof body });
}
