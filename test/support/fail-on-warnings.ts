import { afterEach } from 'vitest';

// React reports act() problems, key warnings and failed prop types through console.error;
// a test that prints one has a bug, so it fails instead of scrolling past.
const problems: string[] = [];
const original = console.error;
const originalWarn = console.warn;
console.error = (...args: unknown[]) => {
  problems.push(args.map(String).join(' '));
  original(...args);
};
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (/Warning:|act\(|deprecated/i.test(text)) problems.push(text);
  originalWarn(...args);
};

afterEach(() => {
  if (problems.length === 0) return;
  const found = problems.splice(0);
  throw new Error(`The test printed ${found.length} console error(s):\n${found.join('\n').slice(0, 2000)}`);
});
