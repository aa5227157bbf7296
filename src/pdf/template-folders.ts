/**
 * The folders templates come from: the register's own templates/ (next to klachtenregister.yml)
 * first, then the tool's. A register file replaces the tool's file of the same name, one by one,
 * and partials and layouts resolve the same way, so a register with only reactie.liquid gets its
 * own letter inside the tool's letterhead. Nothing outside the two folders is read: no absolute
 * names, no "..", and no symbolic link in the register's folder (git stores a link as easily as a
 * file, and a link can point anywhere on the machine that prints).
 */
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { LiquidError, type FS } from 'liquidjs';
import { RunError } from '../core/text/errors.js';

/** The folder of a register's own templates, at its root. */
export const REGISTER_TEMPLATES = 'templates';

/** A template that may not be read, said in Dutch; Liquid wraps it, templateError unwraps it. */
class TemplateAccessError extends Error {
  override readonly name = 'TemplateAccessError';
}

/** `file` lies below `root` (both absolute). */
function inside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export class TemplateFolders {
  /** Where a template is looked up, in this order. */
  readonly roots: string[];
  private readonly toolDir: string;
  private readonly registerRoot: string | undefined;
  private readonly registerDir: string | undefined;

  constructor(toolDir: string, registerRoot?: string) {
    this.toolDir = resolve(toolDir);
    this.registerRoot = registerRoot === undefined ? undefined : resolve(registerRoot);
    this.registerDir = this.registerRoot === undefined ? undefined : ownFolder(this.registerRoot);
    this.roots = this.registerDir === undefined ? [this.toolDir] : [this.registerDir, this.toolDir];
  }

  /** A file of the folders by name (stijl.css): the register's when it has one, else the tool's. */
  readFile(name: string): string {
    for (const root of this.roots) {
      const file = join(root, name);
      if (root === this.registerDir) this.refuseLinks(file);
      if (isFile(file)) return readFileSync(file, 'utf8');
    }
    throw new RunError(`Het bestand ${name} ontbreekt in de sjablonen van klacht zelf; installeer klacht opnieuw.`);
  }

  /** The file system LiquidJS reads through: only the roots, never a link in the register's folder. */
  fs(): FS {
    const contains = (root: string, file: string): boolean => {
      if (!inside(root, file)) return false;
      if (root === this.registerDir) this.refuseLinks(file);
      return true;
    };
    return {
      sep,
      dirname,
      resolve: (dir, file, ext) => {
        // Said before Liquid would quietly skip the name and report it as missing.
        if (isAbsolute(file) || file.split(/[\\/]/).includes('..')) {
          throw new TemplateAccessError('een sjabloon mag alleen een ander sjabloon uit templates/ noemen, zonder ".." en zonder volledig pad');
        }
        return resolve(dir, extname(file) === '' ? file + ext : file);
      },
      exists: (file) => Promise.resolve(isFile(file)),
      existsSync: isFile,
      readFile: (file) => Promise.resolve(readFileSync(file, 'utf8')),
      readFileSync: (file) => readFileSync(file, 'utf8'),
      contains: (root, file) => Promise.resolve(contains(root, file)),
      containsSync: contains,
      // No fallback: the default one would look the name up as a Node module.
    };
  }

  /** How a message names a template file: `templates/brief.liquid` of the register, or the tool's. */
  describe(file: string | undefined): string {
    if (file !== undefined && this.registerDir !== undefined && this.registerRoot !== undefined && inside(this.registerDir, file)) {
      return relative(this.registerRoot, file).split(sep).join('/');
    }
    if (file !== undefined && inside(this.toolDir, file)) return `${relative(this.toolDir, file).split(sep).join('/')} (het standaardsjabloon van klacht)`;
    return 'een sjabloon';
  }

  /** Every step from the register's folder down to `file` is a real folder or file, not a link. */
  private refuseLinks(file: string): void {
    const { registerDir, registerRoot } = this;
    if (registerDir === undefined || registerRoot === undefined) return;
    let path = registerDir;
    for (const part of relative(registerDir, file).split(sep)) {
      path = join(path, part);
      let link: boolean;
      try {
        link = lstatSync(path).isSymbolicLink();
      } catch {
        return;
      }
      if (link) {
        const name = relative(registerRoot, path).split(sep).join('/');
        throw new TemplateAccessError(`${name} is een symbolische koppeling (symlink); klacht leest in templates/ alleen gewone bestanden. Zet er een kopie van het bestand neer`);
      }
    }
  }
}

/** The register's templates/ folder, or undefined when it has none. */
function ownFolder(registerRoot: string): string | undefined {
  const dir = join(registerRoot, REGISTER_TEMPLATES);
  let stats;
  try {
    stats = lstatSync(dir);
  } catch {
    return undefined;
  }
  if (stats.isSymbolicLink()) {
    throw new RunError(`${REGISTER_TEMPLATES}/ in het register is een symbolische koppeling (symlink); klacht leest de eigen sjablonen alleen uit een gewone map templates/ naast klachtenregister.yml.`);
  }
  if (!stats.isDirectory()) {
    throw new RunError(`${REGISTER_TEMPLATES} in het register is geen map; de eigen sjablonen horen in een map templates/ naast klachtenregister.yml.`);
  }
  return dir;
}

/** Liquid's parse messages (about the template's own text, never a complaint's) in Dutch. */
function parseProblem(message: string): string {
  const translations: [RegExp, (...groups: string[]) => string][] = [
    // An unknown end tag almost always means a block before it was left open.
    [/^tag "(end\w*)" not found$/s, (name) => `{% ${name} %} sluit niets af: staat er een blok ({% if %}, {% for %}, ...) open, of ontbreekt het begin?`],
    [/^tag "(.*)" not found$/s, (name) => `de tag "${name}" bestaat niet`],
    [/^undefined filter: (.*)$/s, (name) => `het filter "${name}" bestaat niet`],
    [/^tag (.*) not closed$/s, (tag) => `${tag} wordt niet afgesloten (ontbreekt er een {% end... %}?)`],
    [/^output (.*) not closed$/s, (output) => `${output} wordt niet afgesloten met }}`],
  ];
  for (const [pattern, say] of translations) {
    const match = pattern.exec(message);
    if (match) return say(...match.slice(1));
  }
  // A message we have no Dutch for: the Dutch gist, with Liquid's own (English) words as a quote
  // for whoever maintains the template; they only ever quote the template's own text.
  return `Liquid kan dit stuk van het sjabloon niet lezen (in het Engels: "${message}")`;
}

/** At most a line of the template's text, to point at the spot. */
function quoted(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}

/**
 * A failure while filling a template as a Dutch RunError naming the template file and the line.
 * A render error's own message is never shown: it may quote a value of the complaint (a partial
 * named by a variable, a filter's input). Only the template's text and Liquid's parse messages,
 * which see nothing but that text, are.
 */
export function templateError(error: unknown, folders: TemplateFolders): unknown {
  if (error instanceof TemplateAccessError) return new RunError(`Sjabloon geweigerd: ${error.message}.`);
  if (!LiquidError.is(error)) return error;
  const token = error.token;
  const [line] = token.getPosition();
  const cause = error.originalError;
  let problem: string;
  if (cause instanceof TemplateAccessError) problem = cause.message;
  else if ((cause as { code?: unknown } | undefined)?.code === 'ENOENT') {
    problem = `${quoted(token.getText())} noemt een sjabloon dat niet bestaat, niet in templates/ van het register en niet bij klacht zelf`;
  } else if (error.name === 'ParseError' || error.name === 'TokenizationError') {
    const suffix = token.file === undefined ? ', line:' : `, file:${token.file}`;
    const end = error.message.lastIndexOf(suffix);
    problem = parseProblem(end === -1 ? error.message : error.message.slice(0, end));
  } else if (cause instanceof RangeError && /call stack/.test(cause.message)) {
    problem = `${quoted(token.getText())} roept, direct of via andere sjablonen, zichzelf aan`;
  } else {
    problem = `${quoted(token.getText())} liep vast (${cause?.name ?? error.name})`;
  }
  const where = folders.describe(token.file);
  const advice = where.startsWith(`${REGISTER_TEMPLATES}/`)
    ? ` Verbeter ${where}, of haal het weg om het standaardsjabloon van klacht te gebruiken.`
    : '';
  const stop = /[.?!]$/.test(problem) ? '' : '.';
  return new RunError(`Fout in sjabloon ${where}, regel ${line}: ${problem}${stop}${advice}`);
}
