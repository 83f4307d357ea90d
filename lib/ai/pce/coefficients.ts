/**
 * ACC/AHA 2013 Pooled Cohort Equations for 10-year ASCVD risk (Goff et al., Circulation
 * 2014;129:S49-S73, Table A). Risk = 1 - S10 ^ exp(sum - meanSum), where `sum` is the sum of
 * coefficient x term over the terms below (ln = natural log; age in years, cholesterol in
 * mg/dL, systolic blood pressure in mmHg, smoker and diabetes 0/1).
 *
 * This table is the model's published definition; the CareKeys demo model entry points to it
 * on IPFS until the ONNX artifact built from it takes its place.
 */
export const PCE_TERMS = [
  "lnAge",
  "lnAgeSquared",
  "lnTotalCholesterol",
  "lnAgeXlnTotalCholesterol",
  "lnHdl",
  "lnAgeXlnHdl",
  "lnTreatedSbp",
  "lnAgeXlnTreatedSbp",
  "lnUntreatedSbp",
  "lnAgeXlnUntreatedSbp",
  "smoker",
  "lnAgeXsmoker",
  "diabetes",
] as const;

export type PceTerm = (typeof PCE_TERMS)[number];
export type PceGroup = "whiteFemale" | "africanAmericanFemale" | "whiteMale" | "africanAmericanMale";
export type PceCoefficients = {
  terms: Partial<Record<PceTerm, number>>;
  baselineSurvival: number;
  meanSum: number;
};

export const PCE_COEFFICIENTS: Record<PceGroup, PceCoefficients> = {
  whiteFemale: {
    terms: {
      lnAge: -29.799,
      lnAgeSquared: 4.884,
      lnTotalCholesterol: 13.54,
      lnAgeXlnTotalCholesterol: -3.114,
      lnHdl: -13.578,
      lnAgeXlnHdl: 3.149,
      lnTreatedSbp: 2.019,
      lnUntreatedSbp: 1.957,
      smoker: 7.574,
      lnAgeXsmoker: -1.665,
      diabetes: 0.661,
    },
    baselineSurvival: 0.9665,
    meanSum: -29.18,
  },
  africanAmericanFemale: {
    terms: {
      lnAge: 17.114,
      lnTotalCholesterol: 0.94,
      lnHdl: -18.92,
      lnAgeXlnHdl: 4.475,
      lnTreatedSbp: 29.291,
      lnAgeXlnTreatedSbp: -6.432,
      lnUntreatedSbp: 27.82,
      lnAgeXlnUntreatedSbp: -6.087,
      smoker: 0.691,
      diabetes: 0.874,
    },
    baselineSurvival: 0.9533,
    meanSum: 86.61,
  },
  whiteMale: {
    terms: {
      lnAge: 12.344,
      lnTotalCholesterol: 11.853,
      lnAgeXlnTotalCholesterol: -2.664,
      lnHdl: -7.99,
      lnAgeXlnHdl: 1.769,
      lnTreatedSbp: 1.797,
      lnUntreatedSbp: 1.764,
      smoker: 7.837,
      lnAgeXsmoker: -1.795,
      diabetes: 0.658,
    },
    baselineSurvival: 0.9144,
    meanSum: 61.18,
  },
  africanAmericanMale: {
    terms: {
      lnAge: 2.469,
      lnTotalCholesterol: 0.302,
      lnHdl: -0.307,
      lnTreatedSbp: 1.916,
      lnUntreatedSbp: 1.809,
      smoker: 0.549,
      diabetes: 0.645,
    },
    baselineSurvival: 0.8954,
    meanSum: 19.54,
  },
};
