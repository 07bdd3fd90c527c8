import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// testing-library only registers its own cleanup when test globals are on.
afterEach(() => cleanup());
