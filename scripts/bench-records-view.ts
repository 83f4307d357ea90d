// Benchmark of the records page with many records: for patients with 50, 200 and 1,000
// anchored records (or the counts given as arguments), the time from "Unlock my records" to
// the records list, to the first combined measurement on screen, and to the fully merged view
// (every record decrypted), with the browser's JS heap after the merge. Runs its own stack
// (production build, free ports) and the real app in Chromium, signing with the e2e test
// wallet. Prints figures; asserts nothing.
//   npx next build && npm run bench:records-view -- [50 200 1000] [--profile]
// --profile writes a CPU profile of the largest run (from the click to the merged view) to
// <temp folder>/carekeys-records-view-<N>.cpuprofile (open it in Chrome DevTools).
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium, type Page } from "@playwright/test";
import { installTestWallet } from "../e2e/support/testWallet.ts";
import { freePorts } from "../lib/testing/ports.ts";
import playwrightConfig from "../playwright.config.ts";
import { type SeededPatient, seedPatientWithRecords } from "./bench/patientWithRecords.ts";
import { type Stack, startStack } from "./stack/stack.ts";

/** The e2e tests' Chromium options: the same binary and flags. */
const { launchOptions } = playwrightConfig.use ?? {};
/** Long enough for a slow merge to finish: the benchmark reports times, it does not judge them. */
const MERGE_TIMEOUT_MS = 15 * 60_000;

const args = process.argv.slice(2);
const profile = args.includes("--profile");
const counts = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (counts.length === 0) counts.push(50, 200, 1000);

type Marks = {
  click?: number;
  list?: Mark;
  firstMeasurement?: Mark;
  merged?: Mark;
  /** Main-thread tasks over 50 ms (start, duration), as Chromium reports them. */
  longTasks?: [number, number][];
};
/** When an element was first in the DOM, and the end of the frame that first painted it. */
type Mark = { dom: number; frame?: number };

type Row = {
  n: number;
  seedMs: number;
  listMs: number;
  firstMs: number;
  mergedMs: number;
  rows: number;
  largestLab: { name: string; values: number };
  labValues: number;
  busyMs: number;
  longestMs: number;
  heapMiB: number;
  heapAfterGcMiB: number;
};

/**
 * Watches the page from its first script: the click on "Unlock my records", then the search
 * box, the first measurement row and the merged-view marker as each first enters the DOM, and
 * the frame after (a requestAnimationFrame, then a task: the frame that shows it has painted).
 */
function watchRecordsPage() {
  const longTasks: [number, number][] = [];
  const marks: Record<string, unknown> = { longTasks };
  Object.assign(window, { __benchMarks: marks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
  const targets: [string, string][] = [
    ["list", 'input[type="search"]'],
    ["firstMeasurement", '[data-testid="measurement"]'],
    ["merged", '[data-testid="reading-done"]'],
  ];
  document.addEventListener(
    "click",
    (event) => {
      const button = (event.target as Element | null)?.closest("button");
      if (button?.textContent?.includes("Unlock my records") && marks.click === undefined)
        marks.click = performance.now();
    },
    true,
  );
  const check = () => {
    if (marks.click === undefined) return;
    for (const [name, selector] of targets) {
      if (marks[name] || !document.querySelector(selector)) continue;
      const mark: { dom: number; frame?: number } = { dom: performance.now() };
      marks[name] = mark;
      requestAnimationFrame(() =>
        setTimeout(() => {
          mark.frame = performance.now();
        }, 0),
      );
    }
    if (targets.every(([name]) => marks[name])) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  const start = () => observer.observe(document.documentElement, { childList: true, subtree: true });
  if (document.documentElement) start();
  else document.addEventListener("DOMContentLoaded", start);
}

async function signIn(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "Connect wallet" }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Test Wallet" }).click();
  await dialog.getByText("Verify your account").waitFor();
  await dialog.getByRole("button", { name: "Sign message" }).click();
  await dialog.waitFor({ state: "hidden" });
}

async function measure(browser: Browser, stack: Stack, patient: SeededPatient, profileFile?: string) {
  const context = await browser.newContext({ baseURL: stack.appUrl });
  try {
    const page = await context.newPage();
    // tsx compiles this script with esbuild, which names functions through a `__name` helper;
    // functions handed to the page (the test wallet's init script, the watcher) call it there.
    await page.addInitScript("globalThis.__name = (target) => target;");
    await installTestWallet(page, {
      privateKey: patient.privateKey,
      chainId: stack.chainId,
      rpcUrl: stack.rpcUrl,
    });
    await page.addInitScript(watchRecordsPage);
    await signIn(page);
    await page.getByRole("link", { name: "Open your records" }).click();
    const unlock = page.getByRole("button", { name: "Unlock my records" });
    await unlock.waitFor();
    const cdp = await context.newCDPSession(page);
    if (profileFile) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
      await cdp.send("Profiler.start");
    }
    await unlock.click();
    await page.getByTestId("reading-done").waitFor({ state: "attached", timeout: MERGE_TIMEOUT_MS });
    if (profileFile) {
      const { profile: cpu } = await cdp.send("Profiler.stop");
      await writeFile(profileFile, JSON.stringify(cpu));
      console.error(`[bench] CPU profile written to ${profileFile}`);
    }
    await page.waitForFunction(
      () => (window as unknown as { __benchMarks: Marks }).__benchMarks.merged?.frame !== undefined,
    );
    const marks = await page.evaluate(() => (window as unknown as { __benchMarks: Marks }).__benchMarks);
    const rows = await page.getByTestId("measurement").evaluateAll((items) =>
      items.map((item) => ({
        section: item.closest("section")?.getAttribute("aria-label") ?? "",
        name: item.getAttribute("data-name") ?? "",
        // "80 values", after the name and the code
        values: Number.parseInt(
          item.querySelector("button > span > span:last-child")?.textContent ?? "0",
          10,
        ),
      })),
    );
    await page.getByTestId("measurement").first().waitFor({ state: "visible" });
    const before = await cdp.send("Runtime.getHeapUsage");
    await cdp.send("HeapProfiler.collectGarbage");
    const after = await cdp.send("Runtime.getHeapUsage");
    const since = (mark: Mark | undefined) =>
      mark && marks.click !== undefined ? (mark.frame ?? mark.dom) - marks.click : Number.NaN;
    const click = marks.click ?? Number.NaN;
    const end = marks.merged?.frame ?? Number.POSITIVE_INFINITY;
    const tasksUntil = (until: number) =>
      (marks.longTasks ?? []).filter(([start]) => start >= click && start < until).map(([, d]) => d);
    const tasks = tasksUntil(end);
    const beforeFirst = tasksUntil(marks.firstMeasurement?.frame ?? end);
    return {
      listMs: since(marks.list),
      firstMs: since(marks.firstMeasurement),
      mergedMs: since(marks.merged),
      rows: rows.length,
      largestLab: rows
        .filter((row) => row.section === "Lab results")
        .reduce((a, b) => (b.values > a.values ? b : a), { name: "none", values: 0 }),
      busyMs: tasks.reduce((a, b) => a + b, 0),
      longestMs: Math.max(0, ...tasks),
      /** Long tasks from the click to the first screen: what holds the first measurement back. */
      beforeFirst: beforeFirst.map((d) => Math.round(d)),
      heapMiB: before.usedSize / 1024 / 1024,
      heapAfterGcMiB: after.usedSize / 1024 / 1024,
    };
  } finally {
    await context.close();
  }
}

const ms = (value: number) => (Number.isNaN(value) ? "-" : `${(value / 1000).toFixed(2)} s`);

function printTable(rows: Row[]) {
  const header = [
    "N",
    "seed",
    "list",
    "first screen",
    "fully merged",
    "rows",
    "largest lab row (values / seeded)",
    "long tasks (sum, longest)",
    "JS heap (after GC)",
  ];
  const lines = rows.map((r) => [
    String(r.n),
    ms(r.seedMs),
    ms(r.listMs),
    ms(r.firstMs),
    ms(r.mergedMs),
    String(r.rows),
    `${r.largestLab.name}: ${r.largestLab.values} / ${r.labValues}`,
    `${ms(r.busyMs)}, ${ms(r.longestMs)}`,
    `${r.heapMiB.toFixed(0)} MiB (${r.heapAfterGcMiB.toFixed(0)} MiB)`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\n${format(header)}`);
  for (const line of lines) console.log(format(line));
  console.log(
    "\nTimes from the click on “Unlock my records” (wallet signature included) to the frame that first shows:" +
      " the records list (search box), the first combined measurement row, and the view with every record" +
      " decrypted and merged. Rows: combined measurement rows (labs and vitals); largest lab row: the lab" +
      " measurement with the most values, against the values one lab test has in the records seeded (4 visits" +
      " per lab record; equal when nothing was left out). Long tasks: main-thread tasks over 50 ms between the" +
      ` click and the merged view (the page does not answer input meanwhile). Load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}.`,
  );
}

if (!existsSync(path.join(".next", "BUILD_ID"))) {
  console.error(
    "No production build found: run `npx next build` first (the benchmark serves it with `next start`).",
  );
  process.exit(1);
}

const dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-bench-view-"));
let stack: Stack | undefined;
let browser: Browser | undefined;
const stopOnSignal = () => void cleanUp().finally(() => process.exit(130));
process.once("SIGINT", stopOnSignal);
process.once("SIGTERM", stopOnSignal);
async function cleanUp() {
  await browser?.close().catch(() => {});
  browser = undefined;
  await stack?.stop();
  stack = undefined;
  await rm(dataDir, { recursive: true, force: true });
}

try {
  const [chain, ipfsApi, ipfsGateway, app] = await freePorts(4);
  stack = await startStack({
    dataDir,
    ports: { chain, ipfsApi, ipfsGateway, app },
    appMode: "start",
    echoApp: false,
    onStep: (message) => console.error(`[stack] ${message}`),
  });
  browser = await chromium.launch(launchOptions);
  const results: Row[] = [];
  const largestCount = Math.max(...counts);
  for (const n of counts) {
    console.error(`[bench] seeding a patient with ${n} records`);
    const started = performance.now();
    const patient = await seedPatientWithRecords(stack, n);
    const seedMs = performance.now() - started;
    console.error(
      `[bench] seeded in ${ms(seedMs)}: ${Object.entries(patient.byCategory)
        .map(([c, k]) => `${k} ${c}`)
        .join(", ")}; measuring`,
    );
    const profileFile =
      profile && n === largestCount
        ? path.join(tmpdir(), `carekeys-records-view-${n}.cpuprofile`)
        : undefined;
    const figures = await measure(browser, stack, patient, profileFile);
    results.push({ n, seedMs, labValues: patient.labValues, ...figures });
    console.error(
      `[bench] N=${n}: list ${ms(figures.listMs)}, first screen ${ms(figures.firstMs)} (long tasks before it: ${figures.beforeFirst.length > 0 ? `${figures.beforeFirst.join(", ")} ms` : "none"}), fully merged ${ms(figures.mergedMs)}`,
    );
  }
  printTable(results);
} finally {
  await cleanUp();
}
