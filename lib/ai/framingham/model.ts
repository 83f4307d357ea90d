import type { SurvivalModelSpec } from "../onnx/survivalModel";
import { FRAMINGHAM_COEFFICIENTS, FRAMINGHAM_TERMS, type FraminghamTerm } from "./coefficients";

/** The model's inputs, in the order of the artifact's input columns (the model card's names). */
export const FRAMINGHAM_INPUTS = [
  "age",
  "totalCholesterol",
  "hdlCholesterol",
  "systolicBloodPressure",
  "treatedHypertension",
  "smoker",
  "diabetes",
  "female",
] as const;

const FACTORS: Record<FraminghamTerm, SurvivalModelSpec["terms"][number]["factors"]> = {
  lnAge: [{ ln: "age" }],
  lnTotalCholesterol: [{ ln: "totalCholesterol" }],
  lnHdl: [{ ln: "hdlCholesterol" }],
  lnUntreatedSbp: [{ ln: "systolicBloodPressure" }, { not: "treatedHypertension" }],
  lnTreatedSbp: [{ ln: "systolicBloodPressure" }, { input: "treatedHypertension" }],
  smoker: [{ input: "smoker" }],
  diabetes: [{ input: "diabetes" }],
};

/** The Framingham general cardiovascular risk score as data. */
export const FRAMINGHAM_SPEC: SurvivalModelSpec = {
  name: "framingham-general-cvd-2008",
  inputs: FRAMINGHAM_INPUTS,
  terms: FRAMINGHAM_TERMS.map((name) => ({ name, factors: FACTORS[name] })),
  groups: (["male", "female"] as const).map((name) => ({
    name,
    when: [name === "female" ? { input: "female" } : { not: "female" }],
    coefficients: FRAMINGHAM_COEFFICIENTS[name].terms,
    baselineSurvival: FRAMINGHAM_COEFFICIENTS[name].baselineSurvival,
    meanSum: FRAMINGHAM_COEFFICIENTS[name].meanSum,
  })),
  doc: "Framingham general cardiovascular risk score, 10-year CVD risk (D'Agostino et al., Circulation 2008;117:743-753).",
};
