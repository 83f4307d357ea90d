/**
 * LOINC codes that decide where an Observation is filed when its source gives no category (or
 * the wrong one), shared by the import (`categoryOf`) and the records view.
 */

/** Vital signs: blood pressure (panels and halves), heart and breathing rate, temperature, weight, height, BMI, oxygen saturation, head circumference. */
export const VITAL_SIGN_LOINC: ReadonlySet<string> = new Set([
  "85354-9",
  "55284-4",
  "8480-6",
  "8462-4",
  "8867-4",
  "9279-1",
  "8310-5",
  "29463-7",
  "8302-2",
  "39156-5",
  "59408-5",
  "2708-6",
  "8287-5",
  "8280-0",
  "9843-4",
]);

/**
 * Screening questionnaires, filed as "questionnaires and screening scores" whatever category the
 * source gave: the PHQ-9 panel, total and each of its nine questions (44260-8 asks about thoughts
 * of self-harm), the PHQ-2 total, the GAD-7 panel and total, the AUDIT-C panel and total, and the
 * Edinburgh Postnatal Depression Scale.
 */
export const SCREENING_LOINC: ReadonlySet<string> = new Set([
  "44249-1",
  "44261-6",
  "44250-9",
  "44255-8",
  "44259-0",
  "44254-1",
  "44251-7",
  "44258-2",
  "44252-5",
  "44253-3",
  "44260-8",
  "55758-7",
  "69737-5",
  "70274-6",
  "72109-2",
  "75626-2",
  "71354-5",
]);
