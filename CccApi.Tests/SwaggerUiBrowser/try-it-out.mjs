// Opens CccApi's Swagger UI in the system's headless Chromium (playwright-core drives it; no browser
// is downloaded), expands an operation, runs "Try it out" with the given JSON body and reports the
// status and body the UI shows, after entering the credential in the Authorize dialog.
// Usage: node try-it-out.mjs <chromium> <host base URL> <tag> <operationId> <body JSON> <screenshot.png> <Authorization value>
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [executablePath, baseUrl, tag, operationId, body, screenshot, authorization] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), "cccapi-swagger-ui-"));
const report = { ok: false, status: null, body: null, requestUrl: null, errors: [] };
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--disable-quic", "--no-first-run",
    ],
    viewport: { width: 1280, height: 1600 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => report.errors.push(String(error)));
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().includes("/api/")) report.requestUrl = request.url();
  });

  await page.goto(new URL("api/swagger-ui/", baseUrl).href);
  if (authorization) {
    await page.locator("button.authorize").first().click({ timeout: 60000 });
    const dialog = page.locator(".modal-ux");
    await dialog.locator("input").first().fill(authorization);
    await dialog.locator("button.authorize").first().click();
    await dialog.locator("button.btn-done").first().click();
  }
  const operation = page.locator(`#operations-${tag}-${operationId}`);
  await operation.locator(".opblock-summary").first().click({ timeout: 60000 });
  await operation.locator("button.try-out__btn").click();
  await operation.locator("textarea.body-param__text").fill(body);
  await operation.locator("button.execute").click();

  const status = operation.locator(".live-responses-table .response .response-col_status").first();
  await status.waitFor({ timeout: 30000 });
  report.status = (await status.innerText()).trim();
  report.body = (await operation.locator(".live-responses-table .response-col_description pre").first().innerText()).trim();
  await operation.screenshot({ path: screenshot });
  report.ok = true;
} catch (error) {
  report.errors.push(String(error?.stack ?? error));
  // What the page showed when it went wrong is the first thing to look at.
  await context?.pages()[0]?.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
} finally {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(report));
