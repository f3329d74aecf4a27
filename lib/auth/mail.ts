// Outgoing mail, off unless FACTDECK_SMTP_URL is set (smtp://user:pass@host:587, smtps://… for TLS).
// Only password-reset links are sent. nodemailer is loaded on demand: most installs never mail.
import type { Transporter } from "nodemailer";

export function mailEnabled(): boolean {
  return Boolean(process.env.FACTDECK_SMTP_URL?.trim());
}

/** FACTDECK_MAIL_FROM, default "Factdeck <no-reply@<host of BETTER_AUTH_URL>>". */
function sender(base: string): string {
  return process.env.FACTDECK_MAIL_FROM?.trim() || `Factdeck <no-reply@${new URL(base).hostname}>`;
}

// On globalThis so tests (and every bundled copy of this module) share one transport.
const slot = globalThis as unknown as { factdeckMailTransport?: Transporter; factdeckMailQueue?: Promise<void> };

async function transport(): Promise<Transporter> {
  if (!slot.factdeckMailTransport) {
    const nodemailer = await import("nodemailer");
    slot.factdeckMailTransport = nodemailer.createTransport(process.env.FACTDECK_SMTP_URL!.trim());
  }
  return slot.factdeckMailTransport;
}

export async function sendResetMail(to: string, url: string, base: string): Promise<void> {
  await (await transport()).sendMail({
    from: sender(base),
    to,
    subject: "Reset your Factdeck password",
    text: `Someone (we hope you) asked to reset the password of your Factdeck account.\n\nOpen this link within an hour to choose a new one; it works once:\n${url}\n\nIf you did not ask, ignore this message: your password stays as it is.\n`,
  });
}

/** Sends without making the request wait: how long an SMTP server takes must not tell a caller
 * whether the address has an account. Failures are logged, never shown. */
export function queueResetMail(to: string, url: string, base: string): void {
  const sending = sendResetMail(to, url, base).catch((error: unknown) => {
    console.error(JSON.stringify({ level: "error", msg: "reset mail not sent", error: String(error) }));
  });
  slot.factdeckMailQueue = Promise.all([slot.factdeckMailQueue, sending]).then(() => undefined);
}

/** Resolves once every queued mail has been handed to the transport (tests, shutdown). */
export async function mailQueueDrained(): Promise<void> {
  await slot.factdeckMailQueue;
}
