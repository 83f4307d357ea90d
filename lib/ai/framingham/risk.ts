import { FRAMINGHAM_COEFFICIENTS, type FraminghamGroup } from "./coefficients";

export type FraminghamInputs = {
  age: number;
  totalCholesterol: number;
  hdl: number;
  systolicBp: number;
  treatedForHypertension: boolean;
  smoker: boolean;
  diabetes: boolean;
};

/** 10-year cardiovascular risk (0..1) by the Framingham general score: the reference implementation. */
export function framinghamRisk(group: FraminghamGroup, inputs: FraminghamInputs): number {
  const { terms, baselineSurvival, meanSum } = FRAMINGHAM_COEFFICIENTS[group];
  const lnSbp = Math.log(inputs.systolicBp);
  const sum =
    terms.lnAge * Math.log(inputs.age) +
    terms.lnTotalCholesterol * Math.log(inputs.totalCholesterol) +
    terms.lnHdl * Math.log(inputs.hdl) +
    (inputs.treatedForHypertension ? terms.lnTreatedSbp : terms.lnUntreatedSbp) * lnSbp +
    (inputs.smoker ? terms.smoker : 0) +
    (inputs.diabetes ? terms.diabetes : 0);
  return 1 - baselineSurvival ** Math.exp(sum - meanSum);
}
