/**
 * The Framingham general cardiovascular risk score, 10-year risk of cardiovascular disease
 * (D'Agostino et al., Circulation 2008;117:743-753, Table 2). Risk = 1 − S₀(10) ^ exp(sum − mean),
 * with natural logs of age (years), total and HDL cholesterol (mg/dL) and systolic blood pressure
 * (mmHg, treated or untreated), and smoker and diabetes as 0/1.
 */
export const FRAMINGHAM_TERMS = [
  "lnAge",
  "lnTotalCholesterol",
  "lnHdl",
  "lnUntreatedSbp",
  "lnTreatedSbp",
  "smoker",
  "diabetes",
] as const;

export type FraminghamTerm = (typeof FRAMINGHAM_TERMS)[number];
export type FraminghamGroup = "male" | "female";

export const FRAMINGHAM_COEFFICIENTS: Record<
  FraminghamGroup,
  { terms: Record<FraminghamTerm, number>; baselineSurvival: number; meanSum: number }
> = {
  male: {
    terms: {
      lnAge: 3.06117,
      lnTotalCholesterol: 1.1237,
      lnHdl: -0.93263,
      lnUntreatedSbp: 1.93303,
      lnTreatedSbp: 1.99881,
      smoker: 0.65451,
      diabetes: 0.57367,
    },
    baselineSurvival: 0.88936,
    meanSum: 23.9802,
  },
  female: {
    terms: {
      lnAge: 2.32888,
      lnTotalCholesterol: 1.20904,
      lnHdl: -0.70833,
      lnUntreatedSbp: 2.76157,
      lnTreatedSbp: 2.82263,
      smoker: 0.52873,
      diabetes: 0.69154,
    },
    baselineSurvival: 0.95012,
    meanSum: 26.1931,
  },
};
