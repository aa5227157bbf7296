// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  removeStaleTempFiles,
  withWriteLock
} from "./chunk-CZMNQTA7.mjs";
import {
  writeFileAtomic
} from "./chunk-H6FA2GJG.mjs";
import {
  MAX_ALIASES,
  MAX_FILE_BYTES,
  complaintSchema,
  parsePlainYaml,
  readYamlDocument,
  splitFrontmatter,
  yamlLib
} from "./chunk-ZAAEDPLE.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_util
} from "./chunk-7GJX6OZ4.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import {
  PERSONAL_FIELDS
} from "./chunk-3ZZ24PPU.mjs";
import {
  parseCalendarDate
} from "./chunk-Y54NMRC7.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/register/complaint-write.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
function replaceComplaintFile(root, file, read, next, onWait) {
  withWriteLock(root, () => {
    const path = (0, import_node_path.join)(root, file);
    removeStaleTempFiles((0, import_node_path.dirname)(path));
    let now;
    try {
      now = (0, import_node_fs.readFileSync)(path);
    } catch {
      now = void 0;
    }
    if (now === void 0 || !now.equals(read)) {
      throw new RunError(`${file} is veranderd nadat klacht het las (door een andere opdracht, een editor of git). Er is niets geschreven; voer de opdracht opnieuw uit, dan gaat hij uit van wat er nu staat.`);
    }
    writeFileAtomic(path, next, () => file);
  }, onWait);
}

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
function shownValue(value) {
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
function describeChange(change, name = change.path, show = shownValue) {
  if (!isShown(change)) {
    const word = change.before === void 0 || change.before === null ? "ingevuld" : change.after === void 0 ? "verwijderd" : "gewijzigd";
    return `${name}: (${word})`;
  }
  return `${name}: ${show(change.before)} → ${show(change.after)}`;
}
function complaintKeyOrder(mapPath) {
  let node = complaintSchema;
  for (const segment of mapPath)
    node = typeof segment === "number" ? node?.items : node?.properties?.[segment];
  return Object.keys(node?.properties ?? {});
}

// dist/register/edit-refusals.js
var EditError = class extends RunError {
};
var NOTHING_WRITTEN = "er is niets geschreven";
var FILE_IN_ORDER = "Het bestand zelf is in orde";
function field(path) {
  return path.length === 0 ? "de frontmatter" : `het veld ${path.join(".")}`;
}
function capital(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function editorLimit(path, why, line) {
  return new EditError(`klacht kan ${field(path)} niet veilig wijzigen: ${why}. ${FILE_IN_ORDER}; dit is een grens van klacht, en ${NOTHING_WRITTEN}. Schrijf ${field(path)} zelf in het bestand (bij regel ${line}) en controleer het met klacht valideer; meld het ook aan de beheerder van klacht, zodat klacht dit later zelf kan.`);
}
function wrongShape(path, what, line) {
  return new EditError(`${capital(field(path))} (regel ${line}) ${what}, en klacht valideer meldt dat ook; ${NOTHING_WRITTEN}. Herstel het bestand eerst en probeer het dan opnieuw.`);
}
function aliasNotReplaced(path, aliasLine) {
  return new EditError(`${capital(field(path))} (regel ${aliasLine}) is een verwijzing (*) naar een waarde elders in de frontmatter, en klacht vervangt een verwijzing alleen door één waarde. ${FILE_IN_ORDER}; ${NOTHING_WRITTEN}. Schrijf op regel ${aliasLine} de velden zelf in plaats van de verwijzing en probeer het opnieuw.`);
}
function throughAlias(path, aliasLine) {
  return new EditError(`${capital(field(path))} (regel ${aliasLine}) is een verwijzing (*) naar een waarde elders in de frontmatter; via een verwijzing wijzigt klacht niets. ${FILE_IN_ORDER}; ${NOTHING_WRITTEN}. Schrijf op regel ${aliasLine} de waarde zelf in plaats van de verwijzing en probeer het opnieuw.`);
}
function anchorRepeated(path, anchorLine, aliasLine) {
  return new EditError(`${capital(field(path))} (regel ${anchorLine}) heeft een anker (&) dat op regel ${aliasLine} wordt herhaald met een verwijzing (*); een wijziging hier zou ook daar iets veranderen. ${FILE_IN_ORDER}; ${NOTHING_WRITTEN}. Schrijf op regel ${aliasLine} de waarde zelf in plaats van de verwijzing en probeer het opnieuw.`);
}

// dist/register/frontmatter-edit.js
var import_node_util2 = __toESM(require_node_util(), 1);

// dist/register/edit-aliases.js
function repeatedAnchors(aliasTargets) {
  const repeated = /* @__PURE__ */ new Map();
  for (const [alias, target] of aliasTargets)
    if (!repeated.has(target))
      repeated.set(target, alias);
  return repeated;
}
function reach(doc, repeated, path, lineOf) {
  const { isAlias, isCollection, isMap } = yamlLib();
  const line = (node2) => lineOf(node2.range?.[0] ?? 0);
  let node = doc.contents;
  let parent;
  for (let depth = 0; ; depth++) {
    const alias = repeated.get(node);
    if (alias)
      throw anchorRepeated(path.slice(0, depth), line(node), line(alias));
    if (depth === path.length)
      return { node, parent, depth };
    if (isAlias(node))
      throw throughAlias(path.slice(0, depth), line(node));
    if (!isCollection(node))
      return { node, parent, depth };
    const segment = path[depth];
    let child;
    if (isMap(node)) {
      const pair = node.items.find((p) => p.key?.value === segment);
      if (pair && pair.value === null)
        throw editorLimit(path.slice(0, depth + 1), `het staat er in de vorm "? ${String(segment)}", zonder dubbele punt en waarde`, line(pair.key));
      child = pair?.value;
    } else {
      child = typeof segment === "number" ? node.items[segment] : void 0;
    }
    if (child === void 0)
      return { node, parent, depth };
    parent = node;
    node = child;
  }
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
function orderedEntries(entries, path, order) {
  const canonical = order(path);
  const rank = (key) => {
    const at = canonical.indexOf(key);
    return at === -1 ? canonical.length : at;
  };
  return [...entries].map(([key, value]) => [key, value]).sort(([a], [b]) => rank(a) - rank(b));
}
var LineWriter = class {
  unit;
  blockAbove;
  order;
  /**
   * `unit`: the file's indentation step. `blockAbove`: the indentation a block's content must
   * exceed (-1 when nothing follows that a block could take in). `order`: the keys' order.
   */
  constructor(unit, blockAbove, order) {
    this.unit = unit;
    this.blockAbove = blockAbove;
    this.order = order;
  }
  /** A scalar whose block form (if any) would have its content lines indented by `indent`. */
  scalar(value, indent, inFlow = false) {
    return renderScalar(value, { inFlow: inFlow || indent.length <= this.blockAbove, indent });
  }
  /** The lines of `key: value` (the key at `path`) in a block mapping indented by `indent`. */
  keyLines(path, value, indent) {
    const name = `${indent}${plainKey(String(path[path.length - 1]))}:`;
    if (typeof value === "string" || typeof value === "boolean") {
      const rendered = this.scalar(value, indent + this.unit);
      return rendered.kind === "inline" ? [`${name} ${rendered.text}`] : [`${name} ${rendered.header}`, ...rendered.lines];
    }
    const lines = this.collectionLines(path, value, indent + this.unit);
    return lines.length === 0 ? [`${name} ${Array.isArray(value) ? "[]" : "{}"}`] : [name, ...lines];
  }
  /** The lines of a mapping's entries or a list's items at `path`, indented by `indent`. */
  collectionLines(path, value, indent) {
    if (Array.isArray(value))
      return value.flatMap((item, i) => this.itemLines([...path, i], item, indent, false));
    return orderedEntries(Object.entries(value), path, this.order).flatMap(([key, child]) => this.keyLines([...path, key], child, indent));
  }
  /** The lines of a list item (`- ...`, the item at `path`) whose dash stands at `dashIndent`; `flowItem`: the list's items are `{ }`. */
  itemLines(path, item, dashIndent, flowItem) {
    const inner = `${dashIndent}  `;
    if (typeof item === "string" || typeof item === "boolean") {
      const rendered = this.scalar(item, inner);
      return rendered.kind === "inline" ? [`${dashIndent}- ${rendered.text}`] : [`${dashIndent}- ${rendered.header}`, ...rendered.lines];
    }
    const singleLine = (value) => typeof value !== "string" || !value.includes("\n");
    if (Array.isArray(item) || flowItem && Object.values(item).every(singleLine))
      return [`${dashIndent}- ${this.flow(path, item)}`];
    const lines = this.collectionLines(path, item, inner);
    if (lines.length === 0)
      return [`${dashIndent}- {}`];
    return [`${dashIndent}- ${(lines[0] ?? "").slice(inner.length)}`, ...lines.slice(1)];
  }
  /** A value (at `path`) in flow style (inside `{ }` or `[ ]`). */
  flow(path, value) {
    if (typeof value === "string" || typeof value === "boolean") {
      const rendered = renderScalar(value, { inFlow: true, indent: "" });
      return rendered.kind === "inline" ? rendered.text : doubleQuoted(String(value));
    }
    if (Array.isArray(value))
      return `[${value.map((v, i) => this.flow([...path, i], v)).join(", ")}]`;
    const entries = this.flowEntries(path, Object.entries(value));
    return entries === "" ? "{}" : `{ ${entries} }`;
  }
  /** `key: value, …` in flow style, in the schema's order: the keys of the mapping at `path`. */
  flowEntries(path, entries) {
    return orderedEntries(entries, path, this.order).map(([k, v]) => `${plainKey(k)}: ${this.flow([...path, k], v)}`).join(", ");
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
function keyColumn(map, text) {
  const token = map.srcToken;
  if (token?.type === "block-map")
    return token.indent;
  const first = map.items[0];
  const start = first ? pairStart(first) : 0;
  return start - lineStart(text, start);
}
function pairStart(pair) {
  const before = pair.srcToken?.start ?? [];
  const prop = before.find((token) => token.type === "anchor" || token.type === "tag" || token.type === "explicit-key-ind");
  return prop?.offset ?? pair.key?.range?.[0] ?? 0;
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

// dist/register/edit-plan.js
function bySplice(a, b) {
  return a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || b.depth - a.depth;
}
var Planner = class {
  matter;
  eol;
  unit;
  order;
  lineOf;
  constructor(matter, eol, unit, order, lineOf) {
    this.matter = matter;
    this.eol = eol;
    this.unit = unit;
    this.order = order;
    this.lineOf = lineOf;
  }
  /** The splices that make `change`. */
  splices(change) {
    switch (change.kind) {
      case "value":
        return [this.value(change.node, change.parent, change.path, change.value)];
      case "keys":
        return change.node.flow ? this.flowKeys(change.node, change.path, change.keys) : this.blockKeys(change.node, change.path, change.keys);
      case "items":
        return [this.items(change.node, change.path, change.items)];
    }
  }
  /** The line of the file at an offset of the frontmatter (the frontmatter's line N is the file's line N). */
  line(offset) {
    return this.lineOf(offset);
  }
  value(node, parent, path, value) {
    const [start, end] = this.rangeOf(node, path);
    const at = (from, to, text) => ({ start: from, end: to, text, depth: path.length });
    const inFlow = parent?.flow === true;
    const glue = start === end && this.matter[start] === "#" ? " " : "";
    const space = start > 0 && !/\s/.test(this.matter[start - 1] ?? " ") ? " " : "";
    const indent = this.blockIndent(parent, start);
    if (typeof value !== "string" && typeof value !== "boolean") {
      const empty = Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
      if (inFlow || empty)
        return at(start, end, `${space}${this.writer(-1).flow(path, value)}${glue}`);
      return this.fillEmpty(start, end, path, value, indent);
    }
    const block = /^[|>][0-9+-]*([ \t]+#[^\r\n]*)?/.exec(this.matter.slice(start, Math.min(end, this.lineEnd(start))));
    const headerComment = block?.[1] ?? "";
    const endedLine = block !== null && this.matter[end - 1] === "\n" ? this.eol : "";
    const rendered = this.writer(block ? end : this.afterLine(end)).scalar(value, indent, inFlow);
    if (rendered.kind === "inline")
      return at(start, end, `${space}${rendered.text}${headerComment}${glue}${endedLine}`);
    if (block)
      return at(start, end, `${space}${rendered.header}${headerComment}${this.eol}${rendered.lines.join(this.eol)}${endedLine}`);
    const lineEnd = this.lineEnd(end);
    const rest = this.matter.slice(end, lineEnd);
    return at(start, lineEnd, `${space}${rendered.header}${rest.startsWith("#") ? " " : ""}${rest}${this.eol}${rendered.lines.join(this.eol)}`);
  }
  /**
   * A mapping or list where an empty value (nothing, `~` or `null`) stands in a block mapping:
   * under its key, after the comment on the key's line. The `~` or `null` goes, and so do the
   * spaces before it when nothing follows.
   */
  fillEmpty(start, end, path, value, indent) {
    const lineEnd = this.lineEnd(end);
    const rest = this.matter.slice(end, lineEnd).trim() === "" ? "" : this.matter.slice(end, lineEnd);
    let cut = start;
    if (rest === "")
      while (cut > 0 && this.matter[cut - 1] === " ")
        cut--;
    const lines = this.writer(this.afterLine(end)).collectionLines(path, value, indent);
    return { start: cut, end: lineEnd, text: `${rest}${this.eol}${lines.join(this.eol)}`, depth: path.length };
  }
  /** New keys of a block mapping, each group of keys that go to one place written there at once. */
  blockKeys(map, path, keys) {
    const pairs = map.items;
    const order = this.order(path);
    const names = pairs.map(keyName);
    const indent = " ".repeat(keyColumn(map, this.matter));
    const groups = /* @__PURE__ */ new Map();
    for (const entry of keys) {
      const at = this.blockKeyPlace(pairs, path, insertionPlace(names, order.indexOf(entry[0]), order));
      const group = groups.get(at);
      if (group)
        group.push(entry);
      else
        groups.set(at, [entry]);
    }
    return [...groups].map(([at, entries]) => {
      const writer = this.writer(at);
      return this.insertLines(at, orderedEntries(entries, path, this.order).flatMap(([key, value]) => writer.keyLines([...path, key], value, indent)), path.length);
    });
  }
  /** Where a new key goes in a block mapping: on a line of its own before a key, or after a pair's value. */
  blockKeyPlace(pairs, path, place) {
    const before = place.before === void 0 ? void 0 : pairs[place.before];
    if (before) {
      const start = pairStart(before);
      const line = lineStart(this.matter, start);
      if (/^ *$/.test(this.matter.slice(line, start)))
        return line;
    }
    const after = pairs[place.after ?? pairs.length - 1];
    return this.afterLine(this.rangeOf(after.value ?? after.key, path)[1]);
  }
  /** New keys of a flow mapping: after the pair before them in the schema's order, or before the one after. */
  flowKeys(map, path, keys) {
    const pairs = map.items;
    const writer = this.writer(-1);
    if (pairs.length === 0)
      return [this.intoEmptyFlow(map, path, writer.flowEntries(path, keys))];
    const order = this.order(path);
    const names = pairs.map(keyName);
    const groups = /* @__PURE__ */ new Map();
    for (const entry of keys) {
      const place = insertionPlace(names, order.indexOf(entry[0]), order);
      const after = place.before === void 0 || place.after !== void 0;
      const pair = pairs[after ? place.after ?? pairs.length - 1 : place.before];
      const at = after ? this.rangeOf(pair.value ?? pair.key, path)[1] : pairStart(pair);
      const group = groups.get(`${after}:${at}`);
      if (group)
        group.entries.push(entry);
      else
        groups.set(`${after}:${at}`, { at, after, entries: [entry] });
    }
    return [...groups.values()].map(({ at, after, entries }) => {
      const text = writer.flowEntries(path, entries);
      return { start: at, end: at, text: after ? `, ${text}` : `${text}, `, depth: path.length };
    });
  }
  /** New items at the end of a list: in flow style in a flow list, else as lines in the style of its last item. */
  items(list, path, items) {
    const count = list.items.length;
    const last = list.items[count - 1];
    if (list.flow) {
      const writer2 = this.writer(-1);
      const text = items.map((item, i) => writer2.flow([...path, count + i], item)).join(", ");
      if (!last)
        return this.intoEmptyFlow(list, path, text);
      const at2 = this.rangeOf(last, path)[1];
      return { start: at2, end: at2, text: `, ${text}`, depth: path.length };
    }
    const [start, end] = this.rangeOf(list, path);
    if (this.matter[start] !== "-")
      throw editorLimit(path, "de lijst is geschreven in een vorm die klacht niet kan aanvullen", this.line(start));
    const dash = " ".repeat(start - lineStart(this.matter, start));
    const flowItem = last !== void 0 && yamlLib().isMap(last) && last.flow === true;
    const at = this.afterLine(end);
    const writer = this.writer(at);
    return this.insertLines(at, items.flatMap((item, i) => writer.itemLines([...path, count + i], item, dash, flowItem)), path.length + 1);
  }
  /**
   * Entries or items in an empty flow collection: `{ a: 1 }`, `[x]`. Whatever stands between
   * its brackets (a comment, line breaks: `[  # nog niets` on one line, `]` on the next) stays
   * after the new text.
   */
  intoEmptyFlow(node, path, text) {
    const [start, end] = this.rangeOf(node, path);
    const map = yamlLib().isMap(node);
    if (this.matter[start] !== (map ? "{" : "[") || this.matter[end - 1] !== (map ? "}" : "]")) {
      throw editorLimit(path, "de lege lijst of groep is geschreven in een vorm die klacht niet kan aanvullen", this.line(start));
    }
    if (this.matter.slice(start + 1, end - 1).trim() === "")
      return { start, end, text: map ? `{ ${text} }` : `[${text}]`, depth: path.length };
    return { start: start + 1, end: start + 1, text: map ? ` ${text}` : text, depth: path.length };
  }
  /** A writer of new text followed by the line starting at `at`: blocks only where the lines from there cannot be taken in. */
  writer(at) {
    return new LineWriter(this.unit, at < 0 ? -1 : deepestLooseLine(this.matter, at), this.order);
  }
  /** Whole lines inserted at a line start (or at the end of a frontmatter that ends without a line break). */
  insertLines(at, lines, depth) {
    const body = lines.join(this.eol);
    if (at >= this.matter.length && !this.matter.endsWith("\n"))
      return { start: this.matter.length, end: this.matter.length, text: `${this.eol}${body}`, depth };
    return { start: at, end: at, text: `${body}${this.eol}`, depth };
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
   * The indentation of a block scalar's content lines (or of the lines of a mapping or list
   * filled in) for a value at `start`: one step deeper than the keys of its mapping; in a list,
   * the item's own column (deeper than its dash).
   */
  blockIndent(parent, start) {
    const { isMap } = yamlLib();
    if (isMap(parent) && !parent.flow && parent.items.length > 0)
      return " ".repeat(keyColumn(parent, this.matter)) + this.unit;
    return " ".repeat(start - lineStart(this.matter, start));
  }
  rangeOf(node, path) {
    const range = node.range;
    if (!range)
      throw editorLimit(path, "het veld heeft geen plaats in de tekst van het bestand", 1);
    return range;
  }
};
function keyName(pair) {
  const key = pair.key;
  return typeof key?.value === "string" ? key.value : void 0;
}

// dist/register/edit-values.js
var import_node_util = __toESM(require_node_util(), 1);
var EMPTY = Object.freeze({});
function merged(old, value) {
  if (old === EMPTY || !isEditMap(value) || !isEditMap(old))
    return value;
  const result = { ...old };
  for (const [key, child] of Object.entries(value))
    result[key] = merged(old[key], child);
  return result;
}
function foldAt(old, path, from, apply, fail) {
  if (from === path.length)
    return apply(old);
  const segment = path[from];
  if (typeof segment === "string" && (old === void 0 || isEditMap(old))) {
    return { ...old, [segment]: foldAt(old?.[segment], path, from + 1, apply, fail) };
  }
  if (typeof segment === "number" && Array.isArray(old) && segment < old.length) {
    const items = [...old];
    items[segment] = foldAt(items[segment], path, from + 1, apply, fail);
    return items;
  }
  throw fail(from);
}
function valueAt(data, path) {
  let node = data;
  for (const segment of path)
    node = node?.[segment];
  return node;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function firstDifference(a, b, path = []) {
  if ((0, import_node_util.isDeepStrictEqual)(a, b))
    return void 0;
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const key of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], [...path, key]);
      if (found)
        return found;
    }
  } else if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const found = firstDifference(a[i], b[i], [...path, i]);
      if (found)
        return found;
    }
  }
  return path;
}
function withOperation(data, operation) {
  const { path } = operation;
  const at = (node, depth) => {
    if (depth === path.length) {
      if (operation.kind === "set")
        return mergedPlain(node, operation.value);
      return [...Array.isArray(node) ? node : [], structuredClone(operation.item)];
    }
    const segment = path[depth];
    const container = isPlainObject(node) || Array.isArray(node) ? node : {};
    const copy = Array.isArray(container) ? [...container] : { ...container };
    copy[segment] = at(container[segment], depth + 1);
    return copy;
  };
  return at(data, 0);
}
function mergedPlain(target, value) {
  if (!isEditMap(value) || !isPlainObject(target))
    return structuredClone(value);
  const result = { ...target };
  for (const [key, child] of Object.entries(value))
    result[key] = mergedPlain(target[key], child);
  return result;
}

// dist/register/frontmatter-edit.js
var noOrder = () => [];
var UNREADABLE = "De frontmatter van het bestand is niet te lezen; herstel eerst de fouten (klacht valideer).";
function editFrontmatter(fileText, order = noOrder) {
  if (fileText.length > MAX_FILE_BYTES)
    throw new EditError(`Het bestand is groter dan ${MAX_FILE_BYTES / 1024 / 1024} MB; klacht wijzigt het niet.`);
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
  /** `yaml`'s reading of `matter`, made when an edit first needs it (see `parsed`). */
  parsedNow;
  plannerNow;
  /** The data of `matter`. */
  read;
  /** What the operations so far should make of the data (path-copied: the data read is never changed). */
  expected;
  /** The changes against `matter`, by the node they change, and their splices. */
  changes = /* @__PURE__ */ new Map();
  planned = /* @__PURE__ */ new Map();
  /** During an operation: how to undo what it changed so far, and the changes it touched. */
  undo = [];
  touched = /* @__PURE__ */ new Set();
  constructor(head, matter, tail, order) {
    this.head = head;
    this.matter = matter;
    this.tail = tail;
    this.order = order;
    this.eol = matter.includes("\r\n") ? "\r\n" : "\n";
    this.unit = " ".repeat(indentUnit(matter));
    this.read = readData(matter, () => this.parsed);
    this.expected = this.read;
  }
  /** The whole file with every edit so far (checked: see the module comment). */
  get text() {
    this.settle();
    return this.head + this.matter + this.tail;
  }
  /** The frontmatter data with every edit so far, as read back from the text. */
  get data() {
    this.settle();
    return this.read;
  }
  /** Sets a value; a mapping is merged key by key into an existing one. Missing parents are made. */
  set(path, value) {
    this.operate({ kind: "set", path, value }, () => this.setAt(path, value));
  }
  /** Appends an item to the list at `path` (made when missing); returns the item's index. */
  append(path, item) {
    const current = valueAt(this.expected, path);
    const index = Array.isArray(current) ? current.length : 0;
    this.operate({ kind: "append", path, item }, () => this.appendAt(path, item));
    return index;
  }
  /** The body: what follows the closing `---` and its line break (as splitFrontmatter gives it). */
  get body() {
    let at = this.tail.indexOf("---") + 3;
    if (this.tail[at] === "\r")
      at++;
    if (this.tail[at] === "\n")
      at++;
    return this.tail.slice(at);
  }
  /** Replaces the body (everything after the closing `---`) by `body`, written with the file's line ending. */
  setBody(body) {
    const fence = this.tail.indexOf("---");
    this.tail = `${this.tail.slice(0, fence)}---${this.eol}${body}${this.eol}`;
  }
  operate(operation, fold) {
    this.undo = [];
    this.touched = /* @__PURE__ */ new Set();
    try {
      fold();
      const plans = [...this.touched].map((change) => [change, this.planner.splices(change)]);
      for (const [change, splices] of plans)
        this.planned.set(change, splices);
      this.expected = withOperation(this.expected, operation);
    } catch (error) {
      for (const undo of this.undo.reverse())
        undo();
      throw error;
    }
  }
  /** `yaml`'s reading of the text as it is now (made on first use: the plain reader has no tree to edit). */
  get parsed() {
    this.parsedNow ??= parse(this.matter);
    return this.parsedNow;
  }
  get planner() {
    this.plannerNow ??= new Planner(this.matter, this.eol, this.unit, this.order, this.parsed.lineOf);
    return this.plannerNow;
  }
  reach(path) {
    return reach(this.parsed.doc, this.parsed.repeated, path, this.parsed.lineOf);
  }
  lineOf(node) {
    return this.parsed.lineOf(node?.range?.[0] ?? 0);
  }
  setAt(path, value) {
    const { isAlias, isMap, isScalar } = yamlLib();
    const reached = this.reach(path);
    const { node, parent, depth } = reached;
    if (depth < path.length) {
      this.fold(reached, path, (old) => merged(old, value));
      return;
    }
    if (isEditMap(value) && isMap(node)) {
      for (const [key, child] of Object.entries(value))
        this.setAt([...path, key], child);
      return;
    }
    if (!isScalar(node) && !isAlias(node))
      throw wrongShape(path, "is een lijst of groep velden, waar klacht één waarde schrijft", this.lineOf(node));
    if (typeof value !== "string" && typeof value !== "boolean") {
      if (isAlias(node))
        throw aliasNotReplaced(path, this.lineOf(node));
      if (node.value !== null)
        throw wrongShape(path, "heeft al een waarde, waar klacht een lijst of groep velden schrijft", this.lineOf(node));
    }
    const change = this.valueChange(node, parent, path);
    this.replaceValue(change, merged(change.value, value));
  }
  appendAt(path, item) {
    const { isAlias, isScalar, isSeq } = yamlLib();
    const reached = this.reach(path);
    const { node, parent, depth } = reached;
    const appended = (old) => {
      if (old !== void 0 && !Array.isArray(old))
        throw wrongShape(path, "is geen lijst", this.lineOf(node));
      return [...old ?? [], item];
    };
    if (depth < path.length) {
      this.fold(reached, path, appended);
    } else if (isSeq(node)) {
      const change = this.changeOf(node, () => ({ kind: "items", node, path, items: [] }));
      if (change.kind !== "items")
        throw editorLimit(path, "de lijst is al op een andere manier gewijzigd", this.lineOf(node));
      change.items.push(item);
      this.undo.push(() => change.items.pop());
    } else if (isAlias(node)) {
      throw throughAlias(path, this.lineOf(node));
    } else if (isScalar(node) && node.value === null) {
      const change = this.valueChange(node, parent, path);
      this.replaceValue(change, appended(change.value === EMPTY ? void 0 : change.value));
    } else {
      throw wrongShape(path, "is geen lijst", this.lineOf(node));
    }
  }
  /**
   * An operation on `path` below the node the file has at `path.slice(0, depth)`: folded into the
   * new value of a missing key, of a new list item, or of an empty value.
   */
  fold({ node, parent, depth }, path, apply) {
    const { isMap, isScalar, isSeq } = yamlLib();
    const here = path.slice(0, depth);
    const segment = path[depth];
    const below = (old, from) => foldAt(old, path, from, apply, (at) => wrongShape(path.slice(0, at), "is geen groep velden of lijst", this.lineOf(node)));
    if (isMap(node) && typeof segment === "string") {
      const change = this.changeOf(node, () => ({ kind: "keys", node, path: here, keys: /* @__PURE__ */ new Map() }));
      if (change.kind !== "keys")
        throw editorLimit(path, "de groep velden is al op een andere manier gewijzigd", this.lineOf(node));
      const had = change.keys.has(segment);
      const old = change.keys.get(segment);
      change.keys.set(segment, below(old, depth + 1));
      this.undo.push(() => had ? change.keys.set(segment, old) : change.keys.delete(segment));
      return;
    }
    if (isSeq(node) && typeof segment === "number") {
      const change = this.changes.get(node);
      const index = segment - node.items.length;
      if (change?.kind !== "items" || index < 0 || index >= change.items.length)
        throw wrongShape(path.slice(0, depth + 1), "bestaat niet", this.lineOf(node));
      const old = change.items[index];
      change.items[index] = below(old, depth + 1);
      this.touched.add(change);
      this.undo.push(() => {
        change.items[index] = old;
      });
      return;
    }
    if (isScalar(node) && node.value === null) {
      const change = this.valueChange(node, parent, here);
      this.replaceValue(change, below(change.value === EMPTY ? void 0 : change.value, depth));
      return;
    }
    throw wrongShape(here, "is geen groep velden of lijst", this.lineOf(node));
  }
  /** The change of a scalar or alias (made, with the value it has now, when there is none yet). */
  valueChange(node, parent, path) {
    const change = this.changeOf(node, () => ({ kind: "value", node, parent, path, value: EMPTY }));
    if (change.kind !== "value")
      throw editorLimit(path, "het veld is al op een andere manier gewijzigd", this.lineOf(node));
    return change;
  }
  replaceValue(change, value) {
    const old = change.value;
    change.value = value;
    this.undo.push(() => {
      change.value = old;
    });
  }
  changeOf(node, make) {
    let change = this.changes.get(node);
    if (!change) {
      const made = make();
      this.changes.set(node, made);
      this.undo.push(() => {
        this.changes.delete(node);
      });
      change = made;
    }
    this.touched.add(change);
    return change;
  }
  /**
   * Applies every change in one pass, parses the result once, and holds it to what the
   * operations should have made of the data; then the result is the file as read.
   */
  settle() {
    if (this.changes.size === 0)
      return;
    const splices = [...this.planned.values()].flat().sort(bySplice);
    const first = [...this.changes.values()][0];
    const pieces = [];
    let done = 0;
    for (const splice of splices) {
      if (splice.start < done)
        throw this.unsafe(first, "twee wijzigingen zouden op dezelfde plaats komen");
      pieces.push(this.matter.slice(done, splice.start), splice.text);
      done = splice.end;
    }
    pieces.push(this.matter.slice(done));
    const matter = pieces.join("");
    let read;
    let parsed;
    try {
      read = readData(matter, () => parsed = parse(matter));
    } catch {
      throw this.unsafe(first, "na de wijziging zou de YAML niet meer te lezen zijn");
    }
    if (!(0, import_node_util2.isDeepStrictEqual)(read, this.expected)) {
      const changed = this.changeAt(firstDifference(read, this.expected) ?? []) ?? first;
      throw this.unsafe(changed, "de wijziging zou ook iets anders in het bestand veranderen, of anders gelezen worden");
    }
    this.matter = matter;
    this.read = read;
    this.expected = read;
    this.parsedNow = parsed;
    this.plannerNow = void 0;
    this.changes.clear();
    this.planned.clear();
  }
  /** The change whose path is the longest start of `path`. */
  changeAt(path) {
    let best;
    for (const change of this.changes.values()) {
      const covers = change.path.every((segment, i) => path[i] === segment);
      if (covers && change.path.length >= (best?.path.length ?? -1))
        best = change;
    }
    return best;
  }
  unsafe(change, why) {
    return editorLimit(change.path, why, this.lineOf(change.node));
  }
};
function readData(matter, parse2) {
  const plain = parsePlainYaml(matter);
  if (plain !== void 0 && Object.keys(plain).length > 0)
    return plain;
  return parse2().data;
}
function parse(matter) {
  if (lastRead?.matter === matter)
    return lastRead.parsed;
  const { isMap } = yamlLib();
  const { doc, structure, aliasTargets, lineCounter } = readYamlDocument(matter, { sourceTokens: true });
  if (doc.errors.length > 0 || structure.length > 0 || !isMap(doc.contents))
    throw new EditError(UNREADABLE);
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    throw new EditError(UNREADABLE);
  }
  const parsed = { doc, data, repeated: repeatedAnchors(aliasTargets), lineOf: (offset) => lineCounter.linePos(offset).line };
  lastRead = { matter, parsed };
  return parsed;
}
var lastRead;

export {
  fieldChanges,
  shownValue,
  describeChange,
  complaintKeyOrder,
  EditError,
  editFrontmatter,
  replaceComplaintFile
};
