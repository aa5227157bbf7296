/**
 * klacht pdf with the real Chromium: every document of an example complaint is an A4 PDF whose
 * text holds every field value, set in embedded Noto Sans only; pages are not blank; and the
 * security corpus shows that nothing in a complaint runs or fetches anything. The PDFs are read
 * with mupdf (test/helpers/pdf.ts), whose own test is at the end.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as mupdf from 'mupdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { inkPerPage, machineFonts, pageEndings, pdfFonts, pdfLines, pdfPageLines, pdfPages, pdfText as text } from '../helpers/pdf.js';
import { securitySuite } from '../helpers/security-corpus.js';
import { makeRegister, tempDir } from '../helpers/temp.js';

const EXAMPLE = join(PROJECT_ROOT, 'examples/register');
const TODAY = '2026-11-24';

describe('klacht pdf on the example register', () => {
  const out = tempDir('klacht-pdf-');
  let result: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    result = await runCli(['pdf', 'KL-2026-002', 'KL-2026-007', '--register', EXAMPLE, '--vandaag', TODAY, '--uit', out], { env: { ...process.env } });
  }, 120_000);

  it('writes every document that applies, named by id and kind only', () => {
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'KL-2026-002-dossier.pdf', 'KL-2026-002-formulier.pdf', 'KL-2026-002-ontvangstbevestiging.pdf', 'KL-2026-002-reactie.pdf',
      'KL-2026-002-verlenging.pdf', 'KL-2026-007-formulier.pdf',
    ]);
    expect(result.stdout).toContain("6 PDF's gemaakt");
    expect(result.stdout).not.toContain('Lotte');
  });

  it.each([
    ['KL-2026-002-formulier.pdf', 2, [
      'Klachtenformulier', 'KL-2026-002', 'Lotte Lookalike', 'Schijnweg 21', '9993 FF Fantasiestad', 'lotte@voorbeeld.invalid', '06-00000004', 'coachee',
      '2 maart 2026, mondeling, door Anna Verzonnen', 'Indiendatum 2 maart 2026', 'Geregistreerd 3 maart 2026', 'Complex ja', 'communicatie',
      'Klachtverantwoordelijke Bram Bedacht', 'Reactie uiterlijk 30 april 2026', 'haar aanpak belachelijk maakte', '3 maart 2026 Intakegesprek gepland',
      '20 april 2026 Bemiddelingsgesprek coachee en coach', 'Bevestiging ontvangst klacht', 'Reactie op uw klacht', 'status afgehandeld',
      // Without GitHub's word, what the file records is not yet approved: never "Getekend" (CONTRACT section 5).
      'Nog niet goedgekeurd door de directie: in het klachtbestand staat een ondertekening op 3 maart 2026', 'handtekening op klachtenformulier',
      'In het klachtbestand: Bram Bedacht, 3 maart 2026', 'Liberi Coaching B.V.', 'Voorbeeldlaan 12, 3511 AA Utrecht',
      'pagina 1 van 2',
    ]],
    ['KL-2026-002-dossier.pdf', 3, [
      'Klachtdossier', 'Klachtverantwoordelijke Bram Bedacht', '3 maart 2026 Intakegesprek gepland', 'Ondertekening klachtenformulier', 'Behandelaar Bram Bedacht', 'Afgehandeld op 6 mei 2026', 'als kwetsend werd ervaren', 'Wissel van coach',
      'Voelde zich niet gehoord en gekleineerd', 'De toon van de feedback was niet passend', 'Overeenstemming ja', 'Oordeel gegrond',
      'Intervisie over het geven van feedback voor alle coaches ja gepland', 'Excuses van de coach nee uitgevoerd', 'Opnieuw meer tijd nodig',
      'reactie 30 april 2026 28 april 2026 gehaald', 'Wacht op verslag van de coach', '15 april 2026',
    ]],
    ['KL-2026-002-ontvangstbevestiging.pdf', 1, ['Lotte Lookalike', 'Schijnweg 21', '9993 FF Fantasiestad', '3 maart 2026', 'KL-2026-002', 'uiterlijk op 2 april 2026', 'Bram Bedacht']],
    ['KL-2026-002-verlenging.pdf', 1, ['13 april 2026', 'Bemiddelingsgesprek pas op 20 april mogelijk', 'uiterlijk op 30 april 2026']],
    ['KL-2026-002-reactie.pdf', 1, ['28 april 2026', 'Wissel van coach en een gesprek over de gegeven feedback', 'Excuses van de coach', 'De toon van de feedback was niet passend']],
    ['KL-2026-007-formulier.pdf', 2, ['KL-2026-007', 'status ontvangen', 'Geregistreerd nog niet', 'Handtekening en datum', 'Handtekening, naam en datum']],
  ] as const)('%s is A4, %i page(s), with every field value', (name, pages, values) => {
    const file = join(out, name);
    const sizes = pdfPages(file);
    expect(sizes).toHaveLength(pages);
    for (const size of sizes) expect(size.a4, `${name}: ${size.width} x ${size.height} pt`).toBe(true);
    const content = text(file);
    for (const value of values) expect(content, value).toContain(value);
  });

  it('prints Dutch diacritics with the embedded font', () => {
    expect(pdfFonts(join(out, 'KL-2026-002-formulier.pdf'))).toContainEqual(
      { name: 'NotoSans-Regular', subset: true, subtype: 'Type0', descendant: 'CIDFontType2', encoding: 'Identity-H', embedded: true });
  });

  it('uses only embedded Noto Sans, fonts that do not depend on the machine (the page footer too)', () => {
    for (const name of readdirSync(out)) {
      expect(pdfFonts(join(out, name)).length, name).toBeGreaterThan(0);
      expect(machineFonts(join(out, name)), name).toEqual([]);
    }
  });

  it('has no blank page (rendered to pixels)', () => {
    // Measured with mupdf at 30 dpi: a page with only the footer ~0.0002, the emptiest real page
    // (KL-2026-007-formulier page 2: a heading, two signature boxes) ~0.005.
    for (const name of readdirSync(out)) {
      for (const ink of inkPerPage(join(out, name))) expect(ink, name).toBeGreaterThan(0.002);
    }
  });
});

describe('klacht pdf, wrong use and failure', () => {
  it('a document that does not apply is a finding (exit 1); an unknown id is wrong usage (exit 2)', async () => {
    const out = tempDir();
    const notApplicable = await runCli(['pdf', 'KL-2026-008', '--soort', 'verlenging', '--register', EXAMPLE, '--uit', out, '--vandaag', TODAY]);
    expect(notApplicable.code).toBe(1);
    expect(notApplicable.stdout).toContain('Geen verlengingsbericht voor KL-2026-008: er is geen verlenging vastgelegd. Leg eerst de verlenging vast: klacht verleng KL-2026-008  [document-not-applicable]');
    expect(readdirSync(out)).toEqual([]);
    const unknown = await runCli(['pdf', 'KL-2026-999', '--register', EXAMPLE]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Klacht KL-2026-999 staat niet in het register. Een nieuwe klacht legt u vast met klacht nieuw; alle klachten, ook de afgehandelde, toont klacht register --alle.');
    const kind = await runCli(['pdf', 'KL-2026-002', '--soort', 'brief', '--register', EXAMPLE]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('--soort moet een van formulier, dossier, ontvangstbevestiging, verlenging, reactie zijn');
  });

  it('says in Dutch how to get a browser when there is none', async () => {
    const result = await runCli(['pdf', 'KL-2026-002', '--soort', 'formulier', '--register', EXAMPLE, '--uit', tempDir()], { env: { PUPPETEER_EXECUTABLE_PATH: '/nergens/chromium' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Geen Chromium of Chrome gevonden');
    expect(result.stderr).toContain('apt-get install chromium');
  });
});

securitySuite('security: nothing in a complaint runs or fetches (the browser this machine chooses)', {});

describe('Dutch letters', () => {
  it('embeds the latin-ext font when a page has ĳ, and prints it', async () => {
    const valid = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8');
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': valid.replace('niet kwam opdagen', 'niet kwam opdagen; de ĳsbaan, één café, naïef, Zoë') });
    const out = tempDir();
    expect((await runCli(['pdf', 'KL-2026-001', '--soort', 'formulier', '--register', root, '--uit', out, '--vandaag', TODAY])).code).toBe(0);
    const file = join(out, 'KL-2026-001-formulier.pdf');
    expect(text(file)).toContain('de ĳsbaan, één café, naïef, Zoë');
    // Two subsets of Noto Sans Regular: latin, and latin-ext for the ĳ (a page without such letters carries only latin).
    expect(pdfFonts(file).filter((font) => font.name === 'NotoSans-Regular' && font.embedded)).toHaveLength(2);
    expect(machineFonts(file)).toEqual([]);
  }, 120_000);
});

describe('page breaks', () => {
  it('never end a page in a heading or a table\'s header row, whatever the length of the description', async () => {
    const valid = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/afgehandeld.md'), 'utf8');
    // Descriptions from 0 to 40 lines, in steps that move every heading of the form and the dossier past a page end.
    const lengths = Array.from({ length: 21 }, (_, i) => i * 2);
    const files = Object.fromEntries(lengths.map((n, i) => {
      const id = `KL-2026-${String(i + 1).padStart(3, '0')}`;
      const lines = Array.from({ length: n }, (_, j) => `\nRegel ${j + 1} van de klacht.`).join('');
      return [`complaints/2026/${id}.md`, valid.replace(/KL-2026-001/g, id).replace(/\n---\n([^]*)$/, (_m, body: string) => `\n---\n${body.trimEnd()}${lines}\n`)];
    }));
    const root = makeRegister(files);
    const out = tempDir();
    const result = await runCli(['pdf', '--alle', '--soort', 'formulier', '--register', root, '--uit', out, '--vandaag', TODAY]);
    expect(result.code, result.stderr).toBe(0);
    const dossiers = await runCli(['pdf', '--alle', '--soort', 'dossier', '--register', root, '--uit', out, '--vandaag', TODAY]);
    expect(dossiers.code, dossiers.stderr).toBe(0);
    const endings = readdirSync(out).flatMap((name) => pageEndings(join(out, name)).slice(0, -1).map((ending, page) => ({ name, page: page + 1, ...ending })));
    expect(endings.length).toBeGreaterThan(20);
    expect(endings.filter((e) => e.boldOnly).map((e) => `${e.name} pagina ${e.page}: ${e.text}`)).toEqual([]);
    // The two signature boxes of the klachtenformulier stay together on one page, at the end, never
    // alone on a page of their own.
    const forms = readdirSync(out).filter((name) => name.endsWith('-formulier.pdf')).sort();
    expect(forms).toHaveLength(lengths.length);
    const boxes = forms.map((name) => {
      const pages = pdfPageLines(join(out, name));
      const on = (label: string): number => pages.findLastIndex((lines) => lines.includes(label)) + 1;
      const page = on('Indiener');
      return { name, pages: pages.length, indiener: page, directie: on('Directie'), before: pages[page - 1]?.indexOf('Indiener') ?? -1 };
    });
    for (const box of boxes) expect(box.indiener === box.pages && box.directie === box.pages && box.before > 0, JSON.stringify(box)).toBe(true);
    expect(new Set(boxes.map((box) => box.pages)).size).toBeGreaterThan(1);
  }, 180_000);
});

describe('emoji', () => {
  it('prints an emoji with the embedded Noto Emoji, and a page without one carries no emoji font', async () => {
    const valid = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8');
    const root = makeRegister({
      'complaints/2026/KL-2026-001.md': valid.replace('niet kwam opdagen', 'niet kwam opdagen 😡 (#3, © 2026) 👍🏽'),
      'complaints/2026/KL-2026-002.md': valid.replace(/KL-2026-001/g, 'KL-2026-002'),
    });
    const out = tempDir();
    expect((await runCli(['pdf', 'KL-2026-001', 'KL-2026-002', '--soort', 'formulier', '--register', root, '--uit', out, '--vandaag', TODAY])).code).toBe(0);
    const withEmoji = join(out, 'KL-2026-001-formulier.pdf');
    expect(text(withEmoji)).toContain('😡');
    expect(text(withEmoji)).toContain('(#3, © 2026)');
    const emojiFonts = (file: string): string[] => pdfFonts(file).filter((font) => /NotoEmoji/.test(font.name) && font.embedded).map((font) => font.name);
    expect(emojiFonts(withEmoji).length).toBeGreaterThan(0);
    // '#', the digits and '©' stay Noto Sans: the emoji font's ranges leave them out.
    expect(pdfFonts(withEmoji).some((font) => font.name === 'NotoSans-Regular')).toBe(true);
    expect(machineFonts(withEmoji)).toEqual([]);
    expect(emojiFonts(join(out, 'KL-2026-002-formulier.pdf'))).toEqual([]);
  }, 120_000);
});

describe('typed text in the letters (issue 22)', () => {
  it('keeps the line breaks of a hand-written block, shows <…> as typed, and ends each part that ends in a word with one full stop', async () => {
    const closed = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/afgehandeld.md'), 'utf8')
      .replace('  oorzaak: Planningsfout\n', '  oorzaak: |-\n    Twee afspraken op hetzelfde uur.\n    De coach zag het <te laat>\n')
      .replace('  oplossing: Nieuwe afspraak\n', '  oplossing: Nieuwe afspraak en excuses.\n')
      .replace('  standpunt_directie: Terecht\n', '  standpunt_directie: Klopt dit?\n');
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': closed });
    const out = tempDir();
    const result = await runCli(['pdf', 'KL-2026-001', '--soort', 'reactie', '--register', root, '--uit', out, '--vandaag', TODAY]);
    expect(result.code, result.stderr).toBe(0);
    const lines = pdfLines(join(out, 'KL-2026-001-reactie.pdf'));
    expect(lines).toContain('Wat er is gebeurd. Twee afspraken op hetzelfde uur.');
    expect(lines).toContain('De coach zag het <te laat>');
    expect(lines).toContain('Ons standpunt. Klopt dit?');
    expect(lines).toContain('Onze oplossing. Nieuwe afspraak en excuses.');
  }, 120_000);

  it('keeps the line breaks of typed text in the dossier\'s table cells', async () => {
    const closed = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/afgehandeld.md'), 'utf8')
      .replace('  oorzaak: Planningsfout\n', '  oorzaak: |-\n    Eerste regel van de oorzaak\n    Tweede regel van de oorzaak\n');
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': closed });
    const out = tempDir();
    expect((await runCli(['pdf', 'KL-2026-001', '--soort', 'dossier', '--register', root, '--uit', out, '--vandaag', TODAY])).code).toBe(0);
    const lines = pdfLines(join(out, 'KL-2026-001-dossier.pdf'));
    expect(lines.some((line) => line.endsWith('Eerste regel van de oorzaak'))).toBe(true);
    expect(lines).toContain('Tweede regel van de oorzaak');
  }, 120_000);
});

describe('klacht pdf --alle', () => {
  it('writes atomically: no temporary file is left behind', async () => {
    const out = tempDir();
    const result = await runCli(['pdf', '--alle', '--soort', 'ontvangstbevestiging', '--register', EXAMPLE, '--uit', out, '--vandaag', TODAY]);
    expect(result.code).toBe(0);
    const names = readdirSync(out);
    expect(names.length).toBeGreaterThan(5);
    expect(names.every((n) => /^KL-\d{4}-\d{3}-ontvangstbevestiging\.pdf$/.test(n))).toBe(true);
    // Each one complete: a PDF from its header to its end-of-file marker.
    for (const name of names) {
      const bytes = readFileSync(join(out, name));
      expect(bytes.subarray(0, 5).toString('latin1'), name).toBe('%PDF-');
      expect(bytes.subarray(-8).toString('latin1'), name).toContain('%%EOF');
      expect(machineFonts(join(out, name)), name).toEqual([]);
    }
  }, 120_000);
});

describe('the PDF reader (test/helpers/pdf.ts) on a PDF made here', () => {
  // Three pages: A4 with text in Helvetica, not embedded; US Letter, blank; A4 drawing a form
  // XObject whose text is in an embedded font. Each is what the checks above must catch.
  const file = join(tempDir('klacht-pdf-reader-'), 'made.pdf');
  beforeAll(() => {
    const doc = new mupdf.PDFDocument();
    const helvetica = doc.addObject({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' });
    const times = new mupdf.Font('Times-Roman');
    // addFont embeds the font program as a Type0 font, whose text is glyph ids, two bytes each.
    const embedded = doc.addFont(times);
    const glyphs = (value: string): string => [...value].map((c) => times.encodeCharacter(c).toString(16).padStart(4, '0')).join('');
    const form = doc.addStream(`BT /T 20 Tf 72 600 Td <${glyphs('In een formulier')}> Tj ET`,
      { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 595, 842], Resources: { Font: { T: embedded } } });
    doc.insertPage(-1, doc.addPage([0, 0, 595.28, 841.89], 0, { Font: { F1: helvetica } }, 'BT /F1 24 Tf 72 700 Td (Hallo lezer) Tj ET'));
    doc.insertPage(-1, doc.addPage([0, 0, 612, 792], 0, {}, ''));
    doc.insertPage(-1, doc.addPage([0, 0, 595.28, 841.89], 0, { XObject: { X1: form } }, '/X1 Do'));
    writeFileSync(file, doc.saveToBuffer('').asUint8Array());
  });

  it('reads the text of every page, forms included', () => {
    expect(text(file)).toBe('Hallo lezer In een formulier ');
  });

  it('tells an A4 page from a Letter page', () => {
    expect(pdfPages(file).map(({ width, height, a4 }) => ({ width: Math.round(width), height: Math.round(height), a4 }))).toEqual([
      { width: 595, height: 842, a4: true }, { width: 612, height: 792, a4: false }, { width: 595, height: 842, a4: true },
    ]);
  });

  it('finds no ink on a blank page', () => {
    const [lettered, blank, drawn] = inkPerPage(file);
    expect(blank).toBe(0);
    expect(lettered).toBeGreaterThan(0);
    expect(drawn).toBeGreaterThan(0);
  });

  it('reports a font that is not embedded, and finds the fonts of form XObjects', () => {
    expect(pdfFonts(file)).toEqual([
      { name: 'Helvetica', subset: false, subtype: 'Type1', descendant: null, encoding: 'WinAnsiEncoding', embedded: false },
      { name: 'Times-Roman', subset: false, subtype: 'Type0', descendant: 'CIDFontType0', encoding: 'Identity-H', embedded: true },
    ]);
    expect(machineFonts(file).map((font) => font.name)).toEqual(['Helvetica', 'Times-Roman']);
  });
});
