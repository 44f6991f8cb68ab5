#!/usr/bin/env node
// Runs the CLI from a bundle built on demand and rebuilt whenever a source changed (bin/cli-bundle.mjs), so
// `npx nemawashi` works right after `npm install` with no build step; from the sources through tsx where
// bundling fails.
import { loadMain } from './cli-bundle.mjs';

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
