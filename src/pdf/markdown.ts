/**
 * A complaint's description (Markdown written by people) to HTML that is safe to print: raw HTML
 * in the Markdown is dropped (remark-rehype without allowDangerousHtml), and rehype-sanitize then
 * keeps only plain text markup. No scripts, iframes, objects, forms, styles, event handlers or
 * images of any kind (remote, file: or data:), and no links: on paper a link is its text, and an
 * e-mail address or web address someone typed stays the text they typed. A single line break is a
 * line break, as the writer saw it in the editor (text from a form or a step arrives escaped by
 * core/plain-text.ts, so it prints exactly as typed).
 */
import type { Break, Parent, Root, Text } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const REMOVED_TAGS = new Set(['a', 'img', 'picture', 'source', 'video', 'audio', 'iframe', 'object', 'embed', 'input', 'svg', 'math', 'style', 'link', 'meta', 'base', 'form']);

const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !REMOVED_TAGS.has(tag)),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: [], cite: ['http', 'https'] },
  // Nothing may carry inline style: no CSS url() can reach the printer.
  attributes: Object.fromEntries(Object.entries(defaultSchema.attributes ?? {}).map(([tag, attributes]) => [tag, attributes.filter((a) => (Array.isArray(a) ? a[0] : a) !== 'style')])),
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'noscript'],
};

/** Every line break inside a paragraph's text becomes a hard break (what remark-breaks does). */
function keepLineBreaks(node: Root | Parent): void {
  node.children = node.children.flatMap((child) => {
    if (child.type === 'text' && child.value.includes('\n')) {
      return child.value.split('\n').flatMap((value, i): (Text | Break)[] => [...(i > 0 ? [{ type: 'break' } as Break] : []), ...(value === '' ? [] : [{ type: 'text', value } as Text])]);
    }
    if ('children' in child) keepLineBreaks(child);
    return [child];
  }) as typeof node.children;
}

const processor = unified().use(remarkParse).use(remarkGfm).use(() => keepLineBreaks).use(remarkRehype).use(rehypeSanitize, SCHEMA).use(rehypeStringify);

/** Markdown to sanitised HTML. */
export function markdownToSafeHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}
