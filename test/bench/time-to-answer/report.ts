import { median } from '../rows';
import type { RequestTiming, RunResult } from './measure';
import {
  type BenchPlatform,
  clientVersion,
  configDelayMs,
  describeProfile,
  dingkitVariants,
  goals,
  type Profile,
  profiles,
  ratedVariants,
  signatureDelayMs,
  type Variant,
  variants,
} from './setup';

/** Medians of one app under one condition. */
export interface Summary {
  platform: BenchPlatform;
  profile: Profile['name'];
  variant: Variant['id'];
  firstPaint: number;
  /** From the entry script's arrival to the first paint: the main thread's part of the first paint. */
  entryToPaint: number;
  /** How long A′'s `prepareDingTalk()` call ran on the main thread; other apps have none. */
  prepare: number | undefined;
  ready: number;
  answer: number;
  /** First and third quartile of the first answer: how much the runs spread. */
  answerQuartiles: [number, number];
  configSent: number;
  jsBytes: number;
  jsBytesBeforeConfig: number;
  requests: number;
}

/** A dingkit app's (or R's) medians over B's and B2's, under one condition. */
export interface Ratios {
  platform: BenchPlatform;
  app: (typeof ratedVariants)[number];
  profile: Profile['name'];
  firstPaint: { b: number; b2: number };
  ready: { b: number; b2: number };
  answer: { b: number; b2: number };
}

export interface ReportOptions {
  runs: number;
  platforms: readonly BenchPlatform[];
  seconds: number;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.ceil(at)]! - sorted[low]!) * (at - low);
};
const ms = (value: number) => Math.round(value).toLocaleString('en-US');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const times = (value: number) => `${value.toFixed(2)}×`;
const platformTitles: Record<BenchPlatform, string> = {
  pc: 'PC: the page framed by the emulated PC client',
  ios: 'iOS: emulated native bridge in the page',
  android: 'Android: emulated native bridge in the page',
};
const goalNames = { answer: 'first answer', firstPaint: 'first paint' } as const;
/** The goals a condition's ratios miss, or `none`; only dingkit's apps are held against them. */
const missed = (r: Ratios): string => {
  if (!(dingkitVariants as readonly string[]).includes(r.app)) return '(the floor)';
  const misses = (Object.keys(goals) as (keyof typeof goals)[]).flatMap((key) =>
    (['b', 'b2'] as const)
      .filter((other) => r[key][other] > goals[key][other])
      .map((other) => `${goalNames[key]} /${other.toUpperCase()} ≤ ${times(goals[key][other])}`),
  );
  return misses.length > 0 ? misses.join(', ') : 'none';
};
const label = (id: Variant['id']) => variants.find((variant) => variant.id === id)!.label;

function summarize(of: RunResult[]): Summary {
  const first = of[0]!;
  const med = (pick: (run: RunResult) => number) => median(of.map(pick));
  const answers = of.map((run) => run.answer);
  return {
    platform: first.platform,
    profile: first.profile,
    variant: first.variant,
    firstPaint: med((run) => run.firstPaint),
    entryToPaint: med((run) => run.firstPaint - run.entryArrived),
    prepare: of.every((run) => run.prepare !== undefined) ? med((run) => run.prepare!) : undefined,
    ready: med((run) => run.ready),
    answer: median(answers),
    answerQuartiles: [quantile(answers, 0.25), quantile(answers, 0.75)],
    configSent: med((run) => run.configSent),
    jsBytes: med((run) => run.jsBytes),
    jsBytesBeforeConfig: med((run) => run.jsBytesBeforeConfig),
    requests: med((run) => run.requests),
  };
}

const width = 56;
/** One request as a bar: `░` until its first byte, `█` while the body arrives. */
function bar(request: RequestTiming, scale: number): string {
  const at = (time: number | undefined) => Math.min(width, Math.round((time ?? scale) / (scale / width)));
  const start = at(request.start);
  const firstByte = Math.max(start, at(request.firstByte));
  const end = Math.max(firstByte + 1, at(request.end));
  return `${' '.repeat(start)}${'░'.repeat(firstByte - start)}${'█'.repeat(end - firstByte)}`.padEnd(width);
}

/** The request waterfall of one run, as text, with the page's milestones under it. */
export function waterfall(run: RunResult): string {
  const milestones: [string, string, number][] = [
    ['P', 'first paint', run.firstPaint],
    ['C', 'config sent', run.configSent],
    ['R', 'ready', run.ready],
    ['A', 'first answer', run.answer],
  ];
  const scale = Math.max(run.answer, ...run.waterfall.map((request) => request.end ?? 0)) * 1.02;
  const name = (request: RequestTiming) =>
    request.type === 'Document'
      ? 'document'
      : request.path.replace(`/${run.variant}/assets/`, '').replace(/\?.*/, '?…');
  const nameWidth = Math.max(...run.waterfall.map((request) => name(request).length));
  const lines = run.waterfall.map((request) => {
    const span = `${ms(request.start).padStart(5)}–${(request.end === undefined ? '?' : ms(request.end)).padStart(5)}`;
    return `${name(request).padEnd(nameWidth)} ${span} ${kB(request.bytes).padStart(8)} |${bar(request, scale)}|`;
  });
  const marks = Array.from({ length: width }, () => ' ');
  for (const [letter, , time] of milestones) {
    // Milestones that fall on one column go side by side, in order.
    let column = Math.min(width - 1, Math.round(time / (scale / width)));
    while (marks[column] !== ' ' && column < width - 1) column++;
    marks[column] = letter;
  }
  lines.push(`${''.padEnd(nameWidth + 22)}|${marks.join('')}|`);
  lines.push(milestones.map(([letter, what, time]) => `${letter} ${what} ${ms(time)}`).join(' · '));
  for (const request of run.client) {
    lines.push(
      `client: ${request.method} received ${ms(request.received)}, answered ${request.answered === undefined ? '–' : ms(request.answered)}`,
    );
  }
  return lines.join('\n');
}

/**
 * A dingkit app's (or R's) times over B's and B2's round by round (the three loaded back to
 * back), as the median of those ratios and their quartiles: a busy moment of the machine weighs on
 * the three loads of its round alike and leaves their ratios as they were.
 */
function paired(
  results: RunResult[],
  at: { platform: BenchPlatform; profile: Profile['name']; app: (typeof ratedVariants)[number] },
  key: 'firstPaint' | 'answer',
  other: 'b' | 'b2',
): { median: number; quartiles: [number, number] } {
  const of = (id: Variant['id']) =>
    new Map(
      results
        .filter((run) => run.platform === at.platform && run.profile === at.profile && run.variant === id)
        .map((run) => [run.round, run[key]]),
    );
  const mine = of(at.app);
  const theirs = of(other);
  const values = [...mine].flatMap(([round, time]) => {
    const them = theirs.get(round);
    return them === undefined ? [] : [time / them];
  });
  return { median: median(values), quartiles: [quantile(values, 0.25), quantile(values, 0.75)] };
}

/** The run of a group whose first answer is nearest the group's median. */
const typical = (of: RunResult[]): RunResult => {
  const middle = median(of.map((run) => run.answer));
  return of.reduce((best, run) =>
    Math.abs(run.answer - middle) < Math.abs(best.answer - middle) ? run : best,
  );
};

/** Medians, ratios and waterfalls, as Markdown (printed by `npm run bench`) and JSON. */
export function report(results: RunResult[], options: ReportOptions): { markdown: string; json: unknown } {
  const groups: RunResult[][] = [];
  for (const platform of options.platforms) {
    for (const profile of profiles) {
      for (const variant of variants) {
        const of = results.filter(
          (run) => run.platform === platform && run.profile === profile.name && run.variant === variant.id,
        );
        if (of.length > 0) groups.push(of);
      }
    }
  }
  const summaries = groups.map(summarize);
  const find = (platform: BenchPlatform, profile: Profile['name'], variant: Variant['id']) =>
    summaries.find((s) => s.platform === platform && s.profile === profile && s.variant === variant)!;
  const ratios: Ratios[] = options.platforms.flatMap((platform) =>
    profiles.flatMap((profile) =>
      ratedVariants.map((app) => {
        const [a, b, b2] = ([app, 'b', 'b2'] as const).map((id) => find(platform, profile.name, id));
        const of = (key: 'firstPaint' | 'ready' | 'answer') => ({
          b: ratio(a![key], b![key]),
          b2: ratio(a![key], b2![key]),
        });
        return {
          platform,
          app,
          profile: profile.name,
          firstPaint: of('firstPaint'),
          ready: of('ready'),
          answer: of('answer'),
        };
      }),
    ),
  );
  const typicalRuns = groups.map(typical);

  const md: string[] = [
    '# Time to the first answered call',
    '',
    `${options.runs} interleaved runs per app and condition (fresh browser context, cache off), medians; ` +
      `the first answer's quartiles in brackets. Production \`vite build\` of each app (React bundled, minified), ` +
      `served gzip'd (-9) on 127.0.0.1; Chromium with DevTools network and CPU throttling. The client answers ` +
      `\`config\` after ${configDelayMs} ms and the confirm at once (version ${clientVersion}); the signature ` +
      `endpoint answers after ${signatureDelayMs} ms. Times in ms from the app page's navigation start: first ` +
      `contentful paint; entry → paint from the arrival of the app's entry script to that paint (the main ` +
      `thread's part); ready when the app learns that \`config\` succeeded (A: the provider's \`onReady\`; ` +
      `B, B2, R: \`dd.ready\`); first answer when the confirm's promise resolves. JS on the wire counts headers ` +
      `and gzip'd bodies (kB = 1000 B); "before config": JS that had fully arrived when the client received ` +
      `\`config\`. Took ${Math.round(options.seconds)} s.`,
  ];
  for (const platform of options.platforms) {
    md.push('', `## ${platformTitles[platform]}`, '');
    md.push(
      '| profile | app | first paint | entry → paint | ready | first answer | JS on the wire | JS before config | requests |',
    );
    md.push('|---|---|--:|--:|--:|--:|--:|--:|--:|');
    for (const profile of profiles) {
      variants.forEach((variant, index) => {
        const s = find(platform, profile.name, variant.id);
        const [q1, q3] = s.answerQuartiles;
        md.push(
          `| ${index === 0 ? `${profile.name} (${describeProfile(profile)})` : ''} | ${variant.label} | ${ms(s.firstPaint)} | ${ms(s.entryToPaint)} | ${ms(s.ready)} | ${ms(s.answer)} (${ms(q1)}–${ms(q3)}) | ${kB(s.jsBytes)} | ${kB(s.jsBytesBeforeConfig)} | ${s.requests} |`,
        );
      });
    }
    const prepared = profiles.map(
      (profile) => [profile.name, find(platform, profile.name, 'ap').prepare] as const,
    );
    md.push(
      '',
      `A′'s \`prepareDingTalk()\` call itself ran ${prepared.map(([name, time]) => `${time === undefined ? '–' : time.toFixed(1)} ms (${name})`).join(', ')} on the main thread, in the bundle's evaluation: medians.`,
      '',
      '| profile | app | first paint /B · /B2 | ready /B · /B2 | first answer /B · /B2 | goals missed |',
      '|---|---|--:|--:|--:|---|',
    );
    for (const r of ratios.filter((ratio) => ratio.platform === platform)) {
      const pair = ({ b, b2 }: { b: number; b2: number }) => `${times(b)} · ${times(b2)}`;
      md.push(
        `| ${r.profile} | ${label(r.app)} | ${pair(r.firstPaint)} | ${pair(r.ready)} | ${pair(r.answer)} | ${missed(r)} |`,
      );
    }
  }
  md.push(
    '',
    '## Round by round',
    '',
    "Each round loads every app back to back: the median of a dingkit app's (and R's) ratio to B and to B2 within " +
      'each round, quartiles in brackets. A busy moment of the machine slows the three loads of its round ' +
      'alike and leaves their ratios as they were.',
  );
  const pairedRows: unknown[] = [];
  for (const platform of options.platforms) {
    md.push('', `### ${platformTitles[platform]}`, '');
    md.push('| profile | app | first paint /B | first paint /B2 | first answer /B | first answer /B2 |');
    md.push('|---|---|--:|--:|--:|--:|');
    for (const profile of profiles) {
      for (const app of ratedVariants) {
        const at = { platform, profile: profile.name, app };
        const cells = (['firstPaint', 'answer'] as const).flatMap((key) =>
          (['b', 'b2'] as const).map((other) => ({ key, other, ...paired(results, at, key, other) })),
        );
        pairedRows.push({ ...at, ratios: cells });
        const cell = ({ median: m, quartiles: [q1, q3] }: (typeof cells)[number]) =>
          `${times(m)} (${q1.toFixed(2)}–${q3.toFixed(2)})`;
        md.push(`| ${profile.name} | ${label(app)} | ${cells.map(cell).join(' | ')} |`);
      }
    }
  }
  md.push(
    '',
    '## Waterfalls',
    '',
    'One run per app and condition, the one whose first answer is nearest the median: each request from ' +
      'its start to its end (`░` until the first byte of the response, `█` while it arrives), then the ' +
      "page's milestones and what the client received.",
  );
  for (const run of typicalRuns) {
    md.push(
      '',
      `### ${run.platform} · ${run.profile} · ${label(run.variant)}`,
      '',
      '```',
      waterfall(run),
      '```',
    );
  }

  const json = {
    measuredAt: new Date().toISOString(),
    runs: options.runs,
    settings: { configDelayMs, signatureDelayMs, clientVersion, profiles },
    summaries,
    ratios,
    paired: pairedRows,
    waterfalls: typicalRuns,
    results: results.map(({ waterfall: _waterfall, client: _client, ...run }) => run),
  };
  return { markdown: `${md.join('\n')}\n`, json };
}
