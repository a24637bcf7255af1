/**
 * Debian's Chromium, headless, driven by playwright-core (which downloads no browser of its own).
 * `.ci/run` installs the `chromium` package when /usr/bin/chromium is missing.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type ConsoleMessage, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/**
 * Flags for a closed network and a root user: without the background-networking ones Chromium
 * keeps dialling Google's hosts. Playwright adds a fresh temporary --user-data-dir itself.
 */
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Launches headless Chromium, or throws one line saying why it cannot. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: the browser tests need Debian's chromium package (.ci/run installs it with apt-get)`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS, timeout: 30_000 });
}

/** What a page reported that should fail the run: uncaught errors, msw's own error lines and CSP refusals. */
export interface PageProblems {
  readonly page: Page;
  readonly problems: string[];
}

/**
 * Opens a page in a fresh context (its own service worker registrations) and records its
 * problems. Only msw's `[MSW]` errors and CSP refusals count, not every console error: Chromium also logs
 * "Failed to load resource: … 400" for each modeled error a test asks for.
 */
export async function openPage(browser: Browser): Promise<PageProblems> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 720 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m: ConsoleMessage) => {
    if (m.type() === "error" && /\[MSW\]|Content Security Policy/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  return { page, problems };
}
