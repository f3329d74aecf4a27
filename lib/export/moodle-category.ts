// Category path for Moodle imports (GIFT `$CATEGORY:` and Moodle XML category questions).

/**
 * `$course$/Factdeck/<title>`. Moodle splits category paths on "/", and reads "//" as a literal
 * slash, so slashes in the title are doubled; line breaks would end the GIFT category line.
 */
export function moodleCategoryPath(title: string): string {
  const name = title.replace(/\s+/g, " ").trim().replace(/\//g, "//") || "Untitled set";
  return `$course$/Factdeck/${name}`;
}
