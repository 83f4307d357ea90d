import { describe, expect, it } from "vitest";
import { pceRisk } from "./risk";

// The guideline's worked example (Goff et al. 2014, Table A): 55 years, total cholesterol
// 213 mg/dL, HDL 50 mg/dL, untreated systolic 120 mmHg, non-smoker, no diabetes.
const example = {
  age: 55,
  totalCholesterol: 213,
  hdl: 50,
  systolicBp: 120,
  treatedForHypertension: false,
  smoker: false,
  diabetes: false,
};

describe("Pooled Cohort Equations", () => {
  it.each([
    ["whiteFemale", 2.1],
    ["africanAmericanFemale", 3.0],
    ["whiteMale", 5.3],
    ["africanAmericanMale", 6.1],
  ] as const)("reproduces the worked example for %s (%s %%)", (group, percent) => {
    expect(Math.abs(pceRisk(group, example) * 100 - percent)).toBeLessThanOrEqual(0.1);
  });

  it("rises with smoking, diabetes and treated blood pressure", () => {
    const base = pceRisk("whiteMale", example);
    expect(pceRisk("whiteMale", { ...example, smoker: true })).toBeGreaterThan(base);
    expect(pceRisk("whiteMale", { ...example, diabetes: true })).toBeGreaterThan(base);
    expect(pceRisk("whiteMale", { ...example, treatedForHypertension: true })).toBeGreaterThan(base);
  });
});
