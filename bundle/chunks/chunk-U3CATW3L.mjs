// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  replaceComplaintFile
} from "./chunk-4JDEHAJL.mjs";
import {
  printFindings
} from "./chunk-JC4GZ2T4.mjs";
import {
  attachmentState,
  complaintDeadlines
} from "./chunk-2MOC2IX5.mjs";
import {
  MAX_ALIASES,
  MAX_FILE_BYTES,
  checkComplaintBytes,
  complaintSchema,
  isSafeToEcho,
  loadConfig,
  readBounded,
  readYamlDocument,
  splitFrontmatter,
  validationContext,
  yamlLib
} from "./chunk-E4OW3A64.mjs";
import {
  DATE_FORMS,
  UsageError,
  matchChoice,
  parseUserDate,
  printJson,
  unknownComplaint
} from "./chunk-7UXH4FLE.mjs";
import {
  COMPLAINTS_DIR,
  complaintFolder,
  complaintPath
} from "./chunk-I5IKOO4X.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_util
} from "./chunk-7GJX6OZ4.mjs";
import {
  require_node_child_process
} from "./chunk-E74CLRJB.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import {
  choicesOf
} from "./chunk-DWOF63SY.mjs";
import {
  PERSONAL_FIELDS,
  idYear,
  isComplaintId
} from "./chunk-ORZR7732.mjs";
import {
  deadlineKindName,
  formatDateDutch,
  isOpen,
  parseCalendarDate
} from "./chunk-Y54NMRC7.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/cli/steps/current-person.js
var import_node_child_process = __toESM(require_node_child_process(), 1);
function currentPerson(context, config) {
  const people = [...config.management, ...config.staff];
  const actor = context.io.env.GITHUB_ACTOR;
  if (context.actions && actor)
    return people.find((p) => p.github?.toLowerCase() === actor.toLowerCase())?.naam;
  const git = (0, import_node_child_process.spawnSync)("git", ["config", "user.name"], { cwd: context.root, encoding: "utf8" });
  const name = git.status === 0 ? git.stdout.trim().toLowerCase() : "";
  return name === "" ? void 0 : people.find((p) => p.naam.toLowerCase() === name)?.naam;
}

// dist/cli/steps/step.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);

// dist/core/complaint/field-changes.js
var PERSONAL = new Set(PERSONAL_FIELDS);
function isPersonalPath(path) {
  return PERSONAL.has(path.map((segment) => typeof segment === "number" ? "[]" : `.${segment}`).join("").replace(/^\./, "").replace(/\.\[\]/g, "[]"));
}
function isContainer(value) {
  return typeof value === "object" && value !== null;
}
function fieldChanges(before, after, path = []) {
  if (!isContainer(before) && !isContainer(after)) {
    return before === after ? [] : [{ path: path.join("."), before, after, personal: isPersonalPath(path) }];
  }
  const keysOf = (value) => Array.isArray(value) ? value.map((_, i) => i) : isContainer(value) ? Object.keys(value) : [];
  const afterKeys = keysOf(after);
  const inAfter = new Set(afterKeys);
  const keys = [...afterKeys, ...keysOf(before).filter((k) => !inAfter.has(k))];
  const child = (value, key) => isContainer(value) ? value[key] : void 0;
  if (keys.length === 0)
    return [];
  return keys.flatMap((key) => fieldChanges(child(before, key), child(after, key), [...path, key]));
}
function shown(value) {
  if (value === void 0 || value === null)
    return "(leeg)";
  return String(value).replace(/\r?\n/g, " ↵ ");
}
var SHOWN_TEXT = /* @__PURE__ */ new Set([
  "id",
  "status",
  "categorie",
  "klachtverantwoordelijke",
  "behandelaar",
  "ontvangen.door",
  "ontvangen.wijze",
  "indiener.rol",
  "correspondentie.richting",
  "correspondentie.soort",
  "afhandeling.oordeel",
  "afhandeling.maatregelen.status",
  "ondertekening.directie.naam"
]);
function isShown(change) {
  if (change.personal)
    return false;
  const pattern = change.path.split(".").filter((segment) => !/^\d+$/.test(segment)).join(".");
  return [change.before, change.after].every((value) => value === void 0 || value === null || typeof value !== "string" || /^\d{4}-\d{2}-\d{2}$/.test(value) || SHOWN_TEXT.has(pattern));
}
function describeChange(change) {
  if (!isShown(change)) {
    const word = change.before === void 0 || change.before === null ? "ingevuld" : change.after === void 0 ? "verwijderd" : "gewijzigd";
    return `${change.path}: (${word})`;
  }
  return `${change.path}: ${shown(change.before)} → ${shown(change.after)}`;
}
function complaintKeyOrder(mapPath) {
  let node = complaintSchema;
  for (const segment of mapPath)
    node = typeof segment === "number" ? node?.items : node?.properties?.[segment];
  return Object.keys(node?.properties ?? {});
}

// dist/register/frontmatter-edit.js
var import_node_util = __toESM(require_node_util(), 1);

// dist/register/edit-aliases.js
var EditError = class extends Error {
};
function repeatedAnchors(aliasTargets) {
  const repeated = /* @__PURE__ */ new Map();
  for (const [alias2, target] of aliasTargets)
    if (!repeated.has(target))
      repeated.set(target, alias2);
  return repeated;
}
function nodeForEdit(doc, repeated, path) {
  const { isAlias, isCollection } = yamlLib();
  let node = doc.contents;
  for (let depth = 0; ; depth++) {
    const alias2 = repeated.get(node);
    if (alias2)
      throw new EditError(anchorRepeated(path.slice(0, depth), alias2.source));
    if (depth === path.length)
      return node;
    if (isAlias(node))
      throw new EditError(throughAlias(path.slice(0, depth), node.source));
    if (!isCollection(node))
      return void 0;
    node = node.get(path[depth], true);
    if (node === void 0)
      return void 0;
  }
}
function aliasNotReplaced(path, name) {
  return `Het veld ${fieldName(path)} is een verwijzing (${alias(name)}) naar een waarde elders in de frontmatter, en klacht vervangt een verwijzing alleen door één waarde. Schrijf de velden zelf in plaats van ${alias(name)} en probeer het opnieuw; er is niets geschreven.`;
}
function throughAlias(path, name) {
  return `Het veld ${fieldName(path)} is een verwijzing (${alias(name)}) naar een waarde elders in de frontmatter; via een verwijzing wijzigt klacht niets. Schrijf de waarde zelf in plaats van ${alias(name)} en probeer het opnieuw; er is niets geschreven.`;
}
function anchorRepeated(path, name) {
  return `${path.length === 0 ? "De frontmatter heeft" : `Het veld ${fieldName(path)} heeft`} een anker (${anchor(name)}) dat elders wordt herhaald met ${alias(name)}; een wijziging hier zou ook daar iets veranderen. Schrijf bij ${alias(name)} de waarde zelf uit en probeer het opnieuw; er is niets geschreven.`;
}
function fieldName(path) {
  return path.join(".");
}
function alias(name) {
  return isSafeToEcho(name) ? `*${name}` : "*";
}
function anchor(name) {
  return isSafeToEcho(name) ? `&${name}` : "&";
}

// dist/register/yaml-scalar.js
var SAFE_PLAIN = /^[\p{L}\p{N}(][^\n\r\t#:{}[\],&*!|>'"%@`\\]*$/u;
var AMBIGUOUS = /^(?:y|n|yes|no|on|off|true|false|null|nan|inf)$/i;
var READABLE = /^(?:[\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
var ESCAPED_BEYOND_JSON = /[\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g;
function isSafePlain(text) {
  if (parseCalendarDate(text) !== void 0 && !text.startsWith("0000"))
    return true;
  if (!SAFE_PLAIN.test(text) || !READABLE.test(text) || text !== text.trim() || AMBIGUOUS.test(text))
    return false;
  return !/^[0-9]/.test(text);
}
function doubleQuoted(text) {
  return JSON.stringify(text).replace(ESCAPED_BEYOND_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function fitsLiteralBlock(text) {
  if (!text.includes("\n") || text.endsWith("\n"))
    return false;
  const lines = text.split("\n");
  if (!lines.every((line) => READABLE.test(line.replace(/\t/g, " "))))
    return false;
  const first = lines[0] ?? "";
  return first.trim() !== "" && !/^[ \t]/.test(first) && !lines.some((line) => /^[ ]*\t/.test(line));
}
function literalBlock(text, indent) {
  return { header: "|-", lines: text.split("\n").map((line) => line === "" ? "" : `${indent}${line}`) };
}
function renderScalar(value, options) {
  if (typeof value === "boolean")
    return { kind: "inline", text: String(value) };
  if (isSafePlain(value))
    return { kind: "inline", text: value };
  if (!options.inFlow && fitsLiteralBlock(value))
    return { kind: "block", ...literalBlock(value, options.indent) };
  return { kind: "inline", text: doubleQuoted(value) };
}

// dist/register/edit-lines.js
function isEditMap(value) {
  return typeof value === "object" && !Array.isArray(value);
}
function plainKey(key) {
  return isSafePlain(key) ? key : doubleQuoted(key);
}
var LineWriter = class {
  unit;
  blockAbove;
  /**
   * `unit`: the file's indentation step. `blockAbove`: the indentation a block's content must
   * exceed (-1 when nothing follows that a block could take in).
   */
  constructor(unit, blockAbove) {
    this.unit = unit;
    this.blockAbove = blockAbove;
  }
  /** A scalar whose block form (if any) would have its content lines indented by `indent`. */
  scalar(value, indent, inFlow = false) {
    return renderScalar(value, { inFlow: inFlow || indent.length <= this.blockAbove, indent });
  }
  /** The lines of `key: value` in a block mapping indented by `indent`. */
  keyLines(key, value, indent) {
    const name = `${indent}${plainKey(key)}:`;
    if (typeof value === "string" || typeof value === "boolean") {
      const rendered = this.scalar(value, indent + this.unit);
      return rendered.kind === "inline" ? [`${name} ${rendered.text}`] : [`${name} ${rendered.header}`, ...rendered.lines];
    }
    const child = indent + this.unit;
    if (Array.isArray(value))
      return value.length === 0 ? [`${name} []`] : [name, ...value.flatMap((item) => this.itemLines(item, child, false))];
    const entries = Object.entries(value);
    return entries.length === 0 ? [`${name} {}`] : [name, ...entries.flatMap(([k, v]) => this.keyLines(k, v, child))];
  }
  /** The lines of a list item (`- ...`) whose dash stands at `dashIndent`; `flowItem`: the list's items are `{ }`. */
  itemLines(item, dashIndent, flowItem) {
    const inner = `${dashIndent}  `;
    if (typeof item === "string" || typeof item === "boolean") {
      const rendered = this.scalar(item, inner);
      return rendered.kind === "inline" ? [`${dashIndent}- ${rendered.text}`] : [`${dashIndent}- ${rendered.header}`, ...rendered.lines];
    }
    const singleLine = (value) => typeof value !== "string" || !value.includes("\n");
    if (Array.isArray(item) || flowItem && Object.values(item).every(singleLine))
      return [`${dashIndent}- ${this.flow(item)}`];
    const lines = Object.entries(item).flatMap(([key, value]) => this.keyLines(key, value, inner));
    if (lines.length === 0)
      return [`${dashIndent}- {}`];
    return [`${dashIndent}- ${(lines[0] ?? "").slice(inner.length)}`, ...lines.slice(1)];
  }
  /** A value in flow style (inside `{ }` or `[ ]`). */
  flow(value) {
    if (typeof value === "string" || typeof value === "boolean") {
      const rendered = renderScalar(value, { inFlow: true, indent: "" });
      return rendered.kind === "inline" ? rendered.text : doubleQuoted(String(value));
    }
    if (Array.isArray(value))
      return `[${value.map((v) => this.flow(v)).join(", ")}]`;
    const entries = Object.entries(value);
    return entries.length === 0 ? "{}" : `{ ${entries.map(([k, v]) => `${plainKey(k)}: ${this.flow(v)}`).join(", ")} }`;
  }
};

// dist/register/edit-places.js
function lineStart(text, at) {
  return text.lastIndexOf("\n", at - 1) + 1;
}
function indentUnit(matter) {
  const match = /\n( +)[^ \r\n#-]/.exec(matter);
  return match?.[1] ? match[1].length : 2;
}
function deepestLooseLine(text, from) {
  let deepest = -1;
  for (let start = from; start < text.length; ) {
    const next = text.indexOf("\n", start);
    const end = next === -1 ? text.length : next;
    const line = text.slice(start, end).replace(/\r$/, "");
    const indentation = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (indentation < line.length && line[indentation] !== "#")
      break;
    deepest = Math.max(deepest, line.includes("	") ? Infinity : indentation);
    if (next === -1)
      break;
    start = next + 1;
  }
  return deepest;
}
function insertionPlace(keys, index, order) {
  if (index === -1)
    return {};
  let after;
  let afterRank = -1;
  let before;
  let beforeRank = Infinity;
  keys.forEach((key, i) => {
    const rank = key === void 0 ? -1 : order.indexOf(key);
    if (rank === -1)
      return;
    if (rank < index && rank >= afterRank) {
      after = i;
      afterRank = rank;
    }
    if (rank > index && rank < beforeRank) {
      before = i;
      beforeRank = rank;
    }
  });
  return after !== void 0 ? { after } : before !== void 0 ? { before } : {};
}

// dist/register/frontmatter-edit.js
var noOrder = () => [];
var UNREADABLE = "De frontmatter van het bestand is niet te lezen; herstel eerst de fouten (klacht valideer).";
function editFrontmatter(fileText, order = noOrder) {
  if (fileText.length > MAX_FILE_BYTES)
    throw new EditError(`Het bestand is groter dan ${MAX_FILE_BYTES / 1024 / 1024} MB en is niet gelezen.`);
  const bom = fileText.startsWith("\uFEFF") ? "\uFEFF" : "";
  const text = fileText.slice(bom.length);
  const split = splitFrontmatter(text);
  const lineBreak = text.search(/\r?\n/);
  let start = -1;
  if (split.kind === "split" && lineBreak !== -1) {
    for (let at = lineBreak; at >= 3; at--) {
      if (text.startsWith(split.matter, at)) {
        start = at;
        break;
      }
    }
  }
  if (split.kind !== "split" || start === -1)
    throw new EditError(UNREADABLE);
  return new FrontmatterEditor(bom + text.slice(0, start), split.matter, text.slice(start + split.matter.length), order);
}
var FrontmatterEditor = class {
  head;
  matter;
  tail;
  order;
  eol;
  unit;
  parsed;
  constructor(head, matter, tail, order) {
    this.head = head;
    this.matter = matter;
    this.tail = tail;
    this.order = order;
    this.eol = matter.includes("\r\n") ? "\r\n" : "\n";
    this.unit = " ".repeat(indentUnit(matter));
    this.parsed = parse(matter);
  }
  /** The whole file as it is now. */
  get text() {
    return this.head + this.matter + this.tail;
  }
  /** The frontmatter data as it is now. */
  get data() {
    return this.parsed.data;
  }
  /** Sets a value; a mapping is merged key by key into an existing one. Missing parents are made. */
  set(path, value) {
    this.apply({ kind: "set", path, value }, () => this.setAt(path, value));
  }
  /** Appends an item to the list at `path` (made when missing); returns the item's index. */
  append(path, item) {
    const current = getPlain(this.data, path);
    const index = Array.isArray(current) ? current.length : 0;
    this.apply({ kind: "append", path, item }, () => this.appendAt(path, item));
    return index;
  }
  apply(operation, edit) {
    const expected = applyPlain(structuredClone(this.data), operation);
    const before = { matter: this.matter, parsed: this.parsed };
    try {
      edit();
      if (!(0, import_node_util.isDeepStrictEqual)(this.parsed.data, expected)) {
        throw new EditError(`Het veld ${operation.path.join(".")} kon niet veilig worden gewijzigd; er is niets geschreven.`);
      }
    } catch (error) {
      this.matter = before.matter;
      this.parsed = before.parsed;
      throw error;
    }
  }
  splice(start, end, text) {
    const matter = this.matter.slice(0, start) + text + this.matter.slice(end);
    let parsed;
    try {
      parsed = parse(matter);
    } catch {
      throw new EditError("Na de wijziging zou de frontmatter niet meer te lezen zijn; er is niets geschreven.");
    }
    this.matter = matter;
    this.parsed = parsed;
  }
  node(path) {
    return nodeForEdit(this.parsed.doc, this.parsed.repeated, path);
  }
  setAt(path, value) {
    const { isAlias, isMap, isScalar } = yamlLib();
    const node = this.node(path);
    if (isEditMap(value) && isMap(node)) {
      for (const [key2, child] of Object.entries(value))
        this.setAt([...path, key2], child);
      return;
    }
    if (isScalar(node) || isAlias(node)) {
      this.replaceValue(node, path, value);
      return;
    }
    if (node !== void 0)
      throw new EditError(`Het veld ${path.join(".")} is een lijst of groep velden en kan niet door één waarde worden vervangen.`);
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1];
    const parent = this.node(parentPath);
    if (typeof key !== "string")
      throw new EditError(`Het veld ${path.join(".")} bestaat niet.`);
    if (isMap(parent))
      this.addKey(parent, parentPath, key, value);
    else if (parent === void 0 || isScalar(parent) && parent.value === null)
      this.setAt(parentPath, { [key]: value });
    else
      throw new EditError(`Het veld ${parentPath.join(".")} is geen groep velden.`);
  }
  appendAt(path, item) {
    const { isMap, isScalar, isSeq } = yamlLib();
    const node = this.node(path);
    if (!isSeq(node)) {
      if (node === void 0 || isScalar(node) && node.value === null)
        this.setAt(path, [item]);
      else
        throw new EditError(`Het veld ${path.join(".")} is geen lijst.`);
      return;
    }
    const range = rangeOf(node);
    const last = node.items[node.items.length - 1];
    if (node.flow) {
      const text = this.writer(-1).flow(item);
      if (!last)
        this.splice(range[0], range[1], `[${text}]`);
      else
        this.splice(rangeOf(last)[1], rangeOf(last)[1], `, ${text}`);
      return;
    }
    const dash = range[0] - lineStart(this.matter, range[0]);
    if (this.matter[range[0]] !== "-")
      throw new EditError(`De lijst ${path.join(".")} heeft een vorm die niet veilig kan worden aangevuld.`);
    const flowItem = last !== void 0 && isMap(last) && last.flow === true;
    const at = this.afterLine(range[1]);
    this.insertLines(at, this.writer(at).itemLines(item, " ".repeat(dash), flowItem));
  }
  /**
   * Replaces a scalar's or an alias's text; `value` may be a collection only where the scalar is
   * empty (null). A comment after an empty value, and one on a block scalar's header, stay.
   */
  replaceValue(node, path, value) {
    const [start, end] = rangeOf(node);
    const parent = this.node(path.slice(0, -1));
    const inFlow = parent?.flow === true;
    const glue = start === end && this.matter[start] === "#" ? " " : "";
    const space = start > 0 && !/\s/.test(this.matter[start - 1] ?? " ") ? " " : "";
    const indent = this.blockIndent(parent, start);
    if (typeof value !== "string" && typeof value !== "boolean") {
      if (yamlLib().isAlias(node))
        throw new EditError(aliasNotReplaced(path, node.source));
      if (node.value !== null)
        throw new EditError(`Het veld ${path.join(".")} heeft al een waarde die geen lijst of groep velden is.`);
      if (inFlow)
        this.splice(start, end, `${space}${this.writer(-1).flow(value)}${glue}`);
      else
        this.fillEmpty(start, end, value, indent);
      return;
    }
    const block = /^[|>][0-9+-]*([ \t]+#[^\r\n]*)?/.exec(this.matter.slice(start, end));
    const headerComment = block?.[1] ?? "";
    const endedLine = block !== null && this.matter[end - 1] === "\n" ? this.eol : "";
    const rendered = this.writer(block ? end : this.afterLine(end)).scalar(value, indent, inFlow);
    if (rendered.kind === "inline") {
      this.splice(start, end, `${space}${rendered.text}${headerComment}${glue}${endedLine}`);
    } else if (block) {
      this.splice(start, end, `${space}${rendered.header}${headerComment}${this.eol}${rendered.lines.join(this.eol)}${endedLine}`);
    } else {
      const lineEnd = this.lineEnd(end);
      const rest = this.matter.slice(end, lineEnd);
      this.splice(start, lineEnd, `${space}${rendered.header}${rest.startsWith("#") ? " " : ""}${rest}${this.eol}${rendered.lines.join(this.eol)}`);
    }
  }
  /**
   * Writes a mapping or list where an empty value (nothing, `~` or `null`) stands in a block
   * mapping: under its key, after the comment on the key's line. The `~` or `null` goes, and so
   * do the spaces before it when nothing follows.
   */
  fillEmpty(start, end, value, indent) {
    const lineEnd = this.lineEnd(end);
    const rest = this.matter.slice(end, lineEnd).trim() === "" ? "" : this.matter.slice(end, lineEnd);
    let cut = start;
    if (rest === "")
      while (cut > 0 && this.matter[cut - 1] === " ")
        cut--;
    const writer = this.writer(this.afterLine(end));
    const lines = Array.isArray(value) ? value.flatMap((item) => writer.itemLines(item, indent, false)) : Object.entries(value).flatMap(([key, child]) => writer.keyLines(key, child, indent));
    this.splice(cut, lineEnd, `${rest}${this.eol}${lines.join(this.eol)}`);
  }
  addKey(map, mapPath, key, value) {
    const pairs = map.items;
    const order = this.order(mapPath);
    const place = insertionPlace(pairs.map((p) => keyName(p)), order.indexOf(key), order);
    if (map.flow) {
      const text = `${plainKey(key)}: ${this.writer(-1).flow(value)}`;
      if (pairs.length === 0) {
        const range = rangeOf(map);
        this.splice(range[0], range[1], `{ ${text} }`);
      } else if (place.before === void 0 || place.after !== void 0) {
        const pair = pairs[place.after ?? pairs.length - 1];
        const at2 = rangeOf(pair.value ?? pair.key)[1];
        this.splice(at2, at2, `, ${text}`);
      } else {
        const at2 = rangeOf(pairs[place.before]?.key)[0];
        this.splice(at2, at2, `${text}, `);
      }
      return;
    }
    const firstKey = pairs[0]?.key;
    const firstStart = rangeOf(firstKey)[0];
    const indent = " ".repeat(firstStart - lineStart(this.matter, firstStart));
    const before = place.before === void 0 ? void 0 : rangeOf(pairs[place.before]?.key)[0];
    if (before !== void 0 && /^ *$/.test(this.matter.slice(lineStart(this.matter, before), before))) {
      const at2 = lineStart(this.matter, before);
      this.insertLines(at2, this.writer(at2).keyLines(key, value, indent));
      return;
    }
    const after = pairs[place.after ?? pairs.length - 1];
    const at = this.afterLine(rangeOf(after.value ?? after.key)[1]);
    this.insertLines(at, this.writer(at).keyLines(key, value, indent));
  }
  /** A writer of new text followed by the line starting at `at`: blocks only where the lines from there cannot be taken in. */
  writer(at) {
    return new LineWriter(this.unit, at < 0 ? -1 : deepestLooseLine(this.matter, at));
  }
  /** Inserts whole lines at a line start (or at the end of a matter that ends without a line break). */
  insertLines(at, lines) {
    const body = lines.join(this.eol);
    if (at >= this.matter.length && !this.matter.endsWith("\n"))
      this.splice(this.matter.length, this.matter.length, `${this.eol}${body}`);
    else
      this.splice(at, at, `${body}${this.eol}`);
  }
  /** The start of the line after the one holding the character before `end`. */
  afterLine(end) {
    if (end > 0 && this.matter[end - 1] === "\n")
      return end;
    const next = this.matter.indexOf("\n", end);
    return next === -1 ? this.matter.length : next + 1;
  }
  /** The end of the line holding `at`, before its line break. */
  lineEnd(at) {
    const next = this.matter.indexOf("\n", at);
    if (next === -1)
      return this.matter.length;
    return this.matter[next - 1] === "\r" && next - 1 >= at ? next - 1 : next;
  }
  /**
   * The indentation of a block scalar's content lines for a value at `start`: one step deeper
   * than the keys of its mapping; in a list, the item's own column (deeper than its dash).
   */
  blockIndent(parent, start) {
    const { isMap } = yamlLib();
    if (isMap(parent) && parent.items.length > 0) {
      const keyStart = rangeOf(parent.items[0].key)[0];
      return " ".repeat(keyStart - lineStart(this.matter, keyStart)) + this.unit;
    }
    return " ".repeat(start - lineStart(this.matter, start));
  }
};
function parse(matter) {
  const { isMap } = yamlLib();
  const { doc, structure, aliasTargets } = readYamlDocument(matter);
  if (doc.errors.length > 0 || structure.length > 0 || !isMap(doc.contents))
    throw new EditError(UNREADABLE);
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    throw new EditError(UNREADABLE);
  }
  return { doc, data, repeated: repeatedAnchors(aliasTargets) };
}
function rangeOf(node) {
  const range = node.range;
  if (!range)
    throw new EditError("Een veld heeft geen plaats in het bestand.");
  return range;
}
function keyName(pair) {
  const key = pair.key;
  return typeof key?.value === "string" ? key.value : void 0;
}
function getPlain(data, path) {
  let node = data;
  for (const segment of path)
    node = node?.[segment];
  return node;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function applyPlain(data, operation) {
  const merge = (target, value) => {
    if (isEditMap(value) && isPlainObject(target)) {
      for (const [key, child] of Object.entries(value))
        target[key] = merge(target[key], child);
      return target;
    }
    return structuredClone(value);
  };
  const { path } = operation;
  let parent = data;
  for (const segment of path.slice(0, -1)) {
    const next = parent[segment];
    if (!isPlainObject(next) && !Array.isArray(next))
      parent[segment] = {};
    parent = parent[segment];
  }
  const last = path[path.length - 1];
  if (operation.kind === "set") {
    parent[last] = merge(parent[last], operation.value);
  } else {
    const list = parent[last];
    parent[last] = Array.isArray(list) ? [...list, structuredClone(operation.item)] : [structuredClone(operation.item)];
  }
  return data;
}

// dist/cli/steps/step.js
var DRY_RUN_OPTION = { "dry-run": { type: "boolean", description: "Toon alleen wat er zou veranderen; schrijf niets." } };
var UNREADABLE2 = /* @__PURE__ */ new Set(["file-too-large", "file-binary", "file-encoding", "file-empty"]);
async function openStep(context, command) {
  const id = context.positionals[0] ?? await askId(context, command);
  const year = idYear(id);
  const fromForm = context.values.formulier === true;
  if (!isComplaintId(id) || year === void 0)
    throw unknownComplaint(id, command, { fromForm });
  const file = complaintPath(id, year);
  for (const part of [COMPLAINTS_DIR, complaintFolder(year), file]) {
    const stat = (0, import_node_fs.lstatSync)((0, import_node_path.join)(context.root, part), { throwIfNoEntry: false });
    if (!stat)
      throw unknownComplaint(id, command, { fromForm });
    if (stat.isSymbolicLink())
      throw new RunError(`${part} is een symbolische koppeling; klacht wijzigt daar niets. Zie klacht valideer.`);
    if (part === file && !stat.isFile())
      throw new RunError(`${file} is geen gewoon bestand (maar bijvoorbeeld een map); klacht wijzigt daar niets. Zie klacht valideer.`);
  }
  const bytes = readBounded((0, import_node_path.join)(context.root, file));
  const validation = validationContext(loadConfig(context.root).config, context.today);
  const checked = checkComplaintBytes(file, bytes, validation);
  if (!checked.complaint) {
    const unread = checked.findings.find((f) => UNREADABLE2.has(f.rule));
    throw new RunError(`${file}: ${unread ? unread.message : "de frontmatter is niet te lezen; herstel eerst de fouten (klacht valideer)."}`);
  }
  let editor;
  try {
    editor = editFrontmatter(bytes.toString("utf8"), complaintKeyOrder);
  } catch (error) {
    if (error instanceof EditError)
      throw new RunError(`${file}: ${error.message}`);
    throw error;
  }
  if (checked.complaint.anonymised !== void 0) {
    throw new UsageError(`Klacht ${id} is geanonimiseerd (de bewaartermijn is voorbij): er kan niets meer aan worden toegevoegd.`, command);
  }
  return { id, file, complaint: checked.complaint, data: editor.data, config: validation.config, validation, text: editor.text, read: bytes, findings: checked.findings };
}
async function askId(context, command) {
  if (!context.io.stdinIsTty || context.json)
    throw new UsageError(`Noem de klacht: klacht ${command} KL-<jaar>-<nummer> [opties].`, command);
  const { input } = await import("./esm-K2JZPRQY.mjs");
  const answer = await input({ message: "Klachtnummer (KL-<jaar>-<nummer>):", validate: (v) => isComplaintId(v.trim()) || "Gebruik de vorm KL-2026-007." }, { input: context.io.input, output: context.io.output, clearPromptOnDone: false });
  return answer.trim();
}
function finishStep(context, target, plan) {
  const dryRun = context.values["dry-run"] === true;
  const editor = editFrontmatter(target.text, complaintKeyOrder);
  try {
    plan.edit(editor);
  } catch (error) {
    if (error instanceof EditError)
      throw new RunError(`${target.file}: ${error.message}`);
    throw error;
  }
  const changes = fieldChanges(target.data, editor.data);
  const bytes = Buffer.from(editor.text, "utf8");
  const checked = checkComplaintBytes(target.file, bytes, target.validation);
  const errors = checked.findings.filter((f) => f.severity === "error");
  const warnings = checked.findings.filter((f) => f.severity === "warning");
  const report = { id: target.id, file: target.file, changed: changes.map((c) => c.path) };
  if (errors.length > 0) {
    if (context.json) {
      printJson(context, { ...report, written: false, findings: checked.findings });
      return 1;
    }
    context.io.stdout(`Klacht ${target.id} is niet gewijzigd: het resultaat zou ${errors.length === 1 ? "een fout" : `${errors.length} fouten`} hebben. Er is niets geschreven.
`);
    printFindings(errors, context);
    if (target.findings.some((f) => f.severity === "error")) {
      context.io.stdout(`Het bestand had al fouten vóór deze stap. Herstel die eerst (klacht valideer --register ... ${target.file}).
`);
    }
    return 1;
  }
  const write = !dryRun && changes.length > 0;
  if (write)
    replaceComplaintFile(context.root, target.file, target.read, bytes, (message) => context.io.stderr(`${message}
`));
  if (context.json) {
    printJson(context, { ...report, written: write, ...dryRun ? { dry_run: true } : {}, findings: checked.findings });
    return 0;
  }
  printReport(context, target, changes, { dryRun, write });
  if (warnings.length > 0)
    printFindings(warnings, context);
  if (write && checked.complaint) {
    const next = context.values.formulier === true ? [] : plan.next(checked.complaint);
    for (const line of [...next, ...nextDeadline(context, target, checked.complaint)])
      context.io.stdout(`${line}
`);
  }
  return 0;
}
function printReport(context, target, changes, how) {
  if (changes.length === 0) {
    context.io.stdout(`Klacht ${target.id}: er verandert niets; het bestand is niet aangeraakt.
`);
    return;
  }
  context.io.stdout(how.dryRun ? `Klacht ${target.id} (${target.file}) zou zo veranderen (--dry-run: er is niets geschreven):
` : `Klacht ${target.id} bijgewerkt (${target.file}):
`);
  for (const change of changes)
    context.io.stdout(`  ${describeChange(change)}
`);
}
function nextDeadline(context, target, complaint) {
  const { procedure, calendar, config } = target.validation;
  const open = complaintDeadlines(complaint, { procedure, calendar, today: context.today, warningDays: config.warningDays, retentionMonths: config.retentionMonths }).filter((d) => isOpen(d.state)).sort((a, b) => a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
  const first = open[0];
  if (!first)
    return [];
  return [`Eerstvolgende termijn: ${deadlineKindName(first)}, uiterlijk ${formatDateDutch(first.due)}${first.state === "overdue" ? " (verlopen)" : ""}.`];
}

// dist/cli/steps/command.js
function fieldOptions(field) {
  const help = fieldHelp(field);
  switch (field.kind) {
    case "yes-no":
      return {
        [field.name]: { type: "boolean", description: `${field.yes ?? `${field.label}: ja`}.${field.need === "no" ? "" : ` Deze of --${negativeOf(field)} is verplicht${field.need === "missing" ? " als het nog niet bij de klacht staat" : ""}.`}` },
        [negativeOf(field)]: { type: "boolean", description: `${field.no ?? `${field.label}: nee`}.` }
      };
    case "texts":
      return { [field.name]: { type: "string", multiple: true, valueName: field.valueName ?? "tekst", description: help } };
    default:
      return { [field.name]: { type: "string", valueName: field.kind === "date" ? "datum" : field.valueName ?? "tekst", description: help } };
  }
}
function negativeOf(field) {
  return field.negative ?? `niet-${field.name}`;
}
function needText(field) {
  switch (field.need) {
    case "always":
      return " Verplicht.";
    case "missing":
      return " Verplicht als het nog niet bij de klacht staat.";
    case "no":
      return "";
  }
}
function fieldHelp(field) {
  const choices = field.choices === void 0 ? "" : CHOICE_HELP[field.choices];
  return [
    `${field.label}${choices ? ` (${choices})` : ""}.`,
    needText(field).trim(),
    field.kind === "date" ? `Bijvoorbeeld 2026-12-03, 3-12-2026 of "3 december 2026"${field.today ? "; leeg: vandaag" : ""}.` : "",
    field.inLetter ? `Staat letterlijk in de brief aan de indiener (${field.inLetter}).` : ""
  ].filter((part) => part !== "").join(" ");
}
var CHOICE_HELP = {
  rollen: "opdrachtgever, medewerker, coachee of klant",
  wijzen: "mondeling, telefonisch, e-mail, brief of anders",
  richtingen: "in of uit",
  soorten: "ontvangstbevestiging, reactie, verlenging, oplossing of overig",
  oordelen: "gegrond, deels gegrond, ongegrond of ingetrokken",
  "maatregel-statussen": "gepland of uitgevoerd",
  categorieen: "een van de categorieën in klachtenregister.yml",
  mensen: "een van de directie of de medewerkers in klachtenregister.yml",
  directie: "een van de directie in klachtenregister.yml",
  maatregelen: "het nummer in de lijst van het dossier"
};
function stepSpec(step, extra = {}) {
  const needed = step.fields.filter((f) => f.need !== "no");
  const inLetter = step.fields.filter((f) => f.inLetter);
  const edits = "plan" in step;
  return {
    name: step.command,
    summary: step.summary,
    ...edits ? { positionals: "<klachtnummer>", maxPositionals: 1 } : { maxPositionals: 0 },
    ...extra.startsRegister ? { startsRegister: true } : {},
    description: [
      ...step.description,
      ...extra.description ?? [],
      ...needed.length > 0 ? [`Verplicht (als het nog niet bij de klacht staat): ${needed.map((f) => f.kind === "yes-no" ? `--${f.name} of --${negativeOf(f)}` : `--${f.name}`).join(", ")}. In een terminal vraagt klacht wat ontbreekt.`] : [],
      ...inLetter.length > 0 ? [`Deze velden gaan letterlijk naar de indiener, in de brief: ${inLetter.map((f) => `--${f.name}`).join(", ")}.`] : [],
      "Het resultaat wordt gecontroleerd zoals klacht valideer doet; met fouten wordt niets geschreven."
    ].join("\n"),
    options: { ...Object.assign({}, ...step.fields.map(fieldOptions)), ...DRY_RUN_OPTION },
    examples: step.examples
  };
}
function stepCommand(step) {
  return { spec: stepSpec(step), run: (context) => runStep(context, step) };
}
async function runStep(context, step) {
  const target = await openStep(context, step.command);
  const refusal = step.refuse(target.complaint, target.config);
  if (refusal)
    throw new UsageError(refusalText(context, `Klacht ${target.id}: ${refusal.message}`, refusal), step.command);
  const answers = await collectAnswers(context, step, target.config, target.complaint);
  const plan = step.plan({ id: target.id, complaint: target.complaint, answers, today: context.today, config: target.config });
  if ("refused" in plan)
    throw new UsageError(refusalText(context, `Klacht ${target.id}: ${plan.refused.message}`, plan.refused), step.command);
  return finishStep(context, target, {
    command: step.command,
    edit(editor) {
      for (const edit of plan.edits) {
        if (edit.op === "set")
          editor.set(edit.path, edit.value);
        else
          editor.append(edit.path, edit.value);
      }
    },
    next: () => afterWriting(context, plan.next)
  });
}
function refusalText(context, message, refusal) {
  const next = nextLines(context, refusal.next ?? []);
  return next.length === 0 ? message : `${message}
${next.map((line) => `  ${line}`).join("\n")}`;
}
function nextLines(context, next) {
  const fromForm = context.values.formulier === true;
  return next.map((step) => {
    if (fromForm)
      return step.form ? `${step.text} Gebruik het formulier "${step.form}".` : step.text;
    return step.command ? `${step.text.replace(/\.$/, "")}: ${step.command}` : step.text;
  });
}
function afterWriting(context, next) {
  const lines = nextLines(context, next);
  if (context.values.formulier === true)
    return lines;
  const all = [...lines, "Open een pull request met deze wijziging; een directielid keurt hem goed."];
  return all.map((line, i) => `${i === 0 ? "Volgende stap" : "Daarna"}: ${line.charAt(0).toLowerCase()}${line.slice(1)}`);
}
function fieldName2(context, field) {
  return context.values.formulier === true ? `het veld '${field.name}' van het formulier` : `--${field.name}`;
}
async function collectAnswers(context, step, config, complaint) {
  const interactive = context.io.stdinIsTty && !context.json;
  const prompts = interactive ? await import("./esm-K2JZPRQY.mjs") : void 0;
  const answers = {};
  const missing = [];
  for (const field of step.fields) {
    const given = givenValue(context, step, field, config, complaint);
    const has = complaint !== void 0 && field.has?.(complaint) === true;
    const needed = field.need === "always" || field.need === "missing" && !has;
    let value = given;
    if (value === void 0 && prompts && (needed || !has))
      value = await ask(context, prompts, step.command, field, needed, config, complaint);
    if (value === void 0 && needed && field.choices === "directie" && config.management.length === 1 && context.values.formulier !== true)
      value = config.management[0]?.naam;
    if (value !== void 0)
      answers[field.name] = value;
    else if (needed)
      missing.push(field);
  }
  if (missing.length > 0)
    throw new UsageError(missingText(context, step, missing), step.command);
  return answers;
}
function missingText(context, step, missing) {
  if (context.values.formulier === true) {
    return `Er ontbreken gegevens in het formulier: ${missing.map((f) => `'${f.name}' (${f.label})`).join(", ")}. Start het formulier "${step.form.name}" opnieuw en vul ze in.`;
  }
  const options = missing.map((f) => f.kind === "yes-no" ? `--${f.name} of --${negativeOf(f)}` : `--${f.name}`);
  return `Er ontbreken gegevens: ${options.join(", ")}. Geef ze als optie, of start klacht ${step.command} in een terminal om ernaar gevraagd te worden.`;
}
function givenValue(context, step, field, config, complaint) {
  const raw = context.values[field.name];
  switch (field.kind) {
    case "yes-no": {
      const no = context.values[negativeOf(field)] === true;
      if (raw === true && no)
        throw new UsageError(`Kies --${field.name} of --${negativeOf(field)}, niet allebei.`, step.command);
      return raw === true ? true : no ? false : void 0;
    }
    case "texts": {
      const list = (Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : []).map(cleanText).filter((v) => v !== "");
      return list.length > 0 ? list : void 0;
    }
    default: {
      const text = typeof raw === "string" ? cleanText(raw) : "";
      if (text === "")
        return void 0;
      return readTyped(context, step, field, text, config, complaint);
    }
  }
}
function cleanText(value) {
  return value.replace(/\r\n?/g, "\n").trim();
}
function readTyped(context, step, field, text, config, complaint) {
  switch (field.kind) {
    case "date": {
      const date = parseUserDate(text);
      if (date === void 0)
        throw new UsageError(`${capital(fieldName2(context, field))} is geen bestaande datum. Schrijf bijvoorbeeld ${DATE_FORMS}.`, step.command);
      return date;
    }
    case "choice": {
      if (field.choices === "maatregelen")
        return text;
      const options = choicesOf(field, config, complaint);
      if (options.length === 0)
        return text;
      const chosen = matchChoice(text, options.map((o) => o.value));
      if (chosen === void 0)
        throw new UsageError(`${capital(fieldName2(context, field))} is een van deze: ${options.map((o) => o.value).join(", ")}.`, step.command);
      return chosen;
    }
    case "file":
      return registerFile(context, step.command, field, text);
    default:
      return text;
  }
}
function capital(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function registerFile(context, command, field, path) {
  const state = attachmentState(context.root, path);
  if (state === "not-a-path") {
    throw new UsageError(`${capital(fieldName2(context, field))} is het pad van een bestand in het register, met / en vanaf de map van het register, bijvoorbeeld bijlagen/KL-2026-007/formulier.pdf (geen .., geen stationsletter, niet beginnend met /).`, command);
  }
  if (state !== "file") {
    throw new UsageError(`Het bestand bij ${fieldName2(context, field)} staat niet in het register. Zet het eerst in de repository (in bijlagen/<klachtnummer>/) en geef dan zijn pad.`, command);
  }
  return path;
}
async function ask(context, prompts, command, field, needed, config, complaint) {
  const promptContext = { input: context.io.input, output: context.io.output, clearPromptOnDone: false };
  switch (field.kind) {
    case "yes-no": {
      const choices = [{ name: "ja", value: "ja" }, { name: "nee", value: "nee" }, ...needed ? [] : [{ name: "(overslaan)", value: "" }]];
      const answer = await prompts.select({ message: field.question, choices }, promptContext);
      return answer === "" ? void 0 : answer === "ja";
    }
    case "choice": {
      const options = choicesOf(field, config, complaint);
      if (options.length === 0 && field.choices !== "maatregelen")
        return askText(prompts, field, needed, promptContext);
      const preferred = field.choices === "directie" ? signerDefault(context, config) : void 0;
      const choices = [...options.map((o) => ({ name: o.label, value: o.value })), ...needed ? [] : [{ name: "(overslaan)", value: "" }]];
      const message = preferred?.note ? `${field.question} (${preferred.note})` : field.question;
      const answer = await prompts.select({ message, choices, ...preferred?.value ? { default: preferred.value } : {} }, promptContext);
      return answer === "" ? void 0 : answer;
    }
    case "date": {
      const fallback = field.today ? context.today : void 0;
      const answer = await prompts.input({
        message: `${field.question}${fallback ? ` (Enter: vandaag, ${formatDateDutch(fallback)})` : needed ? "" : " (Enter: overslaan)"}`,
        validate: (v) => v.trim() === "" ? fallback !== void 0 || !needed || "Dit veld is verplicht." : parseUserDate(v) !== void 0 || `Geen bestaande datum. Schrijf bijvoorbeeld ${DATE_FORMS}.`
      }, promptContext);
      const date = answer.trim() === "" ? fallback : parseUserDate(answer);
      if (date !== void 0 && answer.trim() !== "")
        context.io.stdout(`  (${formatDateDutch(date)})
`);
      return date;
    }
    case "texts": {
      const list = [];
      for (; ; ) {
        const answer = (await prompts.input({ message: field.question }, promptContext)).trim();
        if (answer === "")
          break;
        list.push(answer);
      }
      return list.length > 0 ? list : void 0;
    }
    case "file": {
      const answer = await askText(prompts, field, needed, promptContext);
      return typeof answer === "string" ? registerFile(context, command, field, answer) : void 0;
    }
    default:
      return askText(prompts, field, needed, promptContext);
  }
}
async function askText(prompts, field, needed, promptContext) {
  const answer = (await prompts.input({ message: field.question, validate: (v) => !needed || v.trim() !== "" || "Dit veld is verplicht." }, promptContext)).trim();
  return answer === "" ? void 0 : answer;
}
function signerDefault(context, config) {
  const me = currentPerson(context, config);
  const others = config.management.filter((p) => p.naam !== me);
  if (others.length > 0)
    return { value: others[0]?.naam };
  if (me !== void 0)
    return { value: me, note: "u bent het enige directielid: laat een medewerker de pull request maken, dan keurt u hem goed" };
  return {};
}

export {
  stepSpec,
  stepCommand,
  nextLines,
  collectAnswers
};
