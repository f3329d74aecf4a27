// Calls route handlers directly with real Request objects, keeping cookies like a browser would.
export const ORIGIN = "http://localhost:3000";

// Route handlers type their own params ({ id }, { slug }…); any params object is fine here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (request: Request, ctx: { params: Promise<any> }) => Promise<Response>;

export interface CallOptions {
  method?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  params?: Record<string, string>;
  cookie?: string;
  origin?: string | null;
}

export async function call(handler: Handler, url: string, opts: CallOptions = {}): Promise<Response> {
  const method = opts.method ?? (opts.body !== undefined || opts.rawBody !== undefined ? "POST" : "GET");
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.cookie) headers.cookie = opts.cookie;
  if (method !== "GET" && opts.origin !== null) headers.origin = opts.origin ?? ORIGIN;
  let body: string | undefined;
  if (opts.rawBody !== undefined) body = opts.rawBody;
  else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers["content-type"] ??= "application/json";
  }
  const request = new Request(new URL(url, ORIGIN), { method, headers, body });
  return handler(request, { params: Promise.resolve(opts.params ?? {}) });
}

/** The cookie header a browser would send back after this response. */
export function cookieFrom(response: Response, previous = ""): string {
  const jar = new Map<string, string>();
  for (const part of previous.split(/;\s*/).filter(Boolean)) {
    const [k, ...v] = part.split("=");
    jar.set(k, v.join("="));
  }
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const [k, ...v] = pair.split("=");
    if (/max-age=0/i.test(line) || v.join("=") === "") jar.delete(k.trim());
    else jar.set(k.trim(), v.join("="));
  }
  return [...jar.entries()].map(([k, v]) => `${k}=${v}`).join("; ");
}

export const auth = async () => (await import("@/app/api/auth/[...all]/route")) as unknown as { GET: Handler; POST: Handler };

export async function signUp(email: string, password = "correct horse 1", name = "Test User", cookie = ""): Promise<string> {
  const { POST } = await auth();
  const res = await call(POST, "/api/auth/sign-up/email", { body: { email, password, name }, cookie });
  if (!res.ok) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  return cookieFrom(res, cookie);
}

export async function signIn(email: string, password = "correct horse 1"): Promise<string> {
  const { POST } = await auth();
  const res = await call(POST, "/api/auth/sign-in/email", { body: { email, password } });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return cookieFrom(res);
}

export async function guest(): Promise<string> {
  const { POST } = await auth();
  const res = await call(POST, "/api/auth/sign-in/anonymous", { body: {} });
  if (!res.ok) throw new Error(`guest sign-in failed: ${res.status} ${await res.text()}`);
  return cookieFrom(res);
}
