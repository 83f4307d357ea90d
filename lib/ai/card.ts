import { z } from "zod";
import { CATEGORY, type Category } from "../consent/codes";

/**
 * A model card (`carekeys/model-card@2`), stored on IPFS; its CID is in the model's Directory
 * entry next to the artifact's. Besides what people read (intended use, limitations, citation),
 * it says where each input comes from in a patient's FHIR records, in which unit, within which
 * range, and which kind of record (consent category) holds it — so a runner needs no code per
 * model: the artifact takes one row of inputs in the card's order and gives the output.
 */

const coding = z.object({
  system: z.string().min(1),
  code: z.string().min(1),
  display: z.string().optional(),
});
export type CardCoding = z.infer<typeof coding>;

const source = z.discriminatedUnion("kind", [
  /** Whole years between Patient.birthDate and the day the model runs. */
  z.object({ kind: z.literal("age") }),
  /** 1 when Patient.gender is `value`, 0 for the other of female/male; anything else is asked. */
  z.object({ kind: z.literal("sex"), value: z.enum(["female", "male"]) }),
  /** 1 when the US Core race extension has one of `codes`, 0 when it has others; absent: asked. */
  z.object({ kind: z.literal("race"), codes: z.array(coding).min(1) }),
  /**
   * The latest value (by clinical date) of an Observation or a component (a blood pressure
   * panel's systolic) with one of `codes`, converted to the input's unit.
   */
  z.object({ kind: z.literal("quantity"), codes: z.array(coding).min(1) }),
  /** The latest Observation with one of `codes` whose coded value is in `yes` (1) or `no` (0). */
  z.object({
    kind: z.literal("coded"),
    codes: z.array(coding).min(1),
    yes: z.array(coding),
    no: z.array(coding),
  }),
  /** 1 when a current Condition has one of `codes` (or an ICD-10 code starting with a prefix), else 0. */
  z.object({
    kind: z.literal("condition"),
    codes: z.array(coding),
    icd10Prefixes: z.array(z.string().min(1)).default([]),
  }),
  /**
   * 1 when a current MedicationStatement/MedicationRequest is one of these medicines: an ATC code
   * starting with a prefix, or an ingredient named in its coding or text; else 0.
   */
  z.object({
    kind: z.literal("medication"),
    atcPrefixes: z.array(z.string().min(1)),
    ingredients: z.array(z.string().min(3)),
  }),
]);
export type InputSource = z.infer<typeof source>;

const input = z.object({
  /** The artifact's input column (and the name in results). */
  name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  /** What people read: "Total cholesterol". */
  label: z.string().min(1),
  /** The kind of record it is read from: the consent the model needs. */
  category: z.enum(Object.keys(CATEGORY) as [Category, ...Category[]]),
  source,
  /** UCUM unit the artifact expects (quantities and age). */
  unit: z.string().optional(),
  /** The range the model was made for; a value outside is refused, not guessed. */
  range: z.tuple([z.number(), z.number()]).optional(),
  /** When the records do not say, the question put to the patient (sex, race). */
  ask: z.string().optional(),
});
export type CardInput = z.infer<typeof input>;

export const modelCardSchema = z.object({
  schema: z.literal("carekeys/model-card@2"),
  name: z.string().min(1),
  version: z.string().min(1),
  intendedUse: z.string().min(1),
  inputs: z.array(input).min(1),
  output: z.object({
    name: z.string().min(1),
    label: z.string().min(1),
    /** The artifact's output is a fraction; shown ×100 as a percentage. */
    unit: z.literal("%"),
    /** How the published guideline reads a result: bands by upper bound in %, lowest first. */
    bands: z.array(z.object({ below: z.number().positive(), label: z.string().min(1) })).default([]),
  }),
  /** The FHIR code of the RiskAssessment outcome it writes. */
  outcome: coding,
  limitations: z.array(z.string().min(1)).min(1),
  reference: z.string().min(1),
  /**
   * Conditions that put a person outside the population the model was made for (known
   * cardiovascular disease): found in the records, the model does not run and says why.
   */
  exclusions: z
    .array(
      z.object({
        label: z.string().min(1),
        codes: z.array(coding),
        icd10Prefixes: z.array(z.string().min(1)).default([]),
      }),
    )
    .default([]),
  /** Whether the card allows running in the patient's own browser (nothing shared). */
  runsOnDevice: z.boolean(),
});
export type ModelCard = z.infer<typeof modelCardSchema>;

/** The kinds of record a model's inputs are read from: what an inference consent must cover. */
export const categoriesOf = (card: ModelCard): Category[] => [...new Set(card.inputs.map((i) => i.category))];

/** "borderline (5 to 7.4 %)": the band a result falls in, as the card's guideline names it. */
export function bandOf(card: ModelCard, risk: number): string | null {
  const percent = risk * 100;
  let lower = 0;
  for (const band of card.output.bands) {
    if (percent < band.below)
      return band.below > 100 ? band.label : `${band.label} (${lower} to under ${band.below} %)`;
    lower = band.below;
  }
  return card.output.bands.length > 0 ? `${card.output.bands.at(-1)!.label}` : null;
}
