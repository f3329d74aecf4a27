// URL slugs for articles: lower-case ASCII kebab-case, stable for a given file name or title.

const MAX_SLUG_LENGTH = 80;

/** Kebab-case slug of any text: "Iraq's U.S. Forces — 2024" → "iraqs-us-forces-2024". */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // accents: "Ça" → "Ca"
    .toLowerCase()
    .replace(/['’.]/g, "") // "iraq's", "U.S." stay one word
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  // Cut at a word boundary so a long title does not end mid-word.
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, "");
}

/** Slug from a file path: its base name without extension ("content/articles/Foo Bar.md" → "foo-bar"). */
export function slugFromPath(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? "";
  return slugify(base.replace(/\.[^.]*$/, ""));
}

/** The article slug: from the file name when there is one, else from the title; never empty. */
export function articleSlug(input: { path?: string; title: string }): string {
  return (input.path ? slugFromPath(input.path) : "") || slugify(input.title) || "article";
}
