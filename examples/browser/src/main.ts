/**
 * Entry point of the page. In `--mode mock` the generated mocks start first, in msw's service
 * worker; it is a dynamic import behind a condition Vite replaces at build time, so a production
 * build contains neither the mocks nor msw. The app itself never knows which answers it gets.
 */
import { mountApp } from "./app.ts";

async function main(): Promise<void> {
  if (import.meta.env.MODE === "mock") await (await import("./mocks/browser.ts")).startMocks();
  mountApp(document.querySelector<HTMLElement>("#app")!);
}

// A failure to start (no worker script, say) surfaces as an unhandled rejection, not a silent page.
void main();
