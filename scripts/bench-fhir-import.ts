// Prints how long the FHIR import takes on this machine: loading the validator and the R4
// definitions (once per page), and validating and filing a 500-resource export.
//   npx tsx scripts/bench-fhir-import.ts
import { parseFhir } from "../lib/records/fhir.ts";
import { loadFhirValidator } from "../lib/records/fhirValidator.ts";
import { syntheticPatientBundle } from "../lib/records/synthetic.ts";

const bundle = syntheticPatientBundle({ seed: 500, visits: 71 }); // 71 visits x 7 + 5 = 502 resources
const text = JSON.stringify(bundle);
const ms = (start: number) => (performance.now() - start).toFixed(0);

let start = performance.now();
await loadFhirValidator();
console.log(`load @medplum/core and the R4 definitions: ${ms(start)} ms`);

const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  start = performance.now();
  const { groups } = await parseFhir(text);
  runs.push(performance.now() - start);
  if (i === 0) {
    const count = [...groups.values()].reduce((n, resources) => n + resources.length, 0);
    console.log(`${bundle.entry?.length} resources (${(text.length / 1024).toFixed(0)} kB), ${count} filed`);
  }
}
const sorted = [...runs].sort((a, b) => a - b);
console.log(
  `validate and file: first run ${runs[0].toFixed(0)} ms, then median ${sorted[2].toFixed(0)} ms ` +
    `(min ${sorted[0].toFixed(0)}, max ${sorted[4].toFixed(0)}) over 5 runs`,
);
