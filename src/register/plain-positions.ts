/**
 * Places of fields in frontmatter that the plain subset reader can read, without loading `yaml`.
 * A file in which validation finds only a warning (a late extension, a missing signature) would
 * otherwise load and run `yaml` just to say on which line the field stands.
 *
 * The places are `yaml`'s own: the start of a key, the start of a value as `yaml`'s source range
 * has it (the quote, the `[`, the `|`, the first key of a nested mapping, the comment or the line
 * end for an empty value), walked along a path as yaml-frontmatter.ts's DocumentLocator walks it.
 * Where this is not certain it answers undefined, and the caller asks `yaml`. The differential
 * tests in test/register/plain-positions.test.ts hold it to DocumentLocator for every path.
 */
import { FILE_START, type Position } from '../core/complaint/finding.js';
import type { FieldPath } from '../core/complaint/issue.js';
import { LineIndex } from './line-index.js';
import { parsePlainYaml } from './plain-yaml.js';

interface Mark { readonly key: number; readonly value: number }

/** Finds a field's place, or undefined when only `yaml` can say. */
export interface PlainLocator {
  locate(path: FieldPath, target: 'key' | 'value'): Position | undefined;
}

/** A locator for `matter`, or undefined when the plain reader does not read it. */
export function plainLocator(matter: string): PlainLocator | undefined {
  const marks = new Map<object, Map<string | number, Mark>>();
  const data = parsePlainYaml(matter, {
    mark(container, key, keyOffset, valueOffset) {
      let inContainer = marks.get(container);
      if (!inContainer) marks.set(container, (inContainer = new Map()));
      inContainer.set(key, { key: keyOffset, value: valueOffset });
    },
  });
  return data && new MarkedLocator(matter, data, marks);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class MarkedLocator implements PlainLocator {
  private lines: LineIndex | undefined;

  constructor(
    private readonly src: string,
    private readonly root: Record<string, unknown>,
    private readonly marks: ReadonlyMap<object, ReadonlyMap<string | number, Mark>>,
  ) {}

  locate(path: FieldPath, target: 'key' | 'value'): Position | undefined {
    // The whole frontmatter's place is never asked for a finding; left to `yaml`.
    if (path.length === 0) return undefined;
    let node: unknown = this.root;
    let valueOffset = 0;
    // As in DocumentLocator: the deepest key (or list item) found so far, where a missing field is reported.
    let fallback: Position = FILE_START;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      if (isRecord(node)) {
        const key = String(segment);
        if (!Object.hasOwn(node, key)) return fallback;
        const mark = this.marks.get(node)?.get(key);
        if (!mark) return undefined;
        const keyPosition = this.at(mark.key);
        if (i === path.length - 1 && target === 'key') return keyPosition;
        fallback = keyPosition;
        node = node[key];
        valueOffset = mark.value;
      } else if (Array.isArray(node) && typeof segment === 'number') {
        if (!Object.hasOwn(node, segment)) return fallback;
        const mark = this.marks.get(node)?.get(segment);
        if (!mark) return undefined;
        fallback = this.at(mark.value);
        node = node[segment] as unknown;
        valueOffset = mark.value;
      } else {
        return fallback;
      }
    }
    return this.at(valueOffset);
  }

  /** Line and column of an offset; the index of line starts is built on the first call. */
  private at(offset: number): Position {
    this.lines ??= new LineIndex(this.src);
    return this.lines.position(offset);
  }
}
