import { describe, expect, it } from "vitest";
import { framinghamRisk } from "./risk";

describe("Framingham general cardiovascular risk score", () => {
  it("scores the published example: a 61-year-old woman who smokes, cholesterol 180/47, SBP 124 untreated, 10.5 %", () => {
    const risk = framinghamRisk("female", {
      age: 61,
      totalCholesterol: 180,
      hdl: 47,
      systolicBp: 124,
      treatedForHypertension: false,
      smoker: true,
      diabetes: false,
    });
    expect(Math.abs(risk * 100 - 10.5)).toBeLessThanOrEqual(0.1);
  });

  it("rises with treated blood pressure, diabetes and age; falls with HDL", () => {
    const base = {
      age: 55,
      totalCholesterol: 200,
      hdl: 50,
      systolicBp: 130,
      treatedForHypertension: false,
      smoker: false,
      diabetes: false,
    };
    const r = framinghamRisk("male", base);
    expect(framinghamRisk("male", { ...base, treatedForHypertension: true })).toBeGreaterThan(r);
    expect(framinghamRisk("male", { ...base, diabetes: true })).toBeGreaterThan(r);
    expect(framinghamRisk("male", { ...base, age: 65 })).toBeGreaterThan(r);
    expect(framinghamRisk("male", { ...base, hdl: 70 })).toBeLessThan(r);
  });
});
