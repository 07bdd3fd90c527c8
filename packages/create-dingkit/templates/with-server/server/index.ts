// The API server in production: `npm run build`, then `npm run serve` (dist-server/index.js).
// Serve dist/ as static files and send /api/ to this server (see README.md).
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { createApi } from './api';

if (existsSync('.env')) process.loadEnvFile('.env');

const api = createApi(process.env);
const port = Number(process.env.PORT || 3000);

createServer((request, response) =>
  api(request, response, () => {
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: 'NOT_FOUND' }));
  }),
).listen(port, () => console.log(`API: http://localhost:${port}/api/dingtalk/`));
