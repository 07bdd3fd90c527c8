import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    // Components render in jsdom; files that start with `// @vitest-environment node` run in Node.
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
  },
});
