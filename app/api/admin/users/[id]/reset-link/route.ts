import { handler } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { json } from "@/lib/api/request";
import { foundationRoutes } from "@/lib/api/schemas/foundation";
import { issueResetLink } from "@/lib/app/accounts";

export const POST = handler<{ id: string }, "admin">(
  { auth: "admin", denied: "Only an admin can issue reset links.", spec: foundationRoutes["POST /api/admin/users/{id}/reset-link"] },
  async (_request, { user, params }) => {
    const link = await issueResetLink(user, params.id);
    if (!link) throw notFound("user");
    return json({ url: link.url, expiresAt: link.expiresAt.toISOString() });
  },
);
