// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  fontFile
} from "./chunk-3F7WWJQK.mjs";
import {
  RunError
} from "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";

// dist/pdf/browser.js
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";

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
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
    rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  } catch {
  }
}
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
    profile = mkdtempSync(join(tmpdir(), "klacht-chromium-"));
  } catch (error) {
    stopWatching();
    throw error;
  }
  started.profile = profile;
  const spawned = spawn(start.executablePath, chromiumArguments(start, profile), {
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
import { createReadStream, createWriteStream, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync as rmSync2, statSync, writeFileSync, accessSync, constants } from "node:fs";
import { createRequire } from "node:module";
import { homedir, tmpdir as tmpdir2 } from "node:os";
import { dirname, join as join2, normalize, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import { brotliDecompressSync, createBrotliDecompress } from "node:zlib";
var MARKER = "klaar.json";
var STALE_MS = 60 * 60 * 1e3;
function embeddedPackage() {
  try {
    const root = join2(dirname(createRequire(import.meta.url).resolve("@sparticuz/chromium")), "..");
    const { version } = JSON.parse(readFileSync(join2(root, "package.json"), "utf8"));
    return { bin: join2(root, "bin"), version };
  } catch {
    return void 0;
  }
}
function cacheBase(env) {
  const home = env.XDG_CACHE_HOME || join2(env.HOME || homedir(), ".cache");
  const preferred = join2(home, "klachtenregister");
  try {
    mkdirSync(preferred, { recursive: true });
    accessSync(preferred, constants.W_OK);
    return preferred;
  } catch {
    const uid = process.getuid?.() ?? 0;
    const fallback = join2(tmpdir2(), `klachtenregister-${uid}`);
    mkdirSync(fallback, { recursive: true, mode: 448 });
    const stat = lstatSync(fallback);
    if (!stat.isDirectory() || process.getuid && stat.uid !== uid || (stat.mode & 18) !== 0) {
      throw new Error(`De cachemap ${fallback} is niet van deze gebruiker of door anderen te beschrijven; verwijder hem of zet XDG_CACHE_HOME op een eigen map.`);
    }
    return fallback;
  }
}
async function embeddedChromium(archive, env, onUnpack = () => void 0) {
  const bin = dirname(archive);
  const { version } = JSON.parse(readFileSync(join2(bin, "..", "package.json"), "utf8"));
  const base = cacheBase(env);
  const target = join2(base, `chromium-${version}`);
  if (!isComplete(target, version)) {
    removeStale(base);
    if (existsSync(target)) {
      const aside = `${target}.kapot-${process.pid}-${Date.now()}.tmp`;
      try {
        renameSync(target, aside);
        rmSync2(aside, { recursive: true, force: true });
      } catch {
      }
    }
    onUnpack(target);
    await unpack(bin, version, target);
  }
  return {
    path: join2(target, "chromium"),
    version,
    env: {
      LD_LIBRARY_PATH: [join2(target, "lib"), env.LD_LIBRARY_PATH].filter(Boolean).join(":"),
      FONTCONFIG_FILE: join2(target, "fonts.conf")
    }
  };
}
function isComplete(target, version) {
  try {
    const marker = JSON.parse(readFileSync(join2(target, MARKER), "utf8"));
    return marker.version === version && statSync(join2(target, "chromium")).size === marker.chromiumBytes;
  } catch {
    return false;
  }
}
function removeStale(base) {
  for (const name of readdirSync(base)) {
    if (!name.endsWith(".tmp"))
      continue;
    const path = join2(base, name);
    try {
      if (Date.now() - lstatSync(path).mtimeMs >= STALE_MS)
        rmSync2(path, { recursive: true, force: true });
    } catch {
    }
  }
}
async function unpack(bin, version, target) {
  const work = `${target}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  mkdirSync(work, { recursive: true, mode: 448 });
  try {
    await pipeline(createReadStream(join2(bin, "chromium.br"), { highWaterMark: 2 ** 22 }), createBrotliDecompress({ chunkSize: 2 ** 21 }), createWriteStream(join2(work, "chromium"), { mode: 493 }));
    extractTar(brotliDecompressSync(readFileSync(join2(bin, "al2023.tar.br"))), work);
    extractTar(brotliDecompressSync(readFileSync(join2(bin, "fonts.tar.br"))), work);
    writeFileSync(join2(work, "fonts.conf"), fontconfig(target));
    const marker = { version, chromiumBytes: statSync(join2(work, "chromium")).size };
    writeFileSync(join2(work, MARKER), JSON.stringify(marker));
    try {
      renameSync(work, target);
    } catch (error) {
      if (!isComplete(target, version))
        throw error;
      rmSync2(work, { recursive: true, force: true });
    }
  } catch (error) {
    rmSync2(work, { recursive: true, force: true });
    throw error;
  }
}
function fontconfig(target) {
  const xml = (path) => path.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${xml(join2(target, "fonts"))}</dir>
  <cachedir>${xml(join2(target, "fonts-cache"))}</cachedir>
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
    const relative = normalize(path);
    if (relative.startsWith("..") || relative.startsWith(sep) || relative.includes(`${sep}..${sep}`))
      throw new Error(`Onveilig pad in het archief: ${path}`);
    const destination = join2(into, relative);
    if (type === "5")
      mkdirSync(destination, { recursive: true });
    else if (type === "0" || type === "\0") {
      mkdirSync(dirname(destination), { recursive: true });
      writeFileSync(destination, data.subarray(offset + 512, offset + 512 + size), { mode: mode & 493 });
    } else
      throw new Error(`Onverwacht soort bestand in het archief: ${path}`);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

// dist/pdf/browser.js
var DOCUMENT_ORIGIN = "https://klachtenregister.invalid/";
function findBrowser(env = process.env) {
  return chooseBrowser({ env, platform: process.platform, arch: process.arch, embeddedArchive: embeddedArchive(), exists: existsSync2 });
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
        import("./puppeteer-core-browser-VNA7G75U.mjs"),
        import("./PipeTransport-L3LX4LBR.mjs")
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
  footerFont ??= readFileSync2(fontFile("noto-sans-latin-400-normal.woff2")).toString("base64");
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
