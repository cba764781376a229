#!/usr/bin/env node
// `npx trama …`: trama is TypeScript run through tsx, so register tsx before loading it.
await import("tsx");
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
