#!/usr/bin/env node
// `npm create dingkit@latest my-app`: npm runs this file with what follows `--`.
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
