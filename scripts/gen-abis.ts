// Writes lib/contracts/generated.ts from forge's build output: typed ABIs (`as const`) and
// creation bytecode for the deploy script. Run by `npm run contracts:build`.
// `--check` exits 1 when the committed file differs from what the build output gives.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const CONTRACTS = ["Directory", "ConsentRegistry"] as const;
const OUT_FILE = path.join("lib", "contracts", "generated.ts");

type Artifact = { abi: unknown[]; bytecode: { object: string } };

const parts = [
  "// GENERATED FILE - DO NOT EDIT. Run `npm run contracts:build` to regenerate.",
  "// Source: contracts/src, compiled by forge (solc 0.8.30).",
  "",
];
for (const name of CONTRACTS) {
  const artifact = JSON.parse(
    readFileSync(path.join("contracts", "out", `${name}.sol`, `${name}.json`), "utf8"),
  ) as Artifact;
  const camel = name[0].toLowerCase() + name.slice(1);
  parts.push(`export const ${camel}Abi = ${JSON.stringify(artifact.abi, null, 2)} as const;`, "");
  parts.push(`export const ${camel}Bytecode = "${artifact.bytecode.object}" as const;`, "");
}
const content = parts.join("\n");

if (process.argv.includes("--check")) {
  const current = readFileSync(OUT_FILE, "utf8");
  if (current !== content) {
    console.error(
      `${OUT_FILE} is out of date with contracts/src. Run \`npm run contracts:build\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`${OUT_FILE} matches the contracts.`);
} else {
  writeFileSync(OUT_FILE, content);
  console.log(`wrote ${OUT_FILE}`);
}
