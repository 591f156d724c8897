/*
 * The Kodaira page as a committee gets it: printed from a real Chromium to A4 PDF. Needs
 * Debian's chromium (or MUNIKPI_CHROMIUM) and poppler-utils (pdfinfo, pdftotext, pdftoppm),
 * which .ci/run installs; where they are missing the test is skipped and says why.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import { renderHtmlReport } from '../../src/report/html.js';

const CHROMIUM = process.env.MUNIKPI_CHROMIUM ?? '/usr/bin/chromium';
const POPPLER = ['pdfinfo', 'pdftotext', 'pdftoppm'] as const;

function onPath(command: string): boolean {
  try {
    execFileSync(command, ['-v'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // poppler's tools exit non-zero on -v but run: only a missing program is ENOENT.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

const missing = [
  ...(existsSync(CHROMIUM) ? [] : [`chromium (${CHROMIUM})`]),
  ...POPPLER.filter((tool) => !onPath(tool)),
];
const skipped = missing.length > 0;
if (skipped) {
  console.warn(
    `test/browser/print.test.ts SKIPPED: ${missing.join(', ')} not found. Install them with` +
      ' `apt-get install chromium fonts-noto-cjk poppler-utils` (as .ci/run does) to print the report.',
  );
}

/** Where the page is served from: a name no network knows, answered by the test itself. */
const PAGE_URL = 'http://report.munikpi.invalid/kodaira-fy2023.html';
/** A4 with the page's @page margins (15 mm top and bottom, 12 mm left and right), in CSS px. */
const MM = 96 / 25.4;
const PRINTABLE_WIDTH = Math.floor((210 - 2 * 12) * MM);
const PRINTABLE_HEIGHT = Math.floor((297 - 2 * 15) * MM);
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Text without any white space, so that PDF text and DOM text compare whatever the layout. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

if (skipped) {
  describe('the Kodaira report printed from Chromium', () => {
    it.skip(`needs ${missing.join(', ')}: not found here`, () => {});
  });
}

describe.skipIf(skipped)('the Kodaira report printed from Chromium', () => {
  const html = renderHtmlReport(kodairaFy2023, 2023);
  const dir = mkdtempSync(join(tmpdir(), 'munikpi-print-'));
  const pdf = join(dir, 'report.pdf');
  const requests: string[] = [];
  const consoleMessages: string[] = [];
  let browser: Browser;
  let page: Page;
  let pages: string[] = [];
  /** The value of an expression evaluated in the page (as text: the tests compile without DOM types). */
  const inPage = <T = unknown>(expression: string) => page.evaluate(expression) as Promise<T>;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    const context = await browser.newContext({
      viewport: { width: PRINTABLE_WIDTH, height: PRINTABLE_HEIGHT },
      offline: true,
    });
    page = await context.newPage();
    page.on('console', (message) => consoleMessages.push(message.text()));
    page.on('pageerror', (error) => consoleMessages.push(error.message));
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      requests.push(url);
      if (url !== PAGE_URL) return route.abort('blockedbyclient');
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        // Were the page to run a script or fetch anything, the browser would refuse and say so.
        headers: { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" },
        body: html,
      });
    });
    await page.goto(PAGE_URL, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const count = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    // -raw keeps the order the page painted its text in, which is the document's order.
    pages = Array.from({ length: count }, (_, i) =>
      execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
        encoding: 'utf8',
      }),
    );
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs no script and requests nothing but the page itself', async () => {
    expect(requests).toEqual([PAGE_URL]);
    expect(consoleMessages).toEqual([]);
    const active = await inPage(`({
      scripts: document.scripts.length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => el.tagName + ' ' + a.name)),
      resources: performance.getEntriesByType('resource').length,
    })`);
    expect(active).toEqual({ scripts: 0, handlers: [], resources: 0 });
  });

  it('prints in at most 6 A4 pages, every KPI with its 達成率 in the table', async () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.length).toBeLessThanOrEqual(6);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = squeeze(pages.join(''));
    expect(text).toContain('達成率');
    expect(text).toContain('3023.51%');
    expect(text).toContain('82.11%');
  });

  it('draws its Japanese in a Japanese font of the stack, not as boxes', async () => {
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument');
    await cdp.send('CSS.enable');
    const used: string[] = [];
    for (const selector of ['h1', 'td', 'figcaption']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      used.push(...fonts.map((f) => f.familyName));
    }
    expect(used.length).toBeGreaterThan(0);
    for (const family of used) expect(family).toMatch(/Noto Sans (CJK )?JP|Hiragino|Yu ?Gothic|Meiryo/);
  });

  it('lets no element overflow the printable width', async () => {
    const overflowing = await inPage<{ out: string[]; scroll: number }>(`(() => {
      const out = [];
      for (const el of document.body.querySelectorAll('*')) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && (box.right > ${PRINTABLE_WIDTH} + 0.5 || box.left < -0.5)) {
          out.push(el.tagName + '.' + el.getAttribute('class') + ' ' + box.left + '–' + box.right);
        }
      }
      return { out, scroll: document.documentElement.scrollWidth };
    })()`);
    expect(overflowing.out).toEqual([]);
    expect(overflowing.scroll).toBeLessThanOrEqual(PRINTABLE_WIDTH);
  });

  it('keeps every chart on the page of its heading, and never wraps データなし', async () => {
    const figures = await inPage<{ heading: string; first: string; last: string }[]>(`
      [...document.querySelectorAll('figure')].map((f) => {
        const texts = [...f.querySelectorAll('svg text')].map((t) => t.textContent ?? '');
        return {
          heading: f.querySelector('figcaption')?.textContent ?? '',
          first: texts[0] ?? '',
          last: texts.at(-1) ?? '',
        };
      })`);
    expect(figures.length).toBeGreaterThanOrEqual(8);
    // A chart's heading is followed on its page by the chart's first text, then its last: the
    // KPI table's row with the same words is followed by figures instead.
    for (const f of figures) {
      const start = squeeze(f.heading + f.first);
      const at = pages.findIndex((p) => squeeze(p).includes(start));
      expect(at, `${f.heading}: its chart starts on the page of its heading`).toBeGreaterThanOrEqual(0);
      const page = squeeze(pages[at] ?? '');
      expect(page.slice(page.indexOf(start)), `${f.heading}: its chart ends on that page`).toContain(
        squeeze(f.last),
      );
    }
    // Each データなし cell's text lies on one line box.
    const lines = await inPage<number[]>(`
      [...document.querySelectorAll('td')]
        .filter((td) => td.textContent === 'データなし')
        .map((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return range.getClientRects().length;
        })`);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((n) => n === 1)).toBe(true);
  });

  it('keeps a picture of page 1 and of a KPI page in docs/img', () => {
    const kpiPage = pages.findIndex((p) => squeeze(p).includes('12電子決裁対象文書の電子決裁率R5'));
    const shots = [
      { page: 1, name: 'report-page1' },
      { page: kpiPage + 1, name: 'report-kpi-page' },
    ];
    expect(kpiPage).toBeGreaterThan(0);
    for (const shot of shots) {
      const out = join('docs', 'img', shot.name);
      const n = String(shot.page);
      execFileSync('pdftoppm', ['-f', n, '-l', n, '-r', '90', '-png', '-singlefile', pdf, out]);
      expect(existsSync(`${out}.png`)).toBe(true);
    }
  });
});
