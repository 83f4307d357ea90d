#!/usr/bin/env node
// solc executable for forge, backed by the npm `solc` package (solc-js, wasm).
// forge calls `solc --version` and `solc --standard-json` (input on stdin); nothing
// else is needed. Imports resolve from the working directory and node_modules.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const solc = require("solc");

const args = process.argv.slice(2);

if (args.includes("--version")) {
  process.stdout.write(`solc, the solidity compiler commandline interface\nVersion: ${solc.version()}\n`);
  process.exit(0);
}

if (!args.includes("--standard-json")) {
  process.stderr.write("scripts/solc.cjs supports only --version and --standard-json\n");
  process.exit(2);
}

const roots = [process.cwd(), path.join(process.cwd(), "node_modules")];
for (const arg of args) {
  if (arg.startsWith("--base-path=")) roots.unshift(arg.slice("--base-path=".length));
}
for (let i = 0; i < args.length; i++) {
  if ((args[i] === "--include-path" || args[i] === "--base-path") && args[i + 1]) roots.push(args[i + 1]);
}

function findImports(importPath) {
  for (const root of roots) {
    const candidate = path.resolve(root, importPath);
    if (fs.existsSync(candidate)) return { contents: fs.readFileSync(candidate, "utf8") };
  }
  return { error: `File not found: ${importPath}` };
}

const input = fs.readFileSync(0, "utf8");
process.stdout.write(solc.compile(input, { import: findImports }));
