#!/usr/bin/env node
// The command line runs the TypeScript sources through tsx's loader, so a
// fresh `npm ci` is all it needs (no build step). See src/cli/main.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
// let stdout drain before exiting (large --json output into a pipe)
process.exitCode = code;
