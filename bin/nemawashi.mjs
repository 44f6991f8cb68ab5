#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so `npx nemawashi` works right after `npm install` with no build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
