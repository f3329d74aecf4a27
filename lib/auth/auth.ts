// better-auth, configured for Factdeck: email + password, roles (admin plugin), guests
// (anonymous plugin), sessions in our database through the Prisma adapter.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin, anonymous } from "better-auth/plugins";
import { adminEmail, databaseKind } from "../config.ts";
import { getDb } from "../db/client.ts";
import { countRealUsers, moveGuestData } from "../db/users.ts";
import { firstRole } from "../domain/user.ts";
import { mailEnabled, queueResetMail } from "./mail.ts";
import { baseUrl, trustedOrigins } from "./origins.ts";
import { clearSignInFailures } from "./rate-limit.ts";
import { RESET_LINK_SECONDS, resetPageUrl } from "./reset-link.ts";
import { authSecret } from "./secret.ts";

function createAuth() {
  return betterAuth({
    appName: "Factdeck",
    baseURL: baseUrl(),
    secret: authSecret(),
    trustedOrigins: trustedOrigins(),
    database: prismaAdapter(getDb(), { provider: databaseKind() === "postgresql" ? "postgresql" : "sqlite" }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      // Sign-up never signs in by itself: better-auth then answers a taken email exactly like a new
      // one (hashing the password too), and lib/auth/auth-routes.ts signs a genuinely new account in.
      autoSignIn: false,
      resetPasswordTokenExpiresIn: RESET_LINK_SECONDS,
      revokeSessionsOnPasswordReset: true,
      // Only reached when FACTDECK_SMTP_URL is set: the route refuses forgot-password otherwise.
      sendResetPassword: async ({ user, token }) => {
        if (mailEnabled()) queueResetMail(user.email, resetPageUrl(token), baseUrl());
      },
      onPasswordReset: async ({ user }) => clearSignInFailures(user.email),
    },
    telemetry: { enabled: false },
    // Our own limiter (lib/auth/rate-limit.ts) is keyed on the account and stored in the database;
    // the built-in one trusts X-Forwarded-For and lives in memory.
    rateLimit: { enabled: false },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    user: {
      additionalFields: {
        timeZone: { type: "string", required: false, defaultValue: "UTC", input: false },
        dayStartHour: { type: "number", required: false, defaultValue: 4, input: false },
      },
    },
    databaseHooks: {
      user: {
        create: {
          before: async (user) => {
            const anonymousUser = Boolean((user as { isAnonymous?: boolean }).isAnonymous);
            return { data: { ...user, role: await firstRole({ email: user.email, isAnonymous: anonymousUser, adminEmail: adminEmail() }, countRealUsers) } };
          },
        },
      },
    },
    plugins: [
      admin({ defaultRole: "learner", adminRoles: ["admin"] }),
      anonymous({
        onLinkAccount: async ({ anonymousUser, newUser }) => {
          await moveGuestData(anonymousUser.user.id, newUser.user.id);
        },
      }),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const cache = globalThis as unknown as { factdeckAuth?: Auth };

/** Created on first use, so importing this module (e.g. during `next build`) touches nothing. */
export function getAuth(): Auth {
  cache.factdeckAuth ??= createAuth();
  return cache.factdeckAuth;
}
