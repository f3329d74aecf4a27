import type { Metadata, Viewport } from "next";
import { SiteHeader } from "@/components/SiteHeader";
import { pageUser } from "@/lib/auth/page";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Factdeck — learn from what you read", template: "%s · Factdeck" },
  description: "Turn articles into quizzes and spaced-repetition flashcards.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#141517" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await pageUser();
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">Skip to content</a>
        <SiteHeader user={user} />
        <main id="main">{children}</main>
        <footer className="site-footer">Factdeck — questions generated from the articles you read. Works offline.</footer>
      </body>
    </html>
  );
}
