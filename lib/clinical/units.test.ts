import { describe, expect, it } from "vitest";
import { convert, preferredUnit, UCUM_SYSTEM, ucumCodeOf, unitLabel } from "./units";

/** The converted value, failing the test with the reason when the conversion was refused. */
function converted(value: number, from: string, to: string, loinc?: string): number {
  const result = convert(value, from, to, loinc);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe("convert: mass and substance concentrations with the analyte's molar mass", () => {
  // Hand-computed: mmol/L x molar mass (g/mol) = mg/L; / 10 = mg/dL.
  it("cholesterol (386.65 g/mol): 5.2 mmol/L = 201.06 mg/dL and 200 mg/dL = 5.17 mmol/L", () => {
    expect(converted(5.2, "mmol/L", "mg/dL", "2093-3")).toBeCloseTo(201.058, 2);
    expect(converted(200, "mg/dL", "mmol/L", "2093-3")).toBeCloseTo(5.1726, 2);
    expect(converted(200, "mg/dL", "mmol/L", "14647-2")).toBeCloseTo(5.1726, 2);
  });

  it("glucose (180.16 g/mol): 100 mg/dL = 5.55 mmol/L and 7 mmol/L = 126.11 mg/dL", () => {
    expect(converted(100, "mg/dL", "mmol/L", "2339-0")).toBeCloseTo(5.5506, 2);
    expect(converted(7, "mmol/L", "mg/dL", "2345-7")).toBeCloseTo(126.112, 2);
    expect(converted(7, "mmol/L", "mg/dL", "15074-8")).toBeCloseTo(126.112, 2);
  });

  it("LDL and HDL use cholesterol's molar mass (3 mmol/L = 116.00 mg/dL; 1.3 mmol/L = 50.26 mg/dL)", () => {
    for (const ldl of ["2089-1", "13457-7", "18262-6", "22748-8"]) {
      expect(converted(3, "mmol/L", "mg/dL", ldl)).toBeCloseTo(115.995, 2);
    }
    for (const hdl of ["2085-9", "14646-4"]) {
      expect(converted(1.3, "mmol/L", "mg/dL", hdl)).toBeCloseTo(50.2645, 2);
    }
  });

  it("triglycerides (885.7 g/mol) and creatinine (113.12 g/mol, 1 mg/dL = 88.40 µmol/L)", () => {
    expect(converted(150, "mg/dL", "mmol/L", "2571-8")).toBeCloseTo(1.6936, 2);
    expect(converted(1, "mg/dL", "umol/L", "2160-0")).toBeCloseTo(88.4017, 2);
    expect(converted(88.4, "µmol/l", "mg/dl", "14682-9")).toBeCloseTo(1.0, 2);
  });

  it("equivalents use the ion's charge: sodium 140 mEq/L = 140 mmol/L, calcium 10 mg/dL = 2.50 mmol/L", () => {
    expect(converted(140, "mEq/L", "mmol/L", "2951-2")).toBeCloseTo(140, 6);
    expect(converted(10, "mg/dL", "mmol/L", "17861-6")).toBeCloseTo(2.495, 2);
  });

  it("mass to mass needs no molar mass (10 mg/dL = 0.1 g/L)", () => {
    expect(converted(10, "mg/dL", "g/L")).toBeCloseTo(0.1, 10);
  });
});

describe("convert: refusals say why in plain words", () => {
  it("refuses mmol/L -> mg/dL when the test's substance is not known", () => {
    expect(convert(5.2, "mmol/L", "mg/dL")).toEqual({
      ok: false,
      reason: "mmol/L cannot be converted to mg/dL without knowing the substance",
    });
    expect(convert(5.2, "mmol/L", "mg/dL", "718-7")).toEqual({
      ok: false,
      reason: "mmol/L cannot be converted to mg/dL without knowing the substance",
    });
  });

  it("refuses units that measure different things", () => {
    expect(convert(120, "mg/dL", "kg", "2093-3")).toEqual({
      ok: false,
      reason: "mg/dL cannot be converted to kg: they measure different things",
    });
    expect(convert(120, "mm[Hg]", "/min")).toMatchObject({ ok: false });
  });

  it("refuses a unit it does not recognise, naming it", () => {
    expect(convert(3, "bananas", "kg")).toEqual({
      ok: false,
      reason: '"bananas" is not a unit of measure we recognise',
    });
    expect(convert(3, "kg", "")).toMatchObject({ ok: false });
  });

  it("refuses a value that is not a number", () => {
    expect(convert(Number.NaN, "kg", "[lb_av]")).toMatchObject({ ok: false });
  });
});

describe("convert: the same quantity in other units", () => {
  it("returns a value unchanged when the units are the same, however they are spelt", () => {
    expect(converted(5.2, "mmol/L", "mmol/L")).toBe(5.2);
    expect(converted(140, "mmHg", "mm[Hg]")).toBe(140);
    expect(converted(140, "mm Hg", "mm[Hg]")).toBe(140);
    expect(converted(72, "beats/minute", "/min")).toBe(72);
    expect(converted(72, "{beats}/min", "/min")).toBe(72);
  });

  it("pounds to kilograms (150 lb = 68.04 kg) and inches to centimetres", () => {
    expect(converted(150, "[lb_av]", "kg")).toBeCloseTo(68.0389, 2);
    expect(converted(150, "lbs", "kg")).toBeCloseTo(68.0389, 2);
    expect(converted(70, "[in_i]", "cm")).toBeCloseTo(177.8, 6);
  });

  it("Fahrenheit to Celsius (98.6 °F = 37 °C, 100.4 °F = 38 °C)", () => {
    expect(converted(98.6, "[degF]", "Cel")).toBeCloseTo(37, 6);
    expect(converted(100.4, "°F", "°C")).toBeCloseTo(38, 6);
    expect(converted(37, "Cel", "[degF]")).toBeCloseTo(98.6, 6);
  });

  it("cell counts: 7 ×10³/µL = 7 ×10⁹/L, with no float noise", () => {
    expect(converted(7, "10*3/uL", "10*9/L")).toBe(7);
    expect(converted(7, "K/uL", "10^9/L")).toBe(7);
  });

  it("HbA1c: % and mmol/mol by the IFCC-NGSP master equation (48 mmol/mol = 6.54 %), never by UCUM's factor 10", () => {
    expect(converted(48, "mmol/mol", "%", "4548-4")).toBeCloseTo(6.543, 2);
    expect(converted(7, "%", "mmol/mol", "59261-8")).toBeCloseTo(52.9952, 2);
    expect(convert(48, "mmol/mol", "%")).toMatchObject({ ok: false });
  });
});

describe("ucumCodeOf", () => {
  it("takes the code of a UCUM quantity", () => {
    expect(ucumCodeOf({ unit: "mmol/l", code: "mmol/L", system: UCUM_SYSTEM })).toBe("mmol/L");
    expect(ucumCodeOf({ code: "mm[Hg]", system: UCUM_SYSTEM })).toBe("mm[Hg]");
  });

  it("reads mm[Hg] however it is spelt, also when an export puts a spelling in the UCUM code", () => {
    for (const unit of ["mmHg", "mm Hg", "MMHG", "mm[Hg]"]) expect(ucumCodeOf({ unit })).toBe("mm[Hg]");
    expect(ucumCodeOf({ code: "mmHg", system: UCUM_SYSTEM })).toBe("mm[Hg]");
  });

  it("reads the unit text when the code is from another system or missing", () => {
    expect(ucumCodeOf({ unit: "mg/dL", code: "MGDL", system: "http://example.org/lab-units" })).toBe("mg/dL");
    expect(ucumCodeOf({ unit: "mg/dL", code: "not-a-unit", system: UCUM_SYSTEM })).toBe("mg/dL");
    expect(ucumCodeOf({ code: "MGDL", system: "http://example.org/lab-units" })).toBeUndefined();
  });

  it("maps common non-UCUM spellings to one code each", () => {
    const cases: Array<[string, string]> = [
      ["mg/dl", "mg/dL"],
      ["beats/minute", "/min"],
      ["/min", "/min"],
      ["bpm", "/min"],
      ["kg/m2", "kg/m2"],
      ["kg/m^2", "kg/m2"],
      ["%", "%"],
      ["°C", "Cel"],
      ["Cel", "Cel"],
      ["[degF]", "[degF]"],
      ["degF", "[degF]"],
      ["lbs", "[lb_av]"],
      ["mL/min/1.73m2", "mL/min/{1.73_m2}"],
      ["µmol/L", "umol/L"],
      ["mEq/L", "meq/L"],
      ["kg", "kg"],
      ["g/dL", "g/dL"],
    ];
    for (const [unit, code] of cases) expect(ucumCodeOf({ unit }), unit).toBe(code);
  });

  it("reads K/uL as thousands per microlitre, not kelvin per microlitre (valid UCUM for the wrong thing)", () => {
    expect(ucumCodeOf({ unit: "K/uL" })).toBe("10*3/uL");
  });

  it("returns undefined for what is not a unit", () => {
    expect(ucumCodeOf({ unit: "bananas" })).toBeUndefined();
    expect(ucumCodeOf({ unit: "  " })).toBeUndefined();
    expect(ucumCodeOf({})).toBeUndefined();
  });
});

describe("preferredUnit", () => {
  it("shows common analytes in the table's unit, whatever most values carry", () => {
    expect(preferredUnit("2093-3", ["mmol/L", "mmol/L", "mg/dL"])).toBe("mg/dL");
    expect(preferredUnit("13457-7", ["mmol/L"])).toBe("mg/dL");
    expect(preferredUnit("29463-7", ["[lb_av]", "lbs"])).toBe("kg");
    expect(preferredUnit("8310-5", ["[degF]"])).toBe("Cel");
    expect(preferredUnit("8480-6", ["mmHg"])).toBe("mm[Hg]");
    expect(preferredUnit("8867-4", ["beats/minute"])).toBe("/min");
    expect(preferredUnit("39156-5", [])).toBe("kg/m2");
    expect(preferredUnit("4548-4", ["mmol/mol"])).toBe("%");
  });

  it("otherwise takes the most frequent unit (the first seen on a tie), spelt as UCUM", () => {
    expect(preferredUnit(undefined, ["mmol/L", "mg/dL", "mmol/l"])).toBe("mmol/L");
    expect(preferredUnit("718-7", ["g/dL", "g/L"])).toBe("g/dL");
    expect(preferredUnit("718-7", [])).toBe("");
  });

  it("keeps the table's unit when no value can be shown in it: cholesterol in kg, glucose in mg are of another kind (they were plotted as such)", () => {
    expect(preferredUnit("2093-3", ["kg", "kg"])).toBe("mg/dL");
    expect(preferredUnit("1558-6", ["mg"])).toBe("mg/dL");
  });

  it("picks the unit most values carry for a test without a table unit", () => {
    expect(preferredUnit("2276-4", ["ng/mL", "ug/L", "ng/mL"])).toBe("ng/mL");
  });
});

describe("unitLabel", () => {
  it("writes units as people read them", () => {
    expect(unitLabel("mm[Hg]")).toBe("mmHg");
    expect(unitLabel("/min")).toBe("per minute");
    expect(unitLabel("Cel")).toBe("°C");
    expect(unitLabel("[degF]")).toBe("°F");
    expect(unitLabel("kg/m2")).toBe("kg/m²");
    expect(unitLabel("10*3/uL")).toBe("×10³/µL");
    expect(unitLabel("%")).toBe("%");
    expect(unitLabel("mg/dL")).toBe("mg/dL");
    expect(unitLabel("umol/L")).toBe("µmol/L");
    expect(unitLabel("U/L")).toBe("U/L");
    expect(unitLabel("{cells}/uL")).toBe("cells/µL");
  });
});
