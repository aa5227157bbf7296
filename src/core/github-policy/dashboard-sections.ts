/**
 * Marked parts of the dashboard issue's body. `klacht meldingen` writes the body; other commands
 * (`klacht instellingen --overzicht`) own a part between two hidden markers. Each writer replaces
 * only its own part and carries the others over, so neither overwrites the other.
 */

function begin(name: string): string {
  return `<!-- klachtenregister:deel=${name}:begin -->`;
}

function end(name: string): string {
  return `<!-- klachtenregister:deel=${name}:einde -->`;
}

const SECTION = /<!-- klachtenregister:deel=([a-z0-9-]+):begin -->[\s\S]*?<!-- klachtenregister:deel=\1:einde -->\n?/g;

/** The marked parts of a body, each whole with its markers, by name, in their order. */
export function sectionsOf(body: string | null | undefined): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of (body ?? '').matchAll(SECTION)) found.set(match[1] as string, match[0]);
  return found;
}

/** A marked part holding `content`. */
export function section(name: string, content: string): string {
  return `${begin(name)}\n${content.trimEnd()}\n${end(name)}\n`;
}

/** `body` with its part `name` replaced by `content`, or with the part added at the end. */
export function withSection(body: string, name: string, content: string): string {
  const part = section(name, content);
  const existing = sectionsOf(body).get(name);
  if (existing !== undefined) return body.replace(existing, () => part);
  return `${body.trimEnd()}\n\n${part}`;
}

/** `fresh` (a body written anew) followed by the marked parts of `previous` that `fresh` lacks. */
export function carrySections(previous: string | null | undefined, fresh: string): string {
  const own = sectionsOf(fresh);
  let body = fresh;
  for (const [name, part] of sectionsOf(previous)) if (!own.has(name)) body = `${body.trimEnd()}\n\n${part.trimEnd()}\n`;
  return body;
}
