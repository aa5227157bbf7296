// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  require_promises
} from "./chunk-XAIORCER.mjs";
import {
  fontFile
} from "./chunk-HMCERJPX.mjs";
import "./chunk-FJMHSSHP.mjs";
import {
  describeSystemError
} from "./chunk-UVHECV36.mjs";
import {
  isLeftover
} from "./chunk-KK3T65I5.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_os
} from "./chunk-UCIYNJQ2.mjs";
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
  __commonJS,
  __require,
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// node-builtin:node:zlib
var require_node_zlib = __commonJS({
  "node-builtin:node:zlib"(exports, module) {
    module.exports = __require("node:zlib");
  }
});

// dist/pdf/browser.js
var import_node_fs4 = __toESM(require_node_fs(), 1);

// dist/pdf/browser-choice.js
var SYSTEM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/opt/google/chrome/chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe"
];
var FORCE_EMBEDDED = "ingebouwd";
var FORCE_SYSTEM = "systeem";
var BrowserNotFoundError = class extends RunError {
  constructor(reason) {
    super([
      `Geen Chromium of Chrome gevonden om PDF's mee te maken${reason ? `: ${reason}` : ""}.`,
      "Installeer Chromium (Debian/Ubuntu: sudo apt-get install chromium) of Google Chrome,",
      "of wijs een browser aan met PUPPETEER_EXECUTABLE_PATH=/pad/naar/chromium."
    ].join(" "));
  }
};
function hasEmbeddedBuild(machine) {
  return machine.platform === "linux" && machine.arch === "x64";
}
function chooseBrowser(machine) {
  const { env, exists } = machine;
  const forced = env.KLACHT_BROWSER?.trim().toLowerCase() || void 0;
  if (forced !== void 0 && forced !== FORCE_EMBEDDED && forced !== FORCE_SYSTEM) {
    throw new BrowserNotFoundError(`KLACHT_BROWSER is '${forced}', maar kan alleen '${FORCE_EMBEDDED}' of '${FORCE_SYSTEM}' zijn`);
  }
  const embedded = () => {
    const archive = machine.embeddedArchive;
    return hasEmbeddedBuild(machine) && archive !== void 0 && exists(archive) ? { source: "embedded", archive } : void 0;
  };
  if (forced === FORCE_EMBEDDED) {
    const choice2 = embedded();
    if (choice2)
      return choice2;
    throw new BrowserNotFoundError(hasEmbeddedBuild(machine) ? `KLACHT_BROWSER=${FORCE_EMBEDDED} vraagt de ingebouwde Chromium, en het npm-pakket @sparticuz/chromium is niet geïnstalleerd (npm ci installeert het)` : `KLACHT_BROWSER=${FORCE_EMBEDDED} vraagt de ingebouwde Chromium, en die bestaat alleen voor Linux op x64 (dit is ${machine.platform} op ${machine.arch})`);
  }
  const configured = env.PUPPETEER_EXECUTABLE_PATH;
  if (configured) {
    if (exists(configured))
      return { source: "env", path: configured };
    throw new BrowserNotFoundError(`PUPPETEER_EXECUTABLE_PATH wijst naar ${configured}, en daar staat geen browser`);
  }
  const found = SYSTEM_CANDIDATES.find((path) => exists(path));
  if (found !== void 0)
    return { source: "system", path: found };
  const choice = forced === FORCE_SYSTEM ? void 0 : embedded();
  if (choice)
    return choice;
  throw new BrowserNotFoundError(forced === FORCE_SYSTEM ? `KLACHT_BROWSER=${FORCE_SYSTEM} sluit de ingebouwde Chromium uit` : "");
}

// dist/pdf/chromium-process.js
var import_node_child_process = __toESM(require_node_child_process(), 1);
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_os2 = __toESM(require_node_os(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);

// dist/pdf/leftovers.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var here = () => ({ pid: process.pid, host: (0, import_node_os.hostname)(), probe: (pid) => process.kill(pid, 0) });
function removeLeftovers(folder, maker, maxAgeMs) {
  let names;
  try {
    names = (0, import_node_fs.readdirSync)(folder);
  } catch {
    return;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    const pid = maker(name);
    if (pid === void 0)
      continue;
    const path = (0, import_node_path.join)(folder, name);
    try {
      const stat = (0, import_node_fs.lstatSync)(path);
      if (uid !== void 0 && stat.uid !== uid)
        continue;
      if (isLeftover({ pid, ageMs: Date.now() - stat.mtimeMs }, here(), { maxAgeMs }))
        (0, import_node_fs.rmSync)(path, { recursive: true, force: true });
    } catch {
    }
  }
}

// dist/pdf/chromium-process.js
var PUPPETEER_DEFAULT_ARGS = [
  "--allow-pre-commit-input",
  "--disable-background-networking",
  "--disable-background-timer-throttling",
  "--disable-backgrounding-occluded-windows",
  "--disable-breakpad",
  "--disable-client-side-phishing-detection",
  "--disable-component-extensions-with-background-pages",
  "--disable-crash-reporter",
  "--disable-default-apps",
  "--disable-dev-shm-usage",
  "--disable-hang-monitor",
  "--disable-infobars",
  "--disable-ipc-flooding-protection",
  "--disable-popup-blocking",
  "--disable-prompt-on-repost",
  "--disable-renderer-backgrounding",
  "--disable-search-engine-choice-screen",
  "--disable-sync",
  "--enable-automation",
  "--export-tagged-pdf",
  "--force-color-profile=srgb",
  "--generate-pdf-document-outline",
  "--metrics-recording-only",
  "--no-first-run",
  "--password-store=basic",
  "--use-mock-keychain",
  "--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes",
  "--enable-features=PdfOopif",
  "--hide-scrollbars",
  "--mute-audio",
  "--disable-extensions"
];
function chromiumArguments(start, userDataDir) {
  return [
    ...PUPPETEER_DEFAULT_ARGS,
    start.headless === "shell" ? "--headless" : "--headless=new",
    ...start.args,
    `--user-data-dir=${userDataDir}`,
    "--remote-debugging-pipe",
    "about:blank"
  ];
}
function removeProfile(folder) {
  try {
    (0, import_node_fs2.rmSync)(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  } catch {
  }
}
var PROFILE_NAME = /^klacht-chromium-(\d+)-[A-Za-z0-9]{6}$/;
var PROFILE_STALE_MS = 24 * 60 * 60 * 1e3;
var ENDING_SIGNALS = [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]];
function startChromium(start) {
  const started = {};
  const cleanUp = () => {
    started.child?.kill("SIGKILL");
    if (started.profile !== void 0)
      removeProfile(started.profile);
  };
  const onSignal = (signal) => {
    cleanUp();
    process.exit(ENDING_SIGNALS.find(([name]) => name === signal)?.[1] ?? 1);
  };
  process.once("exit", cleanUp);
  for (const [signal] of ENDING_SIGNALS)
    process.once(signal, onSignal);
  const stopWatching = () => {
    process.removeListener("exit", cleanUp);
    for (const [signal] of ENDING_SIGNALS)
      process.removeListener(signal, onSignal);
  };
  let profile;
  try {
    removeLeftovers((0, import_node_os2.tmpdir)(), (name) => {
      const pid = PROFILE_NAME.exec(name)?.[1];
      return pid === void 0 ? void 0 : Number(pid);
    }, PROFILE_STALE_MS);
    profile = (0, import_node_fs2.mkdtempSync)((0, import_node_path2.join)((0, import_node_os2.tmpdir)(), `klacht-chromium-${process.pid}-`));
  } catch (error) {
    stopWatching();
    throw error;
  }
  started.profile = profile;
  const spawned = (0, import_node_child_process.spawn)(start.executablePath, chromiumArguments(start, profile), {
    env: start.env ?? process.env,
    stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"]
  });
  started.child = spawned;
  let errorText = "";
  let ended = false;
  spawned.stderr?.on("data", (chunk) => {
    if (errorText.length < 4e3)
      errorText += chunk.toString("utf8");
  });
  const exited = new Promise((resolve) => {
    spawned.once("exit", () => {
      ended = true;
      resolve();
    });
    spawned.once("error", (error) => {
      ended = true;
      errorText += error.message;
      resolve();
    });
  });
  const [, , , toBrowser, fromBrowser] = spawned.stdio;
  toBrowser.on("error", () => void 0);
  return {
    toBrowser,
    fromBrowser,
    exited,
    hasExited: () => ended,
    stderr: () => errorText,
    async stop() {
      const gone = await Promise.race([exited.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 5e3).unref())]);
      if (!gone) {
        spawned.kill("SIGKILL");
        await exited;
      }
      stopWatching();
      removeProfile(profile);
    }
  };
}

// dist/pdf/embedded-chromium.js
var import_node_fs3 = __toESM(require_node_fs(), 1);
var import_node_os3 = __toESM(require_node_os(), 1);
var import_node_path3 = __toESM(require_node_path(), 1);
var import_promises = __toESM(require_promises(), 1);
var import_node_zlib = __toESM(require_node_zlib(), 1);
import { createRequire } from "node:module";
var MARKER = "klaar.json";
var STALE_MS = 60 * 60 * 1e3;
function embeddedPackage() {
  try {
    const root = (0, import_node_path3.join)((0, import_node_path3.dirname)(createRequire(import.meta.url).resolve("@sparticuz/chromium")), "..");
    const { version } = JSON.parse((0, import_node_fs3.readFileSync)((0, import_node_path3.join)(root, "package.json"), "utf8"));
    return { bin: (0, import_node_path3.join)(root, "bin"), version };
  } catch {
    return void 0;
  }
}
function cacheBase(env) {
  const home = env.XDG_CACHE_HOME || (0, import_node_path3.join)(env.HOME || (0, import_node_os3.homedir)(), ".cache");
  const preferred = (0, import_node_path3.join)(home, "klachtenregister");
  try {
    (0, import_node_fs3.mkdirSync)(preferred, { recursive: true });
    (0, import_node_fs3.accessSync)(preferred, import_node_fs3.constants.W_OK);
    return preferred;
  } catch {
    const uid = process.getuid?.() ?? 0;
    const fallback = (0, import_node_path3.join)((0, import_node_os3.tmpdir)(), `klachtenregister-${uid}`);
    (0, import_node_fs3.mkdirSync)(fallback, { recursive: true, mode: 448 });
    const stat = (0, import_node_fs3.lstatSync)(fallback);
    if (!stat.isDirectory() || process.getuid && stat.uid !== uid || (stat.mode & 18) !== 0) {
      throw new Error(`De cachemap ${fallback} is niet van deze gebruiker of door anderen te beschrijven; verwijder hem of zet XDG_CACHE_HOME op een eigen map.`);
    }
    return fallback;
  }
}
async function embeddedChromium(archive, env, onUnpack = () => void 0) {
  const bin = (0, import_node_path3.dirname)(archive);
  const { version } = JSON.parse((0, import_node_fs3.readFileSync)((0, import_node_path3.join)(bin, "..", "package.json"), "utf8"));
  const base = cacheBase(env);
  const target = (0, import_node_path3.join)(base, `chromium-${version}`);
  removeStale(base);
  if (!isComplete(target, version)) {
    if ((0, import_node_fs3.existsSync)(target)) {
      const aside = `${target}.kapot-${process.pid}-${Date.now()}.tmp`;
      try {
        (0, import_node_fs3.renameSync)(target, aside);
        (0, import_node_fs3.rmSync)(aside, { recursive: true, force: true });
      } catch {
      }
    }
    onUnpack(target);
    try {
      await unpack(bin, version, target);
    } catch (error) {
      const problem = describeSystemError(error, base);
      if (problem === void 0)
        throw error;
      throw new RunError(`De ingebouwde Chromium kon niet worden uitgepakt: ${problem}. Er is niets van achtergebleven. Maak ruimte vrij (ongeveer 250 MB), zet XDG_CACHE_HOME op een map met ruimte, of gebruik een Chromium van het systeem (PUPPETEER_EXECUTABLE_PATH).`);
    }
  }
  return {
    path: (0, import_node_path3.join)(target, "chromium"),
    version,
    env: {
      LD_LIBRARY_PATH: [(0, import_node_path3.join)(target, "lib"), env.LD_LIBRARY_PATH].filter(Boolean).join(":"),
      FONTCONFIG_FILE: (0, import_node_path3.join)(target, "fonts.conf")
    }
  };
}
function isComplete(target, version) {
  try {
    const marker = JSON.parse((0, import_node_fs3.readFileSync)((0, import_node_path3.join)(target, MARKER), "utf8"));
    return marker.version === version && (0, import_node_fs3.statSync)((0, import_node_path3.join)(target, "chromium")).size === marker.chromiumBytes;
  } catch {
    return false;
  }
}
var MAKER = /\.(?:kapot-)?(\d+)-[0-9a-z]+\.tmp$/;
function removeStale(base) {
  removeLeftovers(base, (name) => {
    const pid = MAKER.exec(name)?.[1];
    return pid === void 0 ? void 0 : Number(pid);
  }, STALE_MS);
}
async function unpack(bin, version, target) {
  const work = `${target}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  (0, import_node_fs3.mkdirSync)(work, { recursive: true, mode: 448 });
  try {
    await (0, import_promises.pipeline)((0, import_node_fs3.createReadStream)((0, import_node_path3.join)(bin, "chromium.br"), { highWaterMark: 2 ** 22 }), (0, import_node_zlib.createBrotliDecompress)({ chunkSize: 2 ** 21 }), (0, import_node_fs3.createWriteStream)((0, import_node_path3.join)(work, "chromium"), { mode: 493 }));
    extractTar((0, import_node_zlib.brotliDecompressSync)((0, import_node_fs3.readFileSync)((0, import_node_path3.join)(bin, "al2023.tar.br"))), work);
    extractTar((0, import_node_zlib.brotliDecompressSync)((0, import_node_fs3.readFileSync)((0, import_node_path3.join)(bin, "fonts.tar.br"))), work);
    (0, import_node_fs3.writeFileSync)((0, import_node_path3.join)(work, "fonts.conf"), fontconfig(target));
    const marker = { version, chromiumBytes: (0, import_node_fs3.statSync)((0, import_node_path3.join)(work, "chromium")).size };
    (0, import_node_fs3.writeFileSync)((0, import_node_path3.join)(work, MARKER), JSON.stringify(marker));
    try {
      (0, import_node_fs3.renameSync)(work, target);
    } catch (error) {
      if (!isComplete(target, version))
        throw error;
      (0, import_node_fs3.rmSync)(work, { recursive: true, force: true });
    }
  } catch (error) {
    (0, import_node_fs3.rmSync)(work, { recursive: true, force: true });
    throw error;
  }
}
function fontconfig(target) {
  const xml = (path) => path.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${xml((0, import_node_path3.join)(target, "fonts"))}</dir>
  <cachedir>${xml((0, import_node_path3.join)(target, "fonts-cache"))}</cachedir>
</fontconfig>
`;
}
function extractTar(data, into) {
  const text = (start, length) => {
    const field = data.subarray(start, start + length);
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? length : end).toString("utf8");
  };
  let offset = 0;
  while (offset + 512 <= data.length) {
    const name = text(offset, 100);
    if (name === "")
      break;
    const prefix = data.subarray(offset + 257, offset + 262).toString("latin1") === "ustar" ? text(offset + 345, 155) : "";
    const path = prefix ? `${prefix}/${name}` : name;
    const size = Number.parseInt(text(offset + 124, 12).trim() || "0", 8);
    const type = String.fromCharCode(data[offset + 156] ?? 0);
    const mode = Number.parseInt(text(offset + 100, 8).trim() || "644", 8);
    const relative = (0, import_node_path3.normalize)(path);
    if (relative.startsWith("..") || relative.startsWith(import_node_path3.sep) || relative.includes(`${import_node_path3.sep}..${import_node_path3.sep}`))
      throw new Error(`Onveilig pad in het archief: ${path}`);
    const destination = (0, import_node_path3.join)(into, relative);
    if (type === "5")
      (0, import_node_fs3.mkdirSync)(destination, { recursive: true });
    else if (type === "0" || type === "\0") {
      (0, import_node_fs3.mkdirSync)((0, import_node_path3.dirname)(destination), { recursive: true });
      (0, import_node_fs3.writeFileSync)(destination, data.subarray(offset + 512, offset + 512 + size), { mode: mode & 493 });
    } else
      throw new Error(`Onverwacht soort bestand in het archief: ${path}`);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

// dist/pdf/browser.js
var DOCUMENT_ORIGIN = "https://klachtenregister.invalid/";
function findBrowser(env = process.env) {
  return chooseBrowser({ env, platform: process.platform, arch: process.arch, embeddedArchive: embeddedArchive(), exists: import_node_fs4.existsSync });
}
function embeddedArchive() {
  const found = embeddedPackage();
  return found ? `${found.bin}/chromium.br` : void 0;
}
async function launchOptions(env, notify = () => void 0) {
  const choice = findBrowser(env);
  const program = choice.source === "embedded" ? await embeddedChromium(choice.archive, env, (folder) => notify(`De ingebouwde Chromium wordt eenmalig uitgepakt naar ${folder} (enkele seconden).`)) : { path: choice.path };
  const args = [
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--no-first-run",
    "--disable-quic",
    "--disable-extensions",
    "--mute-audio",
    // A second lock next to request interception: no host name resolves, so even a request that
    // interception does not see (a preconnect, a DNS prefetch) reaches nothing.
    "--host-resolver-rules=MAP * ~NOTFOUND"
  ];
  if (process.getuid?.() === 0 || env.GITHUB_ACTIONS === "true")
    args.push("--no-sandbox");
  return {
    source: choice.source,
    options: {
      executablePath: program.path,
      // The embedded build is Chromium's headless shell, which has only the old headless mode.
      headless: choice.source === "embedded" ? "shell" : true,
      args,
      timeout: 6e4,
      // Its own NSS libraries and fontconfig, so that it runs and prints alike on every Linux.
      ...program.env ? { env: { ...process.env, ...program.env } } : {}
    }
  };
}
var PdfPrinter = class _PdfPrinter {
  browser;
  chromium;
  /** Every request the pages tried to make and that was refused. Tests read it. */
  refused = [];
  /** Locked-down pages waiting for the next document: opening a page costs more than printing one. */
  idle = [];
  /** The HTML of each document being loaded, by its address. */
  documents = /* @__PURE__ */ new Map();
  printed = 0;
  /** Which browser this is; set when it has started. */
  info;
  constructor(browser, chromium, info) {
    this.browser = browser;
    this.chromium = chromium;
    this.info = info;
  }
  /**
   * Starts one headless browser for the whole run. Chromium is started first, on a pipe, and
   * puppeteer loads while it starts (chromium-process.ts); callers start this first and load their
   * own work meanwhile.
   */
  static async launch(env = process.env, notify = () => void 0) {
    const { options, source } = await launchOptions(env, notify);
    const chromium = startChromium({ executablePath: options.executablePath, headless: options.headless === "shell" ? "shell" : true, args: options.args ?? [], ...options.env ? { env: options.env } : {} });
    let browser;
    try {
      const [{ default: puppeteer }, { PipeTransport }] = await Promise.all([
        import("./puppeteer-core-browser-4GXC4APP.mjs"),
        import("./PipeTransport-FUUYNNTJ.mjs")
      ]);
      if (chromium.hasExited())
        throw new Error("Chromium stopte meteen na het starten");
      const transport = new PipeTransport(chromium.toBrowser, chromium.fromBrowser);
      browser = await withTimeout(puppeteer.connect({ transport, protocolTimeout: 6e4 }), 6e4, chromium.exited);
      const version = (await browser.version()).replace(/^[^/]*\//, "");
      const printer = new _PdfPrinter(browser, chromium, { source, path: options.executablePath, version });
      const [first] = await browser.pages();
      printer.idle.push(await printer.lockedPage(first));
      return printer;
    } catch (error) {
      await browser?.close().catch(() => void 0);
      chromium.toBrowser.end();
      await chromium.stop();
      throw launchFailure(error, chromium, options.executablePath, env);
    }
  }
  /** False once the browser has gone (it crashed, or was killed): no page prints after that. */
  isRunning() {
    return this.browser.connected && !this.chromium.hasExited();
  }
  async close() {
    await this.browser.close().catch(() => void 0);
    await this.chromium.stop();
  }
  /** Prints one HTML document to an A4 PDF. */
  async print(html, options) {
    const page = this.idle.pop() ?? await this.lockedPage();
    const url = `${DOCUMENT_ORIGIN}${++this.printed}.html`;
    this.documents.set(url, html);
    let healthy = false;
    try {
      await page.goto(url, { waitUntil: "load", timeout: 6e4 });
      const pdf = await page.pdf({
        format: "A4",
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: "<div></div>",
        footerTemplate: footerTemplate(options.footer),
        margin: { top: "20mm", right: "18mm", bottom: "22mm", left: "18mm" },
        timeout: 6e4
      });
      healthy = true;
      return pdf;
    } finally {
      this.documents.delete(url);
      if (healthy)
        this.idle.push(page);
      else
        await page.close().catch(() => void 0);
    }
  }
  /** A page (`blank`, or a new one) with JavaScript off and every request intercepted. */
  async lockedPage(blank) {
    const page = blank ?? await this.browser.newPage();
    await Promise.all([page.setJavaScriptEnabled(false), page.setRequestInterception(true)]);
    page.on("request", (request) => {
      const url = request.url();
      const html = request.isNavigationRequest() && request.frame() === page.mainFrame() ? this.documents.get(url) : void 0;
      if (html !== void 0) {
        void request.respond({ status: 200, contentType: "text/html; charset=utf-8", body: html });
      } else if (url.startsWith("data:")) {
        void request.continue();
      } else {
        this.refused.push(url);
        void request.abort("blockedbyclient");
      }
    });
    return page;
  }
};
function launchFailure(error, chromium, path, env) {
  const reason = error instanceof Error && error.message.startsWith("Chromium ") ? error.message : chromium.hasExited() ? "Chromium stopte meteen na het starten" : "puppeteer kon geen verbinding met Chromium maken";
  const detail = env.KLACHT_DEBUG ? ` Wat Chromium meldde: ${chromium.stderr().trim() || "(niets)"}` : " Met KLACHT_DEBUG=1 ziet u wat Chromium zelf meldde.";
  return new Error(`${reason} (${path}).${detail}`);
}
async function withTimeout(work, ms, gone) {
  let timer;
  const failed = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`Chromium reageerde niet binnen ${ms / 1e3} seconden`)), ms);
    void gone.then(() => reject(new Error("Chromium stopte meteen na het starten")));
  });
  try {
    return await Promise.race([work, failed]);
  } finally {
    clearTimeout(timer);
  }
}
var footerFont;
function footerFontFace() {
  footerFont ??= (0, import_node_fs4.readFileSync)(fontFile("noto-sans-latin-400-normal.woff2")).toString("base64");
  return `@font-face{font-family:"Noto Sans";font-style:normal;font-weight:400;src:url(data:font/woff2;base64,${footerFont}) format("woff2");}`;
}
function footerTemplate(text) {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<style>${footerFontFace()}</style><div style="width:100%;font-size:8px;font-family:'Noto Sans';font-weight:400;color:#555;padding:0 18mm;display:flex;justify-content:space-between;"><span>${escaped}</span><span>pagina <span class="pageNumber"></span> van <span class="totalPages"></span></span></div>`;
}
async function runBounded(jobs, concurrency, onDone = () => void 0) {
  const results = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]();
      onDone(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  return results;
}
export {
  BrowserNotFoundError,
  PdfPrinter,
  findBrowser,
  launchOptions,
  runBounded
};
