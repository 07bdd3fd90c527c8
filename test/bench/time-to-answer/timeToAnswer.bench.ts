// `npm run bench -- time-to-answer`: how long a page takes to get its first answer from DingTalk,
// dingkit with the provider alone (A) and with `prepareDingTalk` at module scope (A′) against
// the plain dingtalk-jsapi app as DingTalk's docs write it (B) and with its per-API imports (B2),
// and the same page with React alone (R, the floor of the first paint). Production builds,
// served gzip'd on loopback, loaded in Chromium with DevTools network and CPU throttling, framed
// by an emulated PC client (and on emulated iOS and Android). Ratios are reported, never asserted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../support/chromium';
import { assertPackagesBuilt, buildApp, buildHostScript, outputDir } from './build';
import { hostArgs, measureRun, type RunPlan, type RunResult } from './measure';
import { report } from './report';
import { hostName, startBenchServer } from './server';
import { type BenchPlatform, benchPlatforms, profiles, variants } from './setup';

/** Runs per app, profile and platform: `TTA_RUNS=3` for a quick look. */
const runs = Number(process.env.TTA_RUNS ?? 20);
/** `TTA_PLATFORMS=pc` to leave the mobile clients out. */
const platforms = (process.env.TTA_PLATFORMS?.split(',') ?? benchPlatforms) as BenchPlatform[];
/**
 * `TTA_TRACE=ap-slow` (app, profile, and optionally platform: `ap-slow-ios`; several separated by
 * commas: `ap-slow,b2-slow`) also writes a Chrome trace of that app's first recorded load under
 * those conditions, to open in DevTools' Performance panel: what held the main thread between the
 * scripts' arrival and `config`.
 */
const traced = process.env.TTA_TRACE?.split(',') ?? [];

it('measures the time to the first answered call', { timeout: 4 * 60 * 60_000 }, async () => {
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`TTA_RUNS must be a whole number ≥ 1 (got ${runs}).`);
  }
  const unknown = platforms.filter((platform) => !benchPlatforms.includes(platform));
  if (platforms.length === 0 || unknown.length > 0) {
    throw new Error(
      `TTA_PLATFORMS takes ${benchPlatforms.join(', ')} (got ${unknown.join(', ') || 'none'}).`,
    );
  }
  assertPackagesBuilt();
  const apps = Object.fromEntries(variants.map((variant) => [variant.id, buildApp(variant)]));
  const server = await startBenchServer({
    apps,
    pcHost: await buildHostScript('pcHost'),
    mobileHost: await buildHostScript('mobileHost'),
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, ...hostArgs(hostName)],
  });
  const results: RunResult[] = [];
  const started = Date.now();
  try {
    // One unrecorded load of each app first: the browser's own start-up costs land there.
    for (const variant of variants) {
      await measureRun(browser, server, {
        round: -1,
        variant,
        profile: profiles[0]!,
        platform: platforms[0]!,
      });
    }
    // Interleaved: every round loads every app under every condition, starting with a different
    // app each round, so that a busy moment of the machine spreads over all of them.
    for (let round = 0; round < runs; round++) {
      for (const platform of platforms) {
        for (const profile of profiles) {
          for (let i = 0; i < variants.length; i++) {
            const variant = variants[(round + i) % variants.length]!;
            const name = `${variant.id}-${profile.name}`;
            const trace = round === 0 && (traced.includes(name) || traced.includes(`${name}-${platform}`));
            const tracePath = trace ? `${outputDir}/trace-${name}-${platform}.json` : undefined;
            const plan: RunPlan = { round, variant, profile, platform, tracePath };
            results.push(await measureRun(browser, server, plan));
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const { markdown, json } = report(results, { runs, platforms, seconds: (Date.now() - started) / 1000 });
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(`${outputDir}.md`, markdown);
  writeFileSync(`${outputDir}.json`, JSON.stringify(json, null, 2));
});
