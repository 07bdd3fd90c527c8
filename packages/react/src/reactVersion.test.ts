import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { expect, it } from 'vitest';

// The react18 project sets DINGKIT_REACT_MAJOR=18 and aliases react to test/react18.
const major = process.env.DINGKIT_REACT_MAJOR ?? '19';

it(`runs the hook tests against React ${major}`, () => {
  expect(version.split('.')[0]).toBe(major);
  expect(domVersion).toBe(version);
});
