/**
 * A register's own templates/ overrides the tool's templates file by file (issue 13, "Letters stay
 * the organisation's own"): real registers in temp folders, the real Chromium, the PDFs read with
 * mupdf; and the refusals (links, paths out of the folder) and the Dutch errors of a broken template.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TemplateFolders } from '../../src/pdf/template-folders.js';
import { asSentence, logoDataUrl, TemplateRenderer, toolTemplatesDir } from '../../src/pdf/templates.js';
import { CANARY, canaryLeaks } from '../helpers/canary.js';
import { PROJECT_ROOT, runCli, type CliResult } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf.js';
import { makeRegister, tempDir } from '../helpers/temp.js';

const CLOSED = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/afgehandeld.md'), 'utf8');
const CONFIG = 'organisatie:\n  naam: Stichting De Eik\ndirectie:\n  - { naam: Fenna Fictief, github: fenna-fictief }\nmedewerkers:\n  - { naam: Anna Verzonnen, github: anna-verzonnen }\n';
const TODAY = '2026-11-24';

const OWN_SENTENCE = 'Wij van De Eik danken u voor uw geduld en uw openheid.';
const OWN_CLOSING = 'Hartelijke groeten van het hele team';
const OWN_HEADING_MARK = 'huisstijl De Eik';
/** The tool's reactie.liquid says this; a register's own letter does not. */
const TOOL_SENTENCE = 'Wij hebben uw klacht onderzocht en besproken.';

/** A register (not in git) with the canary complaint, closed, and these files in its templates/. */
function register(templates: Record<string, string>): string {
  const files: Record<string, string> = { 'klachtenregister.yml': CONFIG, 'complaints/2026/KL-2026-001.md': CLOSED };
  for (const [name, text] of Object.entries(templates)) files[`templates/${name}`] = text;
  return makeRegister(files);
}

function pdf(root: string, out: string, ...extra: string[]): Promise<CliResult> {
  return runCli(['pdf', 'KL-2026-001', ...extra, '--register', root, '--vandaag', TODAY, '--uit', out]);
}

const OWN_REACTIE = `{% layout "brief" %}
{% block brieftekst %}
<p>${OWN_SENTENCE}</p>
<p>Onze oplossing: {{ klacht.afhandeling.oplossing }}.</p>
{% endblock %}
`;

/** The tool's brief.liquid with another greeting: a layout the tool's own letters use too. */
const OWN_BRIEF = readFileSync(join(toolTemplatesDir(), 'brief.liquid'), 'utf8').replace('Met vriendelijke groet,', `${OWN_CLOSING},`);

/** The tool's style with a mark after every heading, which Chromium prints as text. */
const OWN_STYLE = `h1::after { content: " · ${OWN_HEADING_MARK}"; }\n`;

describe('the filter zin: typed text as the end of a sentence', () => {
  it.each([
    ['Nieuwe afspraak', 'Nieuwe afspraak.'], ['Excuses.', 'Excuses.'], ['  Waarom?  ', 'Waarom?'], ['Zie de bijlage (pagina 2)', 'Zie de bijlage (pagina 2)'],
    ['Eerste regel\nTweede regel', 'Eerste regel\nTweede regel.'], ['Dat is "terecht"', 'Dat is "terecht"'], ['Wacht…', 'Wacht…'], ['', ''], ['   ', ''],
    ['Zie https://example.nl', 'Zie https://example.nl'], ['Kijk op www.example.nl', 'Kijk op www.example.nl'], ['Mail naar info@example.nl', 'Mail naar info@example.nl'],
    ['De coach zag het <te laat>', 'De coach zag het <te laat>'], ['Boos 😡', 'Boos 😡'], ['Afspraak om 10', 'Afspraak om 10.'], ['Één keer', 'Één keer.'],
  ])('%j is %j', (typed, printed) => {
    expect(asSentence(typed)).toBe(printed);
  });
});

describe('a register with its own reactie, brief and stijl.css, printed by Chromium', () => {
  const out = tempDir('klacht-eigen-');
  const outputs: CliResult[] = [];
  let root = '';

  beforeAll(async () => {
    root = register({ 'reactie.liquid': OWN_REACTIE, 'brief.liquid': OWN_BRIEF, 'stijl.css': readFileSync(join(toolTemplatesDir(), 'stijl.css'), 'utf8') + OWN_STYLE });
    outputs.push(await pdf(root, out));
    outputs.push(await runCli(['jaaranalyse', '2026', '--register', root, '--vandaag', TODAY]));
  }, 120_000);

  it('prints every document', () => {
    expect(outputs.map((o) => o.code)).toEqual([0, 0]);
    expect(readdirSync(out).sort()).toEqual(['KL-2026-001-dossier.pdf', 'KL-2026-001-formulier.pdf', 'KL-2026-001-ontvangstbevestiging.pdf', 'KL-2026-001-reactie.pdf']);
  });

  it('writes the organisation\'s own reactie, inside the letterhead and the register\'s own greeting', () => {
    const text = pdfText(join(out, 'KL-2026-001-reactie.pdf'));
    expect(text).toContain(OWN_SENTENCE);
    expect(text).toContain('Onze oplossing: Nieuwe afspraak.');
    expect(text).not.toContain(TOOL_SENTENCE);
    // The letterhead (basis.liquid) is still the tool's; the letter layout the register's.
    expect(text).toContain('Stichting De Eik');
    expect(text).toContain(`Beste ${CANARY.name}`);
    expect(text).toContain(OWN_CLOSING);
    expect(text).not.toContain('Met vriendelijke groet');
  });

  it('lets the tool\'s own letters use the register\'s layout (partials resolve register first)', () => {
    const text = pdfText(join(out, 'KL-2026-001-ontvangstbevestiging.pdf'));
    expect(text).toContain('Met deze brief bevestigen wij dat wij uw klacht hebben ontvangen');
    expect(text).toContain(OWN_CLOSING);
    expect(text).not.toContain(OWN_SENTENCE);
  });

  it('keeps the tool\'s form, in the register\'s style', () => {
    const text = pdfText(join(out, 'KL-2026-001-formulier.pdf'));
    expect(text).toContain(`Klachtenformulier · ${OWN_HEADING_MARK}`);
    expect(text).toContain('Acties naar aanleiding van de klacht');
    // No git history here, so nothing confirms the signature in the file: not yet approved.
    expect(text).toContain('In het klachtbestand: Fenna Fictief, 3 maart 2026; GitHub bevestigt geen goedkeuring van precies deze inhoud.');
    expect(text).not.toContain(OWN_SENTENCE);
    expect(pdfText(join(out, 'KL-2026-001-dossier.pdf'))).toContain(`Klachtdossier · ${OWN_HEADING_MARK}`);
  });

  it('prints the yearly analysis in the register\'s style too', () => {
    expect(pdfText(join(root, 'analyses/2026.pdf'))).toContain(`Jaaranalyse klachten 2026 · ${OWN_HEADING_MARK}`);
  });

  it('says nothing personal', () => {
    expect(outputs.flatMap((o) => [...canaryLeaks(o.stdout), ...canaryLeaks(o.stderr)])).toEqual([]);
  });
});

describe('a register template that cannot be used, on the command line', () => {
  const outputs: CliResult[] = [];
  const remember = (result: CliResult): CliResult => {
    outputs.push(result);
    return result;
  };

  it('stops at a Liquid error with the file and the line, in Dutch, without a stack trace', async () => {
    const broken = '{% layout "brief" %}\n{% block brieftekst %}\n<p>Tekst.</p>\n{% if klacht.complex %}\n{% endblock %}\n';
    const out = tempDir();
    const result = remember(await pdf(register({ 'reactie.liquid': broken }), out, '--soort', 'reactie'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('klacht: Fout in sjabloon templates/reactie.liquid, regel 5: {% endblock %} sluit niets af: staat er een blok '
      + '({% if %}, {% for %}, ...) open, of ontbreekt het begin? Verbeter templates/reactie.liquid, of haal het weg om het standaardsjabloon van klacht te gebruiken.\n');
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);

  it('names an unknown filter, and the partial it was in', async () => {
    const result = remember(await pdf(register({ 'brief.liquid': '{% layout "basis" %}\n{% block inhoud %}\n{{ klacht.id | vet }}\n{% endblock %}\n' }), tempDir(), '--soort', 'reactie'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Fout in sjabloon templates/brief.liquid, regel 3: het filter "vet" bestaat niet.');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('refuses a symlinked template, naming it, and reads nothing through it', async () => {
    const secret = join(tempDir(), 'geheim.liquid');
    writeFileSync(secret, 'Geheime tekst van buiten het register');
    const root = register({});
    mkdirSync(join(root, 'templates'));
    symlinkSync(secret, join(root, 'templates/reactie.liquid'));
    const out = tempDir();
    const result = remember(await pdf(root, out, '--soort', 'reactie'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('templates/reactie.liquid is een symbolische koppeling (symlink)');
    expect(result.stderr + result.stdout).not.toContain('Geheime tekst');
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);

  it('never repeats a value of the complaint, not even one used as a template name', async () => {
    const byName = '{% layout "brief" %}\n{% block brieftekst %}\n{% render klacht.indiener.naam %}\n{% endblock %}\n';
    const result = remember(await pdf(register({ 'reactie.liquid': byName }), tempDir(), '--soort', 'reactie'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('templates/reactie.liquid, regel 3: {% render klacht.indiener.naam %} noemt een sjabloon dat niet bestaat');
  }, 60_000);

  it('says nothing personal in any of these', () => {
    expect(outputs.length).toBe(4);
    expect(outputs.flatMap((o) => [...canaryLeaks(o.stdout), ...canaryLeaks(o.stderr)])).toEqual([]);
  });
});

describe('TemplateRenderer with a register folder', () => {
  const letter = { title: 'Reactie op uw klacht', klacht: { id: 'KL-2026-001', indiener: { naam: '<b>Jan</b>' } }, organisation: { naam: 'De Eik' } };

  it('uses only the tool\'s templates when the register has no templates/', () => {
    const html = new TemplateRenderer(register({})).renderTemplate('reactie', letter);
    expect(html).toContain('Met deze brief geven wij u onze reactie.');
    expect(html).toBe(new TemplateRenderer().renderTemplate('reactie', letter));
  });

  it('replaces stijl.css as a whole', () => {
    const html = new TemplateRenderer(register({ 'stijl.css': 'h1 { color: #123456; }' })).renderTemplate('formulier', letter);
    expect(html).toContain('h1 { color: #123456; }');
    expect(html).not.toContain('#2f5d62');
  });

  it('still escapes every value in a register template', () => {
    const html = new TemplateRenderer(register({ 'reactie.liquid': '<p>{{ klacht.indiener.naam }}</p>' })).renderTemplate('reactie', letter);
    expect(html).toContain('<p>&lt;b&gt;Jan&lt;/b&gt;</p>');
  });

  it('finds partials in subfolders of the register\'s templates/', () => {
    const root = register({ 'reactie.liquid': '{% render "delen/slot" %}', 'delen/slot.liquid': '<p>Eigen slot</p>' });
    expect(new TemplateRenderer(root).renderTemplate('reactie', letter)).toBe('<p>Eigen slot</p>');
  });

  it.each([
    ['a path up', '{% include "../klachtenregister.yml" %}'],
    ['an absolute path', `{% render "${join(PROJECT_ROOT, 'package.json')}" %}`],
    ['a path up in a layout', '{% layout "../../templates/basis" %}'],
  ])('refuses %s', (_, text) => {
    const renderer = new TemplateRenderer(register({ 'reactie.liquid': text }));
    expect(() => renderer.renderTemplate('reactie', letter)).toThrow(
      'Fout in sjabloon templates/reactie.liquid, regel 1: een sjabloon mag alleen een ander sjabloon uit templates/ noemen, zonder ".." en zonder volledig pad.');
  });

  it('refuses a register whose templates/ folder is a link', () => {
    const root = register({});
    symlinkSync(toolTemplatesDir(), join(root, 'templates'));
    expect(() => new TemplateRenderer(root)).toThrow('templates/ in het register is een symbolische koppeling (symlink)');
  });

  it('refuses a link to a folder inside templates/', () => {
    const root = register({ 'reactie.liquid': '{% render "delen/slot" %}' });
    const elsewhere = tempDir();
    writeFileSync(join(elsewhere, 'slot.liquid'), 'van buiten');
    symlinkSync(elsewhere, join(root, 'templates/delen'));
    expect(() => new TemplateRenderer(root).renderTemplate('reactie', letter)).toThrow(
      'Fout in sjabloon templates/reactie.liquid, regel 1: templates/delen is een symbolische koppeling (symlink)');
  });

  it('refuses a symlinked stijl.css', () => {
    const root = register({});
    mkdirSync(join(root, 'templates'));
    symlinkSync(join(toolTemplatesDir(), 'stijl.css'), join(root, 'templates/stijl.css'));
    expect(() => new TemplateRenderer(root)).toThrow('templates/stijl.css is een symbolische koppeling (symlink)');
  });

  it('says a template that lays itself out in a loop', () => {
    const renderer = new TemplateRenderer(register({ 'reactie.liquid': '{% layout "reactie" %}x' }));
    expect(() => renderer.renderTemplate('reactie', letter)).toThrow('templates/reactie.liquid, regel 1: {% layout "reactie" %} roept, direct of via andere sjablonen, zichzelf aan.');
  });

  it('lets Liquid read nothing outside the two folders, whatever path reaches its file system', () => {
    const root = register({ 'reactie.liquid': 'eigen' });
    const folders = new TemplateFolders(toolTemplatesDir(), root);
    const fs = folders.fs();
    expect(folders.roots).toEqual([join(root, 'templates'), toolTemplatesDir()]);
    expect(fs.containsSync?.(join(root, 'templates'), join(root, 'templates/reactie.liquid'))).toBe(true);
    expect(fs.containsSync?.(join(root, 'templates'), join(root, 'klachtenregister.yml'))).toBe(false);
    expect(fs.containsSync?.(toolTemplatesDir(), join(toolTemplatesDir(), '../package.json'))).toBe(false);
    expect(fs.fallback).toBeUndefined();
  });
});

describe('the logo of klachtenregister.yml', () => {
  it('is read only from inside the register, never through a link or a neighbouring folder', () => {
    const parent = tempDir();
    const root = join(parent, 'reg');
    mkdirSync(join(root, 'huisstijl'), { recursive: true });
    writeFileSync(join(root, 'huisstijl', 'logo.svg'), '<svg/>');
    // A folder whose name starts like the register's: outside, though its path starts the same.
    mkdirSync(join(parent, 'reg-geheim'));
    writeFileSync(join(parent, 'reg-geheim', 'x.svg'), '<svg>geheim</svg>');
    symlinkSync(join(parent, 'reg-geheim', 'x.svg'), join(root, 'link.svg'));
    symlinkSync(join(parent, 'reg-geheim'), join(root, 'map'));
    expect(logoDataUrl(root, 'huisstijl/logo.svg')).toBe(`data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}`);
    for (const logo of ['../reg-geheim/x.svg', 'link.svg', 'map/x.svg', join(parent, 'reg-geheim', 'x.svg'), 'huisstijl/logo.txt', 'bestaat-niet.svg']) {
      expect(logoDataUrl(root, logo), logo).toBe('');
    }
  });
});
