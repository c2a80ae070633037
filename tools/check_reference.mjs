// Opens the published HTML reference in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core, which downloads no browser) and checks, as a reader would see it, that every
// tag of the spec has its page and every operation its entry; saves a screenshot of the
// introduction, of each tag's page and of one operation to the output directory.
//
//   node tools/check_reference.mjs dist/reference.html build/reference-screenshots
//
// Prints one line per tag and exits 1 when a tag or an operation is missing. The spec is read from
// openapi.json beside the HTML file. Redoc renders one page per tag (`#/<tag>`), listing that tag's
// operations as links `#/<tag>/<operationId>`.
import { readFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { chromium } from "playwright-core";

const [htmlArg, outArg] = process.argv.slice(2);
if (!htmlArg || !outArg) {
    console.error("usage: node tools/check_reference.mjs <reference.html> <screenshot dir>");
    process.exit(2);
}
const html = resolve(htmlArg);
const out = resolve(outArg);
mkdirSync(out, { recursive: true });
const spec = JSON.parse(readFileSync(join(dirname(html), "openapi.json"), "utf-8"));

// Operation ids by tag, as the spec declares them (callbacks have no operationId: their summary).
const expected = new Map(spec.tags.map((tag) => [tag.name, []]));
for (const item of Object.values(spec.paths)) {
    for (const operation of Object.values(item)) {
        expected.get(operation.tags[0]).push(operation.operationId);
    }
}
// Webhooks have no operationId: they are checked by their summary on their tag's page.
const webhooks = new Map(spec.tags.map((tag) => [tag.name, []]));
for (const item of Object.values(spec.webhooks ?? {})) {
    const pathItem = item.$ref ? spec.components.pathItems[item.$ref.split("/").pop()] : item;
    for (const operation of Object.values(pathItem)) {
        webhooks.get(operation.tags?.[0])?.push(operation.summary);
    }
}

const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    // Without the networking flags Chromium keeps reaching for Google's hosts, which this
    // machine's closed network refuses.
    args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ],
});
let missing = 0;
try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1200 } });
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(`file://${html}`);
    await page.waitForSelector("text=Transmit SMS API");
    await page.screenshot({ path: join(out, "00-introduction.png") });
    const tagLinks = await page.$$eval("nav a[href], aside a[href], a[href]", (links) =>
        links.map((link) => ({ href: link.getAttribute("href"), text: link.textContent.trim() })),
    );
    let index = 1;
    for (const [tag, operationIds] of expected) {
        const link = tagLinks.find((candidate) => candidate.text === tag && !candidate.href.includes("section/"));
        if (!link) {
            console.log(`FAIL ${tag}: no page in the navigation`);
            missing += 1;
            continue;
        }
        const slug = link.href.replace(/^#?\/?/, "");
        await page.goto(`file://${html}#/${slug}`);
        await page.waitForTimeout(500);
        const shown = await page.$$eval("a[href]", (links) => links.map((a) => a.getAttribute("href")));
        const text = await page.textContent("body");
        const absent = operationIds.filter((id) => !shown.includes(`#/${slug}/${id}`));
        absent.push(...webhooks.get(tag).filter((summary) => !text.includes(summary)));
        const name = `${String(index).padStart(2, "0")}-${slug}.png`;
        await page.screenshot({ path: join(out, name) });
        index += 1;
        if (absent.length > 0) {
            missing += absent.length;
            console.log(`FAIL ${tag}: ${absent.length} operation(s) not shown: ${absent.join(", ")}`);
        } else {
            const hooks = webhooks.get(tag).length ? ` and ${webhooks.get(tag).length} webhook(s)` : "";
            console.log(`PASS ${tag}: page #/${slug} shows its ${operationIds.length} operation(s)${hooks} (${name})`);
        }
    }
    await page.goto(`file://${html}#/sms/send_sms`);
    await page.waitForSelector("text=Send an SMS to numbers or to a list");
    await page.screenshot({ path: join(out, `${String(index).padStart(2, "0")}-send_sms.png`) });
    if (errors.length > 0) {
        missing += errors.length;
        console.log(`FAIL page errors: ${errors.join("; ")}`);
    }
} finally {
    await browser.close();
}
const total = [...expected.values()].reduce((sum, ids) => sum + ids.length, 0);
console.log(missing === 0 ? `reference: all ${expected.size} tags and ${total} operations render; screenshots in ${outArg}` : `reference: ${missing} problem(s)`);
process.exit(missing === 0 ? 0 : 1);
