/**
 * A test that cannot run on this machine says so in the run, never silently: the reason is
 * printed on the test's stderr and shown next to the skipped test ([reason]).
 */
import type { TestContext } from 'vitest';
import { findBrowser } from '../../src/pdf/browser.js';

/** Skips the running test, saying why, unless `possible`. */
export function skipUnless(context: TestContext, possible: boolean, reason: string): void {
  if (possible) return;
  console.warn(`skipped: ${reason}`);
  context.skip(reason);
}

/** Whether this machine has a browser to print with (PUPPETEER_EXECUTABLE_PATH, a system one, or the embedded one). */
export function hasBrowser(): boolean {
  try {
    findBrowser();
    return true;
  } catch {
    return false;
  }
}
export const NO_BROWSER = 'no Chromium or Chrome on this machine to print with (install one, or set PUPPETEER_EXECUTABLE_PATH)';
