import type { Factor, SurvivalModelSpec } from "../onnx/survivalModel";
import { PCE_COEFFICIENTS, type PceGroup, type PceTerm } from "./coefficients";

/** The model's inputs, in the order of the artifact's input columns (the model card's names). */
export const PCE_INPUTS = [
  "age",
  "totalCholesterol",
  "hdlCholesterol",
  "systolicBloodPressure",
  "treatedHypertension",
  "smoker",
  "diabetes",
  "female",
  "africanAmerican",
] as const;

const lnAge: Factor = { ln: "age" };
const TERMS: Record<PceTerm, Factor[]> = {
  lnAge: [lnAge],
  lnAgeSquared: [lnAge, lnAge],
  lnTotalCholesterol: [{ ln: "totalCholesterol" }],
  lnAgeXlnTotalCholesterol: [lnAge, { ln: "totalCholesterol" }],
  lnHdl: [{ ln: "hdlCholesterol" }],
  lnAgeXlnHdl: [lnAge, { ln: "hdlCholesterol" }],
  lnTreatedSbp: [{ ln: "systolicBloodPressure" }, { input: "treatedHypertension" }],
  lnAgeXlnTreatedSbp: [lnAge, { ln: "systolicBloodPressure" }, { input: "treatedHypertension" }],
  lnUntreatedSbp: [{ ln: "systolicBloodPressure" }, { not: "treatedHypertension" }],
  lnAgeXlnUntreatedSbp: [lnAge, { ln: "systolicBloodPressure" }, { not: "treatedHypertension" }],
  smoker: [{ input: "smoker" }],
  lnAgeXsmoker: [lnAge, { input: "smoker" }],
  diabetes: [{ input: "diabetes" }],
};

/** The Pooled Cohort Equations as data: the published table, the terms, and who is in which group. */
export const PCE_SPEC: SurvivalModelSpec = {
  name: "pooled-cohort-equations-2013",
  inputs: PCE_INPUTS,
  terms: (Object.keys(TERMS) as PceTerm[]).map((name) => ({ name, factors: TERMS[name] })),
  groups: [
    { name: "whiteFemale", when: [{ input: "female" }, { not: "africanAmerican" }] },
    { name: "africanAmericanFemale", when: [{ input: "female" }, { input: "africanAmerican" }] },
    { name: "whiteMale", when: [{ not: "female" }, { not: "africanAmerican" }] },
    { name: "africanAmericanMale", when: [{ not: "female" }, { input: "africanAmerican" }] },
  ].map(({ name, when }) => {
    const { terms, baselineSurvival, meanSum } = PCE_COEFFICIENTS[name as PceGroup];
    return { name, when: when as Factor[], coefficients: terms, baselineSurvival, meanSum };
  }),
  doc: "ACC/AHA 2013 Pooled Cohort Equations, 10-year ASCVD risk (Goff et al., Circulation 2014;129:S49-S73).",
};
