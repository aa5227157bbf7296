// The floor of "one document, cold": import puppeteer, start the same Chromium with the same
// flags and environment as klacht pdf (launchOptions), print one simple page, close. Nothing of
// the register, the templates or the security set-up: what any script that prints must pay.
import { launchOptions } from '../dist/pdf/browser.js';

const puppeteer = (await import('puppeteer')).default;
const { options } = await launchOptions(process.env);
const browser = await puppeteer.launch(options);
const page = await browser.newPage();
await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>Een eenvoudige pagina.</p></body></html>');
await page.pdf({ format: 'A4' });
await browser.close();
