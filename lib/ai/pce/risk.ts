import { PCE_COEFFICIENTS, type PceGroup, type PceTerm } from "./coefficients";

export type PceInputs = {
  age: number;
  totalCholesterol: number;
  hdl: number;
  systolicBp: number;
  treatedForHypertension: boolean;
  smoker: boolean;
  diabetes: boolean;
};

/** 10-year ASCVD risk (0..1) by the Pooled Cohort Equations: the reference implementation. */
export function pceRisk(group: PceGroup, inputs: PceInputs): number {
  const lnAge = Math.log(inputs.age);
  const lnSbp = Math.log(inputs.systolicBp);
  const treated = inputs.treatedForHypertension ? 1 : 0;
  const smoker = inputs.smoker ? 1 : 0;
  const values: Record<PceTerm, number> = {
    lnAge,
    lnAgeSquared: lnAge * lnAge,
    lnTotalCholesterol: Math.log(inputs.totalCholesterol),
    lnAgeXlnTotalCholesterol: lnAge * Math.log(inputs.totalCholesterol),
    lnHdl: Math.log(inputs.hdl),
    lnAgeXlnHdl: lnAge * Math.log(inputs.hdl),
    lnTreatedSbp: lnSbp * treated,
    lnAgeXlnTreatedSbp: lnAge * lnSbp * treated,
    lnUntreatedSbp: lnSbp * (1 - treated),
    lnAgeXlnUntreatedSbp: lnAge * lnSbp * (1 - treated),
    smoker,
    lnAgeXsmoker: lnAge * smoker,
    diabetes: inputs.diabetes ? 1 : 0,
  };
  const { terms, baselineSurvival, meanSum } = PCE_COEFFICIENTS[group];
  let sum = 0;
  for (const [term, coefficient] of Object.entries(terms) as [PceTerm, number][])
    sum += coefficient * values[term];
  return 1 - baselineSurvival ** Math.exp(sum - meanSum);
}
