import * as ort from "onnxruntime-node";
import { describe, expect, it } from "vitest";
import { FRAMINGHAM_SPEC } from "../framingham/model";
import { framinghamRisk } from "../framingham/risk";
import type { PceGroup } from "../pce/coefficients";
import { PCE_SPEC } from "../pce/model";
import { pceRisk } from "../pce/risk";
import { survivalModelOnnx } from "./survivalModel";

/** A seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** People across the models' input ranges (age 40-79, cholesterol 130-320, HDL 20-100, SBP 90-200). */
function people(count: number, seed: number) {
  const next = random(seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * next();
  return Array.from({ length: count }, () => ({
    age: Math.round(between(40, 79)),
    totalCholesterol: Math.round(between(130, 320)),
    hdl: Math.round(between(20, 100)),
    systolicBp: Math.round(between(90, 200)),
    treatedForHypertension: next() < 0.5,
    smoker: next() < 0.5,
    diabetes: next() < 0.5,
    female: next() < 0.5,
    africanAmerican: next() < 0.5,
  }));
}

type Person = ReturnType<typeof people>[number];
const row = (p: Person) => [
  p.age,
  p.totalCholesterol,
  p.hdl,
  p.systolicBp,
  Number(p.treatedForHypertension),
  Number(p.smoker),
  Number(p.diabetes),
  Number(p.female),
  Number(p.africanAmerican),
];

async function score(artifact: Uint8Array, rows: number[][]) {
  const session = await ort.InferenceSession.create(artifact);
  const width = rows[0].length;
  const x = new ort.Tensor("float32", Float32Array.from(rows.flat()), [rows.length, width]);
  const { risk } = await session.run({ x });
  await session.release();
  return risk.data as Float32Array;
}

const maxDifference = (a: ArrayLike<number>, b: readonly number[]) =>
  b.reduce((max, value, i) => Math.max(max, Math.abs(a[i] - value)), 0);

describe("risk models as ONNX artifacts", () => {
  it("builds the same bytes every time, small, and a changed coefficient changes them", () => {
    const a = survivalModelOnnx(PCE_SPEC);
    expect(survivalModelOnnx(PCE_SPEC)).toEqual(a);
    expect(a.byteLength).toBeLessThan(8192);
    const changed = structuredClone(PCE_SPEC);
    (changed.groups[0].coefficients as Record<string, number>).lnAge += 0.001;
    expect(survivalModelOnnx(changed)).not.toEqual(a);
  });

  it("the Pooled Cohort Equations artifact matches the TypeScript oracle on 10,000 random people", async () => {
    const group = (p: Person): PceGroup =>
      `${p.africanAmerican ? "africanAmerican" : "white"}${p.female ? "Female" : "Male"}` as PceGroup;
    const crowd = people(10_000, 2013);
    const onnx = await score(survivalModelOnnx(PCE_SPEC), crowd.map(row));
    const oracle = crowd.map((p) => pceRisk(group(p), p));
    const worst = maxDifference(onnx, oracle);
    console.log(`PCE: ONNX vs oracle, max abs difference over 10,000 people: ${worst.toExponential(2)}`);
    expect(worst).toBeLessThan(1e-4);
  });

  it("the Framingham artifact matches its oracle on 10,000 random people, and the worked example", async () => {
    const crowd = people(10_000, 2008);
    const rows = crowd.map((p) => row(p).slice(0, 8));
    const onnx = await score(survivalModelOnnx(FRAMINGHAM_SPEC), rows);
    const oracle = crowd.map((p) => framinghamRisk(p.female ? "female" : "male", p));
    const worst = maxDifference(onnx, oracle);
    console.log(
      `Framingham: ONNX vs oracle, max abs difference over 10,000 people: ${worst.toExponential(2)}`,
    );
    expect(worst).toBeLessThan(1e-4);
    const [example] = await score(survivalModelOnnx(FRAMINGHAM_SPEC), [[61, 180, 47, 124, 0, 1, 0, 1]]);
    expect(Math.abs(example * 100 - 10.5)).toBeLessThanOrEqual(0.1);
  });

  it("refuses a spec whose terms name an input the model does not have", () => {
    const broken = { ...FRAMINGHAM_SPEC, terms: [{ name: "x", factors: [{ ln: "weight" }] }] };
    expect(() => survivalModelOnnx(broken)).toThrow('"weight" is not one of the model\'s inputs');
  });
});
