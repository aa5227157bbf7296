// The floor of the validation benchmark: read every complaint file and split off its
// frontmatter, nothing else. Prints its peak memory (KiB) as JSON. Plain JavaScript, like child.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? '.';
let bytes = 0;
let files = 0;
const walk = (folder) => {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.md')) {
      let text = readFileSync(path, 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const close = text.indexOf('\n---', 3);
      bytes += text.slice(4, close).length + text.slice(close + 4).length;
      files++;
    }
  }
};
walk(join(root, 'complaints'));
process.stdout.write(JSON.stringify({ files, bytes, maxRssKiB: process.resourceUsage().maxRSS }));
