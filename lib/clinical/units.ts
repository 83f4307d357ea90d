import { UcumLhcUtils } from "@lhncbc/ucum-lhc";
import { lookup } from "./lookup";

/**
 * Units of measure for the clinical views: every value of a concept is converted to one UCUM unit
 * before it is compared, flagged or plotted. UCUM arithmetic is `@lhncbc/ucum-lhc`'s; this module
 * adds what the records need around it: the common non-UCUM spellings found in exports, the unit each
 * concept is shown in, the molar mass (and ionic charge) where mass, substance and equivalents meet,
 * and labels people read. Runs in the browser and in Node alike.
 */

export const UCUM_SYSTEM = "http://unitsofmeasure.org";

export type Conversion = { ok: true; value: number } | { ok: false; reason: string };

/** ucum-lhc loads its unit table (about 230 KB of JSON) on first use, not at import. */
// getInstance() builds a new utility (and walks the unit table) on every call: keep one.
let instance: ReturnType<typeof UcumLhcUtils.getInstance> | undefined;
const ucum = () => {
  instance ??= UcumLhcUtils.getInstance();
  return instance;
};

/**
 * Spellings seen in exports that are not UCUM (or are UCUM but spelt another way) -> the UCUM code.
 * Keys are lower-case with µ/μ read as u and spaces collapsed. Checked before ucum-lhc, because some
 * spellings are valid UCUM for something else: "K/uL" is kelvin per microlitre, "M/uL" metres.
 */
const SPELLINGS: Record<string, string> = {
  // pressure
  mmhg: "mm[Hg]",
  "mm hg": "mm[Hg]",
  "mm[hg]": "mm[Hg]",
  // rates
  "/min": "/min",
  "1/min": "/min",
  "{beats}/min": "/min",
  "{beat}/min": "/min",
  "beats/min": "/min",
  "beats/minute": "/min",
  "beats per minute": "/min",
  bpm: "/min",
  "{breaths}/min": "/min",
  "breaths/min": "/min",
  "breaths/minute": "/min",
  "per minute": "/min",
  // temperature
  cel: "Cel",
  "°c": "Cel",
  "℃": "Cel",
  degc: "Cel",
  "deg c": "Cel",
  "[degf]": "[degF]",
  "°f": "[degF]",
  "℉": "[degF]",
  degf: "[degF]",
  "deg f": "[degF]",
  // body size
  "kg/m2": "kg/m2",
  "kg/m^2": "kg/m2",
  "kg/m²": "kg/m2",
  lb: "[lb_av]",
  lbs: "[lb_av]",
  pound: "[lb_av]",
  pounds: "[lb_av]",
  "[lb_av]": "[lb_av]",
  oz: "[oz_av]",
  "[oz_av]": "[oz_av]",
  in: "[in_i]",
  inch: "[in_i]",
  inches: "[in_i]",
  "[in_i]": "[in_i]",
  ft: "[ft_i]",
  "[ft_i]": "[ft_i]",
  // concentrations (UCUM accepts "l" too; one spelling keeps a series in one unit)
  "mg/dl": "mg/dL",
  "g/dl": "g/dL",
  "g/l": "g/L",
  "mg/l": "mg/L",
  "ug/l": "ug/L",
  "ug/dl": "ug/dL",
  "ng/ml": "ng/mL",
  "pg/ml": "pg/mL",
  "mmol/l": "mmol/L",
  "umol/l": "umol/L",
  "nmol/l": "nmol/L",
  "pmol/l": "pmol/L",
  "meq/l": "meq/L",
  "u/l": "U/L",
  "iu/l": "[IU]/L",
  "miu/l": "m[IU]/L",
  "miu/ml": "m[IU]/mL",
  "uiu/ml": "u[IU]/mL",
  "ml/min/1.73m2": "mL/min/{1.73_m2}",
  "ml/min/1.73 m2": "mL/min/{1.73_m2}",
  "ml/min/{1.73_m2}": "mL/min/{1.73_m2}",
  // cell counts
  "10*3/ul": "10*3/uL",
  "10^3/ul": "10*3/uL",
  "x10^3/ul": "10*3/uL",
  "x10e3/ul": "10*3/uL",
  "k/ul": "10*3/uL",
  "thou/ul": "10*3/uL",
  "10*9/l": "10*9/L",
  "10^9/l": "10*9/L",
  "x10^9/l": "10*9/L",
  "x10e9/l": "10*9/L",
  "10*6/ul": "10*6/uL",
  "10^6/ul": "10*6/uL",
  "x10^6/ul": "10*6/uL",
  "x10e6/ul": "10*6/uL",
  "m/ul": "10*6/uL",
  "10*12/l": "10*12/L",
  "10^12/l": "10*12/L",
  "x10^12/l": "10*12/L",
  "x10e12/l": "10*12/L",
  // fractions
  "%": "%",
  percent: "%",
};

const spellingKey = (unit: string) => unit.trim().toLowerCase().replace(/[µμ]/g, "u").replace(/\s+/g, " ");

/** A unit string as written in a record -> its UCUM code, or undefined when it is not a unit we know. */
export function toUcum(unit: string | undefined): string | undefined {
  if (!unit?.trim()) return undefined;
  const known = lookup(SPELLINGS, spellingKey(unit));
  if (known) return known;
  if (checkedUnits.has(unit)) return checkedUnits.get(unit);
  let code: string | undefined;
  // ucum-lhc keeps its tables in plain objects: a unit named like a built-in ("constructor",
  // "toString") is found there and later throws. Such names are no unit.
  if (!(unit.trim() in Object.prototype)) {
    try {
      const checked = ucum().validateUnitString(unit.trim(), false);
      code = checked.status === "valid" && checked.ucumCode ? checked.ucumCode : undefined;
    } catch {
      code = undefined; // a unit ucum-lhc chokes on is not one we read
    }
  }
  if (checkedUnits.size >= 2_000) checkedUnits.clear(); // a file of made-up units cannot grow it without end
  checkedUnits.set(unit, code);
  return code;
}

/** Units already checked with ucum-lhc (a view of 1,000 records asks about the same few thousands of times). */
const checkedUnits = new Map<string, string | undefined>();

/**
 * The UCUM code of a FHIR Quantity: its `code` when the system is UCUM, else its `unit` as written.
 * Either is checked, so an export that puts "mmHg" in a UCUM code still reads as mm[Hg].
 */
export function ucumCodeOf(q: { unit?: string; code?: string; system?: string }): string | undefined {
  return (q.system === UCUM_SYSTEM ? toUcum(q.code) : undefined) ?? toUcum(q.unit);
}

/** What the substance behind a test weighs and carries, for mass <-> substance <-> equivalents. */
type Substance = { molarMass?: number; charge?: number };

const CHOLESTEROL: Substance = { molarMass: 386.65 };
const TRIGLYCERIDES: Substance = { molarMass: 885.7 };
const GLUCOSE: Substance = { molarMass: 180.16 };
const CREATININE: Substance = { molarMass: 113.12 };
const CALCIUM: Substance = { molarMass: 40.08, charge: 2 };
const SODIUM: Substance = { molarMass: 22.99, charge: 1 };
const POTASSIUM: Substance = { molarMass: 39.1, charge: 1 };
const CHLORIDE: Substance = { molarMass: 35.45, charge: 1 };
const BICARBONATE: Substance = { charge: 1 };
const VITAMIN_D: Substance = { molarMass: 400.64 }; // 25-hydroxyvitamin D3

/** LOINC -> substance; the mass and the substance-concentration codes of one analyte share an entry. */
const SUBSTANCE_BY_LOINC: Record<string, Substance> = {
  "2093-3": CHOLESTEROL, // total, mass
  "14647-2": CHOLESTEROL, // total, moles
  "2085-9": CHOLESTEROL, // HDL, mass
  "14646-4": CHOLESTEROL, // HDL, moles
  "2089-1": CHOLESTEROL, // LDL, mass
  "13457-7": CHOLESTEROL, // LDL calculated, mass
  "18262-6": CHOLESTEROL, // LDL direct, mass
  "22748-8": CHOLESTEROL, // LDL, moles
  "39469-2": CHOLESTEROL, // LDL calculated, moles
  "2571-8": TRIGLYCERIDES,
  "14927-8": TRIGLYCERIDES,
  "2339-0": GLUCOSE, // blood, mass
  "2345-7": GLUCOSE, // serum/plasma, mass
  "1558-6": GLUCOSE, // fasting, mass
  "41653-7": GLUCOSE, // capillary (glucometer), mass
  "15074-8": GLUCOSE, // blood, moles
  "14749-6": GLUCOSE, // serum/plasma, moles
  "14771-0": GLUCOSE, // fasting, moles
  "2160-0": CREATININE,
  "38483-4": CREATININE,
  "14682-9": CREATININE,
  "17861-6": CALCIUM,
  "2000-8": CALCIUM,
  "2951-2": SODIUM,
  "2823-3": POTASSIUM,
  "2075-0": CHLORIDE,
  "2028-9": BICARBONATE, // total CO2, mostly bicarbonate
  "1989-3": VITAMIN_D, // 25-hydroxyvitamin D3, mass
  "62292-8": VITAMIN_D, // 25-hydroxyvitamin D2+D3, mass
  "14635-7": VITAMIN_D, // 25-hydroxyvitamin D3, moles
};

/**
 * LOINC codes that name the same test measured in another kind of unit (moles instead of mass,
 * IFCC instead of NGSP for HbA1c) -> the code the test is shown under. Values of both are one
 * measurement: one table, one trend, in one unit. Tests that differ in what they measure (LDL
 * calculated vs direct, fasting vs random glucose, blood vs serum) stay apart.
 */
const SAME_TEST: Record<string, string> = {
  "14647-2": "2093-3", // total cholesterol
  "14646-4": "2085-9", // HDL cholesterol
  "22748-8": "2089-1", // LDL cholesterol
  "39469-2": "13457-7", // LDL cholesterol, calculated
  "14927-8": "2571-8", // triglycerides
  "15074-8": "2339-0", // glucose, blood
  "14749-6": "2345-7", // glucose, serum or plasma
  "14771-0": "1558-6", // fasting glucose
  "14682-9": "2160-0", // creatinine
  "2000-8": "17861-6", // calcium
  "59261-8": "4548-4", // HbA1c (IFCC mmol/mol) -> HbA1c (%)
  "17856-6": "4548-4", // HbA1c by HPLC
  "14635-7": "1989-3", // 25-hydroxyvitamin D3
  "55284-4": "85354-9", // blood pressure, systolic and diastolic
};

/** The LOINC code a test is shown under (see {@link SAME_TEST}); any other code is its own. */
export const sameTestCode = (loinc: string) => lookup(SAME_TEST, loinc) ?? loinc;

/**
 * Decimals a value is shown with when converted into this unit (a converted weight reads
 * "78.0 kg", not "78.0181 kg"; a temperature "37.0 °C"). Units not listed keep significant digits.
 */
const DECIMALS: Record<string, number> = {
  kg: 1,
  g: 0,
  cm: 0,
  "[in_i]": 1,
  "[lb_av]": 1,
  Cel: 1,
  "[degF]": 1,
  "mm[Hg]": 0,
  "/min": 0,
  "kg/m2": 1,
  "%": 1,
};
export const displayDecimals = (ucum: string): number | undefined => lookup(DECIMALS, ucum);

/**
 * HbA1c is reported as % (NGSP/DCCT) or mmol/mol (IFCC). These are different scales, not one
 * quantity in two units: UCUM would read 48 mmol/mol as 4.8 %, where it is 6.5 %. They are
 * related by the IFCC-NGSP master equation: NGSP % = 0.09148 x IFCC mmol/mol + 2.152.
 */
const HBA1C_LOINC = new Set(["4548-4", "17856-6", "59261-8"]);

function hba1c(value: number, from: string, to: string): number {
  return from === "mmol/mol" && to === "%" ? 0.09148 * value + 2.152 : (value - 2.152) / 0.09148;
}

/** Conversion results carry float noise (7 x 10^3/uL reads 6.999999999999999 x 10^9/L). */
const tidy = (value: number) => Number(value.toPrecision(12));

/**
 * `value` in unit `from` expressed in unit `to`. Units may be UCUM codes or common spellings
 * ("mmHg", "lbs", "°F"). Mass <-> substance conversions use the molar mass of the test's analyte
 * (by LOINC); without one they are refused, as is anything not measuring the same kind of quantity.
 */
export function convert(value: number, from: string, to: string, loinc?: string): Conversion {
  const fromCode = toUcum(from);
  const toCode = toUcum(to);
  if (!fromCode) return { ok: false, reason: `"${from}" is not a unit of measure we recognise` };
  if (!toCode) return { ok: false, reason: `"${to}" is not a unit of measure we recognise` };
  if (!Number.isFinite(value)) return { ok: false, reason: "The value is not a number" };
  if (fromCode === toCode) return { ok: true, value };

  const scales = new Set([fromCode, toCode]);
  if (scales.has("%") && scales.has("mmol/mol")) {
    if (loinc && HBA1C_LOINC.has(loinc)) return { ok: true, value: tidy(hba1c(value, fromCode, toCode)) };
    return {
      ok: false,
      reason: `${unitLabel(fromCode)} cannot be converted to ${unitLabel(toCode)} except for an HbA1c test`,
    };
  }

  const substance = loinc ? lookup(SUBSTANCE_BY_LOINC, loinc) : undefined;
  let result: ReturnType<ReturnType<typeof ucum>["convertUnitTo"]>;
  try {
    result = ucum().convertUnitTo(fromCode, value, toCode, {
      molecularWeight: substance?.molarMass,
      charge: substance?.charge,
    });
  } catch {
    return { ok: false, reason: `${unitLabel(fromCode)} cannot be converted to ${unitLabel(toCode)}` };
  }
  if (result.status === "succeeded" && result.toVal !== null && Number.isFinite(result.toVal)) {
    return { ok: true, value: tidy(result.toVal) };
  }
  const fromLabel = unitLabel(fromCode);
  const toLabel = unitLabel(toCode);
  const needsSubstance = result.msg.some((m) => /molecular weight|charge of the substance/i.test(m));
  return {
    ok: false,
    reason: needsSubstance
      ? `${fromLabel} cannot be converted to ${toLabel} without knowing the substance`
      : `${fromLabel} cannot be converted to ${toLabel}: they measure different things`,
  };
}

/** The unit each common concept is shown in (LOINC -> UCUM). */
const PREFERRED_UNIT: Record<string, string> = {
  "2093-3": "mg/dL", // total cholesterol
  "2089-1": "mg/dL", // LDL
  "13457-7": "mg/dL",
  "18262-6": "mg/dL",
  "2085-9": "mg/dL", // HDL
  "2571-8": "mg/dL", // triglycerides
  "2339-0": "mg/dL", // glucose
  "2345-7": "mg/dL",
  "1558-6": "mg/dL",
  "4548-4": "%", // HbA1c
  "2160-0": "mg/dL", // creatinine
  "29463-7": "kg", // body weight
  "8302-2": "cm", // body height
  "8310-5": "Cel", // body temperature
  "1989-3": "ng/mL", // 25-hydroxyvitamin D
  "62292-8": "ng/mL",
  "8480-6": "mm[Hg]", // systolic
  "8462-4": "mm[Hg]", // diastolic
  "8867-4": "/min", // heart rate
  "6690-2": "10*3/uL", // white blood cells
  "777-3": "10*3/uL", // platelets
  "39156-5": "kg/m2", // BMI
};

/**
 * The one unit a concept is shown in: the table's unit for common analytes (always: a value that
 * cannot be shown in it is listed apart), else the unit most of the values carry (the first seen on a tie).
 * `units` are the units of the concept's values, as written or as UCUM codes.
 */
export function preferredUnit(loinc: string | undefined, units: string[]): string {
  const codes = units.map((u) => toUcum(u) ?? u.trim()).filter((u) => u !== "");
  const preferred = loinc ? lookup(PREFERRED_UNIT, loinc) : undefined;
  // Every usual unit of these tests converts to the table's; one that does not is of another kind
  // (glucose in mg, a mass): its values are listed apart, not made the series' unit.
  if (preferred) return preferred;
  const counts = new Map<string, number>();
  for (const u of codes) counts.set(u, (counts.get(u) ?? 0) + 1);
  let best = "";
  let bestCount = 0;
  for (const [u, n] of counts) {
    if (n > bestCount) [best, bestCount] = [u, n];
  }
  return best;
}

/**
 * The values a test can take at all, generously (beyond the records of living patients), in one
 * unit: a value outside is a typing or export error (99,999,999,999 mg/dL of cholesterol), listed
 * apart rather than plotted, where it would flatten every other point. LOINC (as shown, see
 * {@link sameTestCode}) -> [unit, lowest, highest].
 */
const POSSIBLE: Record<string, readonly [string, number, number]> = {
  "2093-3": ["mg/dL", 0, 3000], // total cholesterol
  "2089-1": ["mg/dL", 0, 2500], // LDL
  "13457-7": ["mg/dL", 0, 2500],
  "18262-6": ["mg/dL", 0, 2500],
  "2085-9": ["mg/dL", 0, 500], // HDL
  "2571-8": ["mg/dL", 0, 30000], // triglycerides
  "2339-0": ["mg/dL", 0, 5000], // glucose
  "2345-7": ["mg/dL", 0, 5000],
  "1558-6": ["mg/dL", 0, 5000],
  "41653-7": ["mg/dL", 0, 5000],
  "4548-4": ["%", 0, 30], // HbA1c
  "2160-0": ["mg/dL", 0, 60], // creatinine
  "2823-3": ["mmol/L", 0, 20], // potassium
  "2951-2": ["mmol/L", 0, 250], // sodium
  "718-7": ["g/dL", 0, 40], // hemoglobin
  "6690-2": ["10*3/uL", 0, 2000], // white blood cells
  "777-3": ["10*3/uL", 0, 10000], // platelets
  "1988-5": ["mg/L", 0, 2000], // CRP
  "33914-3": ["mL/min/{1.73_m2}", 0, 500], // eGFR
  "62238-1": ["mL/min/{1.73_m2}", 0, 500],
  "29463-7": ["kg", 0, 700], // weight
  "8302-2": ["cm", 0, 300], // height
  "8310-5": ["Cel", 10, 50], // body temperature
  "8480-6": ["mm[Hg]", 0, 400], // systolic
  "8462-4": ["mm[Hg]", 0, 300], // diastolic
  "8867-4": ["/min", 0, 400], // heart rate
  "9279-1": ["/min", 0, 200], // breathing rate
  "39156-5": ["kg/m2", 0, 250], // BMI
  "59408-5": ["%", 0, 100], // oxygen saturation
  "2708-6": ["%", 0, 100],
};

/** The range of values a test can take at all (see {@link POSSIBLE}), or undefined when not listed. */
export function possibleRange(loinc: string | undefined) {
  const entry = loinc ? lookup(POSSIBLE, sameTestCode(loinc)) : undefined;
  return entry ? { unit: entry[0], low: entry[1], high: entry[2] } : undefined;
}

/** Tests whose value is a difference and may be below zero: base excess (a deficit is negative). */
const SIGNED_TESTS = new Set(["11555-0", "1925-7", "1927-3", "1926-5"]);

/**
 * Whether a value in this unit can be below zero: a temperature on the Celsius or Fahrenheit
 * scale, a score of standard deviations (a bone density T-score, a Z-score), or a test that is a
 * difference (base excess). Concentrations, counts, masses, lengths, pressures and rates cannot.
 */
export function canBeNegative(ucum: string | undefined, loinc: string | undefined): boolean {
  if (loinc && SIGNED_TESTS.has(loinc)) return true;
  if (!ucum) return false;
  return ucum === "Cel" || ucum === "[degF]" || /\{(SD|[TZ]-?score|s\.d\.)\}/i.test(ucum);
}

const LABELS: Record<string, string> = {
  "{score}": "points",
  "mm[Hg]": "mmHg",
  "/min": "per minute",
  Cel: "°C",
  "[degF]": "°F",
  "kg/m2": "kg/m²",
  "[lb_av]": "lb",
  "[oz_av]": "oz",
  "[in_i]": "in",
  "[ft_i]": "ft",
  "10*3/uL": "×10³/µL",
  "10*6/uL": "×10⁶/µL",
  "10*9/L": "×10⁹/L",
  "10*12/L": "×10¹²/L",
  "mL/min/{1.73_m2}": "mL/min/1.73 m²",
  "meq/L": "mEq/L",
  "[IU]/L": "IU/L",
  "m[IU]/L": "mIU/L",
  "m[IU]/mL": "mIU/mL",
  "u[IU]/mL": "µIU/mL",
};

/**
 * How people read a UCUM code: "mm[Hg]" -> "mmHg", "Cel" -> "°C", "10*3/uL" -> "×10³/µL". Codes
 * not in the table keep their spelling, with the micro prefix as µ, annotations unbracketed
 * ("{cells}/uL" -> "cells/µL") and a rate per day or week in words ("{drinks}/d" -> "drinks a day").
 */
export function unitLabel(ucum: string): string {
  const label = lookup(LABELS, ucum);
  if (label) return label;
  return ucum
    .replace(/(^|[/.])u(?=(mol|g|L|m)\b)/g, "$1µ")
    .replace(/\{([^}]*)\}/g, "$1")
    .replace(/\/d$/, " a day")
    .replace(/\/wk$/, " a week");
}
