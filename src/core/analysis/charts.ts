/**
 * Bar charts as SVG text, made in Node: no JavaScript anywhere, the same picture in the Markdown
 * (as a file next to it) and in the PDF (inline). Labels are escaped.
 */

export interface Bar {
  readonly label: string;
  readonly value: number;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Vertical bars (months and the like), with the value above each bar. */
export function columnChart(title: string, bars: readonly Bar[], width = 560, height = 200): string {
  const top = 30;
  const bottom = 24;
  const left = 10;
  const plot = height - top - bottom;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = (width - 2 * left) / Math.max(1, bars.length);
  const barWidth = step * 0.62;
  const parts = bars.map((bar, i) => {
    const h = Math.round((bar.value / max) * plot);
    const x = left + i * step + (step - barWidth) / 2;
    const y = top + plot - h;
    return [
      `<rect x="${x.toFixed(1)}" y="${y}" width="${barWidth.toFixed(1)}" height="${h}" fill="#2f5d62"/>`,
      `<text x="${(x + barWidth / 2).toFixed(1)}" y="${y - 4}" text-anchor="middle" font-size="11">${bar.value}</text>`,
      `<text x="${(x + barWidth / 2).toFixed(1)}" y="${height - 8}" text-anchor="middle" font-size="11">${escapeXml(bar.label)}</text>`,
    ].join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans, sans-serif" role="img" aria-label="${escapeXml(title)}">`
    + `<title>${escapeXml(title)}</title><text x="${left}" y="16" font-size="13" font-weight="700" fill="#2f5d62">${escapeXml(title)}</text>`
    + `<line x1="${left}" y1="${top + plot}" x2="${width - left}" y2="${top + plot}" stroke="#999" stroke-width="1"/>${parts.join('')}</svg>\n`;
}

/** Horizontal bars (categories, roles), label on the left and value on the right. */
export function barChart(title: string, bars: readonly Bar[], width = 560): string {
  const row = 22;
  const top = 28;
  const labelWidth = 170;
  const height = top + bars.length * row + 8;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const span = width - labelWidth - 50;
  const parts = bars.map((bar, i) => {
    const y = top + i * row;
    const w = Math.round((bar.value / max) * span);
    return `<text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end" font-size="11">${escapeXml(bar.label)}</text>`
      + `<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${row - 8}" fill="#2f5d62"/>`
      + `<text x="${labelWidth + w + 6}" y="${y + 14}" font-size="11">${bar.value}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans, sans-serif" role="img" aria-label="${escapeXml(title)}">`
    + `<title>${escapeXml(title)}</title><text x="0" y="16" font-size="13" font-weight="700" fill="#2f5d62">${escapeXml(title)}</text>${parts.join('')}</svg>\n`;
}
