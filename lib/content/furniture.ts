// Web-page furniture: the text a copy-paste from a news page drags along with the article —
// photo captions and credits, wire-photo file names, share buttons, adverts, newsletter and cookie
// prompts, and "More from …"/"Related" link lists. Rule-based and line-based: each rule describes a
// kind of furniture, not a particular site, so new pages are handled without new code.

const words = (line: string): string[] => line.split(/\s+/).filter(Boolean);
const endsLikeSentence = (line: string): boolean => /[.!?…]["'”’)\]]*$/u.test(line);

/** A wire-photo file name turned into a line: "2024 01 08T193634Z 1 LYNXMPEK070Q3 RTROPTP 4 IRAQ …". */
function isFileId(line: string): boolean {
  if (/^\d{4}[ _-]\d{2}[ _-]\d{2}T\d{4,6}Z\b/.test(line)) return true;
  if (/^[\w.-]+\.(?:jpe?g|png|gif|webp|avif|tiff?)$/i.test(line)) return true;
  if (/^[a-z0-9]+(?:[-_][a-z0-9]+)+[-_](?:scaled|\d{2,4}x\d{2,4})$/i.test(line)) return true; // CMS image slugs
  const tokens = words(line);
  if (tokens.length === 0 || tokens.length > 24 || endsLikeSentence(line)) return false;
  // An opaque upper-case code with letters and digits ("LYNXMPEK070Q3", "RC2ML4ARBVEY") amid shouting.
  const hasCode = tokens.some((t) => t.length >= 8 && /^[A-Z0-9]+$/.test(t) && /\d/.test(t) && /[A-Z]/.test(t));
  const lowerWords = tokens.filter((t) => /^\p{Ll}/u.test(t)).length;
  return hasCode && lowerWords / tokens.length < 0.3;
}

const AGENCIES =
  "REUTERS|Reuters|AFP|EPA(?:-EFE)?|XINHUA|Xinhua|ANADOLU|AP Photo|AP|Getty Images|Shutterstock|Alamy|Bloomberg|PA(?: Media| Wire)?|UPI|TASS|SOPA Images";
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?: (?:\\p{Lu}[\\p{L}'’.-]*|de|da|van|von|al-\\p{L}+)){0,4}";
const CAPTION_LABEL =
  /^(?:file photo|photo|photograph|image|picture|caption|image caption|photo caption|credit|photo credit|image credit|image source|pictured|top image|main image)\s*[:,]/i;
const CREDIT_TAIL = new RegExp(
  "(?:" +
  [
    // REUTERS/John Davison/File Photo — every segment after the agency is a capitalised name, so
    // prose such as "a Reuters/Ipsos poll." is not mistaken for a credit.
    `\\b(?:${AGENCIES})(?:\\s*/\\s*${NAME})+`,
    `\\bvia Getty Images`,
    `\\((?:photos?|photograph|images?|pictures?)(?: by|:| credit:?| courtesy(?: of)?)\\s[^)]{2,80}\\)`, // (Photo by …)
    `\\b(?:Photo|Photograph|Image|Picture)s?(?: by|:| credit:?| courtesy(?: of)?)\\s[^.]{2,60}`,
  ]
    .map((p) => `(?:${p})`)
    .join("|") +
    // The credit must end the line: a caption is the whole line, not a sentence quoting an agency.
    ")\\)?\\.?$",
  "u",
);
const LONE_CREDIT = new RegExp(`^\\(?(?:${AGENCIES}|Associated Press|Agence France-Presse)\\)?$`, "i");

/** A photo caption or credit line ("FILE PHOTO: … REUTERS/John Davison/File Photo"). */
function isCaption(line: string): boolean {
  return CAPTION_LABEL.test(line) || CREDIT_TAIL.test(line) || LONE_CREDIT.test(line);
}

const SHARE_WORDS = new Set(
  (
    "share shares sharing tweet email e-mail mail print facebook twitter x linkedin whatsapp reddit " +
    "pinterest telegram messenger flipboard threads bluesky copy copied link url save saved bookmark " +
    "comment comments on this article story page post via the to pin it gift send with friend"
  ).split(" "),
);
const SHARE_STRONG = new Set(
  "share tweet email e-mail print facebook twitter linkedin whatsapp reddit pinterest telegram copy bookmark pin gift".split(" "),
);

/** A row of share buttons ("Share", "Tweet", "Share on Facebook", "Copy link", "Share | Email | Print"). */
function isShareRow(line: string): boolean {
  const tokens = line
    .toLowerCase()
    .split(/[\s|•·,/]+/)
    .map((t) => t.replace(/[:!.]+$/, ""))
    .filter((t) => t && !/^\(?\d+\)?$/.test(t));
  if (tokens.length === 0 || tokens.length > 12) return false;
  if (!tokens.every((t) => SHARE_WORDS.has(t))) return false;
  return tokens.length === 1 || tokens.some((t) => SHARE_STRONG.has(t));
}

const ADVERT =
  /^(?:advertisement|advertising|advert|ads?|sponsored(?: content| post| links?| stories)?|paid (?:content|post|partnership)|promoted(?: content)?|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|advert|ad))?|continue reading(?: (?:below|the main story|the story))?|scroll (?:down )?to continue(?: with content)?|skip (?:advert|ad|advertisement)|remove ads?)\s*[.:]?$/i;

const SUBSCRIBE =
  /^(?:subscribe\b|sign[ -]?up(?:$|\s+(?:for|to|now|here|today|free|and|with)\b)|get (?:our|the) (?:[\w-]+ ){0,2}newsletter|join (?:our|the) (?:[\w-]+ ){0,2}(?:newsletter|mailing list)|already (?:a )?(?:subscriber|member|registered)|log ?in\b|sign in\b|register (?:now|for free|here)|become a (?:member|subscriber|supporter)|support (?:our|independent|quality) journalism|unlock (?:this|unlimited|full)|start your free trial|create (?:a )?free account)/i;

/** "Subscribe…", newsletter sign-ups, paywall prompts: imperative and short, so prose about subscribers survives. */
function isSubscribePrompt(line: string): boolean {
  const count = words(line).length;
  if (count > 40) return false;
  if (SUBSCRIBE.test(line)) return true;
  return count <= 30 && /\b(?:newsletter|inbox)\b/i.test(line) && /\b(?:sign up|subscribe|subscribing)\b/i.test(line);
}

const COOKIE_BUTTON =
  /^(?:accept(?: all)?(?: cookies)?|reject(?: all)?(?: cookies)?|decline(?: all)?|allow all(?: cookies)?|manage (?:preferences|settings|cookies|options|consent)|cookie (?:settings|preferences|policy)|necessary (?:cookies )?only|got it|i agree|i accept)\s*[!.]?$/i;

/** A cookie banner sentence or one of its buttons. */
function isCookieNotice(line: string): boolean {
  if (COOKIE_BUTTON.test(line)) return true;
  if (words(line).length > 80 || !/\bcookies?\b/i.test(line)) return false;
  // The site speaking to its visitor, not prose about cookie law.
  return /\b(?:we use|(?:this|our) (?:site|website) uses|accept (?:all )?cookies|privacy (?:policy|notice|settings)|manage (?:your )?(?:preferences|settings|cookies)|by (?:continuing|using|clicking)|cookie (?:policy|settings|preferences)|(?:your|browsing) experience)\b/i.test(
    line,
  );
}

const PAGE_CHROME =
  /^(?:\d+\s*min(?:ute)?s?(?: read)?|listen to this article|listen(?: now)?|play video|watch(?: video| now)?|video|gallery|view gallery|(?:image|photo|slide) \d+ of \d+|\d+ of \d+|close|menu|search|skip to (?:main )?content|back to top|front page|home|print this page|comments?|show comments|view comments|leave a comment)\s*$/i;

/** A copyright footer ("© 2023 The Post. All rights reserved."). */
function isCopyright(line: string): boolean {
  return /^(?:©|\(c\)|copyright\b)/i.test(line) && words(line).length <= 20;
}

/** A dateline stamp ("Updated 3 hours ago", "Published Jan. 8, 2024 3:15 p.m. ET"). */
function isTimestamp(line: string): boolean {
  const count = words(line).length;
  if (count > 12 || (count > 6 && endsLikeSentence(line))) return false; // "Published in 1929, the book sold…" is prose
  return /^(?:published|updated|last updated|posted|first published)(?: on| at)?\b[:\s]/i.test(line) && /\d/.test(line);
}

/** A byline on its own line ("By Jane Doe and John Roe, Reuters"). */
function isByline(line: string): boolean {
  if (words(line).length > 10 || endsLikeSentence(line)) return false;
  return /^[Bb]y\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&|de|da|van|von|bin|al-\p{L}+))*(?:\s*[,|–—-]\s*[\p{L}&. ]{1,40})?$/u.test(line);
}

/** A teaser link inline in the text ("Read more: Why Baghdad wants the coalition out"). */
function isInlineTeaser(line: string): boolean {
  return (
    line.length <= 180 &&
    /^(?:read more|read also|also read|read next|related|see also|watch|listen|recommended|more)\s*[:|–—-]\s*\S/i.test(line)
  );
}

const SECTION_HEADER =
  /^(?:more (?:from|on|in|about) [^.!?]{1,40}|more (?:stories|news|articles|headlines|to explore)|related(?: (?:articles?|stories|story|coverage|content|posts?|reading|links|topics|news|video))?|read (?:more|next|also)|also read|recommended(?: (?:for you|stories|reading|articles|videos))?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in|have missed)|(?:most|more) (?:read|popular|viewed|shared|watched)|trending(?: (?:now|stories|articles|topics))?|further reading|see also|top stories|editor'?s picks|popular (?:now|today|stories)|what to read next|(?:latest|recent) (?:news|stories|articles|posts|headlines)|around the web|from (?:our|the) partners?|sponsored stories|in other news|don'?t miss|up next|keep reading)\s*:?$/i;

/** A heading that opens a list of links to other articles ("More from Qonversations", "Related"). */
export function isSectionHeader(line: string): boolean {
  return SECTION_HEADER.test(line.trim().replace(/^#{1,6}\s+/, ""));
}

/** Whether a single line is furniture on its own (independently of its neighbours). */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  if (text === "") return false;
  return (
    isFileId(text) ||
    isCaption(text) ||
    isShareRow(text) ||
    ADVERT.test(text) ||
    isSubscribePrompt(text) ||
    isCookieNotice(text) ||
    PAGE_CHROME.test(text) ||
    isTimestamp(text) ||
    isCopyright(text) ||
    isByline(text) ||
    isInlineTeaser(text)
  );
}

const MIN_PROSE_WORDS = 20;

/** A block of running text (not a teaser headline): long enough and ending like a sentence. */
function isProse(block: string): boolean {
  return words(block).length >= MIN_PROSE_WORDS && endsLikeSentence(block.trim());
}

interface Block {
  /** Line numbers (indexes into the line array) of the block's lines. */
  lines: number[];
  text: string;
}

function blocksOf(lines: string[], from: number): Block[] {
  const blocks: Block[] = [];
  let current: number[] = [];
  const flush = () => {
    if (current.length) blocks.push({ lines: current, text: current.map((k) => lines[k].trim()).join(" ") });
    current = [];
  };
  for (let k = from; k < lines.length; k++) {
    if (lines[k].trim() === "") flush();
    else current.push(k);
  }
  flush();
  return blocks;
}

/**
 * Mark the furniture among the lines of a pasted body (true = furniture). Blank lines are never
 * furniture (they separate paragraphs). A "More from …"/"Related" header normally starts the page
 * tail — link lists, teaser headlines, section labels — so everything from it to the end goes. If
 * substantial prose follows it (at least two real paragraphs carrying a fifth as many words as the
 * prose before it), the header was a box in the middle of the article: then only the header and
 * the non-prose lines right after it go.
 */
export function furnitureMask(lines: string[]): boolean[] {
  const furniture = lines.map((line) => isFurnitureLine(line));
  // Blocks and their prose are measured once, on the lines left after the single-line rules, so
  // that a page full of headers stays linear to process.
  const blocks = blocksOf(lines.map((line, k) => (furniture[k] ? "" : line)), 0);
  const prose = blocks.map((b) => (isProse(b.text) ? words(b.text).length : 0));
  const wordsFrom = new Array<number>(blocks.length + 1).fill(0);
  const proseBlocksFrom = new Array<number>(blocks.length + 1).fill(0);
  for (let i = blocks.length - 1; i >= 0; i--) {
    wordsFrom[i] = wordsFrom[i + 1] + prose[i];
    proseBlocksFrom[i] = proseBlocksFrom[i + 1] + (prose[i] > 0 ? 1 : 0);
  }
  let notBefore = 0; // first block not entirely before the header
  let after = 0; // first block entirely after the header
  for (let h = 0; h < lines.length; h++) {
    if (furniture[h] || !isSectionHeader(lines[h])) continue;
    while (notBefore < blocks.length && blocks[notBefore].lines.at(-1)! < h) notBefore++;
    while (after < blocks.length && blocks[after].lines[0] <= h) after++;
    const proseWordsBefore = wordsFrom[0] - wordsFrom[notBefore];
    const midPageBox = proseBlocksFrom[after] >= 2 && wordsFrom[after] >= 0.2 * proseWordsBefore;
    if (!midPageBox) {
      for (let k = h; k < lines.length; k++) furniture[k] = lines[k].trim() !== "";
      break;
    }
    furniture[h] = true;
    // The box's links often follow the header with no blank line ("Related stories" then three
    // headlines): those lines belong to the box too, up to the first line that reads as a sentence.
    for (let k = h + 1; k < lines.length && lines[k].trim() !== "" && !endsLikeSentence(lines[k].trim()); k++) furniture[k] = true;
    for (let i = after; i < blocks.length && prose[i] === 0; i++) {
      for (const k of blocks[i].lines) furniture[k] = true;
    }
  }
  return furniture;
}

/** The lines of a pasted body without its furniture (blank lines kept). */
export function removeFurnitureLines(lines: string[]): string[] {
  const furniture = furnitureMask(lines);
  return lines.filter((_, k) => !furniture[k]);
}

/** Remove page furniture from a pasted body (text in, text out; line structure kept). */
export function removeFurniture(text: string): string {
  return removeFurnitureLines(text.split("\n")).join("\n");
}
