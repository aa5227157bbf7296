/**
 * Line and column of an offset by lookup: one pass over the text records where every line
 * starts, and each place is then a binary search. Searching from the start for every finding was
 * quadratic: 100,000 findings in a file of 1 MB took most of a minute.
 */
import type { Position } from '../core/complaint/finding.js';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** Line and column (UTF-16 units, from 1) of `offset`, as `yaml`'s LineCounter gives them. */
  position(offset: number): Position {
    // The last line start at or before the offset.
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] as number) + 1 };
  }
}
