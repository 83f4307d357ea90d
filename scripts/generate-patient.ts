// Writes a deterministic synthetic patient (FHIR R4 Bundle) to a file or stdout.
//   tsx scripts/generate-patient.ts --seed 7 [--visits 4] [--marker TEXT] [--name "Given Family"] [--out file.json]
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { syntheticPatientBundle } from "../lib/records/synthetic.ts";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "1" },
    visits: { type: "string", default: "4" },
    marker: { type: "string" },
    name: { type: "string" },
    out: { type: "string" },
  },
});
const bundle = syntheticPatientBundle({
  seed: Number(values.seed),
  visits: Number(values.visits),
  marker: values.marker,
  ...(values.name ? { name: nameOf(values.name) } : {}),
});

function nameOf(full: string) {
  const parts = full.trim().split(/\s+/);
  if (parts.length < 2) throw new Error(`--name needs a given and a family name, e.g. "Alex Morgan"`);
  return { given: parts.slice(0, -1).join(" "), family: parts[parts.length - 1] };
}
const json = `${JSON.stringify(bundle, null, 2)}\n`;
if (values.out) writeFileSync(values.out, json);
else process.stdout.write(json);
