// The apps' production build: `vite build` with React's plugin, as a Vite app is built. dingkit
// comes from the packages' dist/ (what `npm run build` makes and an installed package has): a
// build that picked up a package's src/ stops here.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const fromDist: Plugin = {
  name: 'dingkit-from-dist',
  generateBundle(_options, bundle) {
    for (const output of Object.values(bundle)) {
      if (output.type !== 'chunk') continue;
      const source = Object.keys(output.modules).find((id) =>
        /[\\/]packages[\\/][^\\/]+[\\/]src[\\/]/.test(id),
      );
      if (source) {
        this.error(
          `The bench app bundled ${source}: dingkit must come from dist/, as an installed package does.`,
        );
      }
    }
  },
};

export default defineConfig({ plugins: [react(), fromDist], logLevel: 'warn' });
