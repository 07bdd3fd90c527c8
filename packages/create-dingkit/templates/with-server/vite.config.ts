import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

type ServerApi = typeof import('./server/api');

/**
 * In development the dev server answers /api/dingtalk/* itself, with server/api.ts (loaded by
 * Vite, so TypeScript runs as is, and reloaded when it changes), reading .env like the server.
 */
function dingtalkApi(): Plugin {
  return {
    name: 'dingtalk-api',
    configureServer(server) {
      const env = { ...process.env, ...loadEnv(server.config.mode, server.config.root, '') };
      let loaded: { module: ServerApi; handle: ReturnType<ServerApi['createApi']> } | undefined;
      server.middlewares.use(async (request, response, next) => {
        if (!request.url?.startsWith('/api/dingtalk/')) return next();
        try {
          const module = (await server.ssrLoadModule('/server/api.ts')) as ServerApi;
          if (loaded?.module !== module) loaded = { module, handle: module.createApi(env) };
          loaded.handle(request, response, next);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), dingtalkApi()],
  // The port DINGTALK_ALLOWED_ORIGINS lists: rather fail than sign for another one.
  server: { port: 5173, strictPort: true },
});
