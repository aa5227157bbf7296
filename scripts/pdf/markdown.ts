/**
 * A complaint's description (Markdown written by people) to HTML that is safe to print: raw HTML
 * in the Markdown is dropped (remark-rehype without allowDangerousHtml), and rehype-sanitize then
 * keeps only plain text markup. No scripts, iframes, objects, forms, styles, event handlers or
 * images of any kind (remote, file: or data:), and links only to http(s) and mailto.
 */
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const REMOVED_TAGS = new Set(['img', 'picture', 'source', 'video', 'audio', 'iframe', 'object', 'embed', 'input', 'svg', 'math', 'style', 'link', 'meta', 'base', 'form']);

const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !REMOVED_TAGS.has(tag)),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: [], cite: ['http', 'https'] },
  // Nothing may carry inline style: no CSS url() can reach the printer.
  attributes: Object.fromEntries(Object.entries(defaultSchema.attributes ?? {}).map(([tag, attributes]) => [tag, attributes.filter((a) => (Array.isArray(a) ? a[0] : a) !== 'style')])),
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'noscript'],
};

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, SCHEMA).use(rehypeStringify);

/** Markdown to sanitised HTML. */
export function markdownToSafeHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}
