#!/usr/bin/env node
// The `county-kg` executable: see src/cli/main.ts.
import { main } from "./cli/main.js";

process.exitCode = await main(process.argv.slice(2));
