import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Without Vitest's `globals`, Testing Library cannot unmount after each test by itself.
afterEach(() => cleanup());
