import type { CodeableConcept } from "@medplum/fhirtypes";
import { lookup } from "./lookup";

/**
 * Plain names for common clinical codes, so a record reads "LDL cholesterol" rather than
 * "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation". The table is deliberately
 * short: the tests, vitals, conditions, allergies and vaccines most records carry. Anything else
 * is named by its source (the concept's text, then a coding's display).
 */

export const CODE_SYSTEMS = {
  loinc: "http://loinc.org",
  snomed: "http://snomed.info/sct",
  rxnorm: "http://www.nlm.nih.gov/research/umls/rxnorm",
  cvx: "http://hl7.org/fhir/sid/cvx",
  icd10: "http://hl7.org/fhir/sid/icd-10",
  icd10cm: "http://hl7.org/fhir/sid/icd-10-cm",
  ndc: "http://hl7.org/fhir/sid/ndc",
} as const;

export type CodeSystem = (typeof CODE_SYSTEMS)[keyof typeof CODE_SYSTEMS];

const SYSTEM_LABELS: Record<CodeSystem, string> = {
  [CODE_SYSTEMS.loinc]: "LOINC",
  [CODE_SYSTEMS.snomed]: "SNOMED CT",
  [CODE_SYSTEMS.rxnorm]: "RxNorm",
  [CODE_SYSTEMS.cvx]: "CVX",
  [CODE_SYSTEMS.icd10]: "ICD-10",
  [CODE_SYSTEMS.icd10cm]: "ICD-10-CM",
  [CODE_SYSTEMS.ndc]: "NDC",
};

/** Exports vary in scheme and trailing slash ("https://loinc.org/"); one spelling per system. */
const canonicalSystem = (system: string) =>
  system
    .trim()
    .replace(/^https:\/\//, "http://")
    .replace(/\/+$/, "");

const LOINC_NAMES: Record<string, string> = {
  // lipids
  "2093-3": "Total cholesterol",
  "14647-2": "Total cholesterol",
  "2089-1": "LDL cholesterol",
  "13457-7": "LDL cholesterol",
  "18262-6": "LDL cholesterol",
  "22748-8": "LDL cholesterol",
  "39469-2": "LDL cholesterol",
  "2085-9": "HDL cholesterol",
  "14646-4": "HDL cholesterol",
  "2571-8": "Triglycerides",
  "14927-8": "Triglycerides",
  // blood sugar
  "2339-0": "Blood glucose",
  "2345-7": "Blood glucose",
  "15074-8": "Blood glucose",
  "14749-6": "Blood glucose",
  "41653-7": "Blood glucose (finger-prick)",
  "1558-6": "Fasting blood glucose",
  "14771-0": "Fasting blood glucose",
  "4548-4": "HbA1c (average blood sugar)",
  "17856-6": "HbA1c (average blood sugar)",
  "59261-8": "HbA1c (average blood sugar)",
  // kidneys, salts, liver, thyroid
  "2160-0": "Creatinine",
  "38483-4": "Creatinine",
  "14682-9": "Creatinine",
  "33914-3": "eGFR (kidney function)",
  "62238-1": "eGFR (kidney function)",
  "6299-2": "Urea nitrogen (BUN)",
  "3094-0": "Urea nitrogen (BUN)",
  "2951-2": "Sodium",
  "2823-3": "Potassium",
  "2075-0": "Chloride",
  "2028-9": "Bicarbonate (total CO₂)",
  "17861-6": "Calcium",
  "2000-8": "Calcium",
  "1742-6": "ALT (liver enzyme)",
  "1920-8": "AST (liver enzyme)",
  "6768-6": "Alkaline phosphatase",
  "1975-2": "Bilirubin",
  "1751-7": "Albumin",
  // inflammation, urine
  "1988-5": "C-reactive protein (CRP)",
  "30522-7": "C-reactive protein, high sensitivity (hs-CRP)",
  "20454-5": "Protein in urine (dipstick)",
  "5804-0": "Protein in urine (dipstick)",
  "2888-6": "Protein in urine",
  "5792-7": "Glucose in urine (dipstick)",
  "3016-3": "TSH (thyroid)",
  // blood count
  "718-7": "Hemoglobin",
  "4544-3": "Hematocrit",
  "789-8": "Red blood cells",
  "6690-2": "White blood cells",
  "777-3": "Platelets",
  // vital signs
  "85354-9": "Blood pressure",
  "55284-4": "Blood pressure",
  "8480-6": "Systolic blood pressure",
  "8462-4": "Diastolic blood pressure",
  "8867-4": "Heart rate",
  "9279-1": "Breathing rate",
  "59408-5": "Oxygen level (pulse oximeter)",
  "2708-6": "Oxygen level",
  "8310-5": "Body temperature",
  "8302-2": "Height",
  "29463-7": "Weight",
  "39156-5": "BMI (body mass index)",
  "9843-4": "Head circumference",
  "72514-3": "Pain score",
  // questionnaires
  "44261-6": "Depression screening score (PHQ-9)",
  "55758-7": "Depression screening score (PHQ-2)",
  "70274-6": "Anxiety screening score (GAD-7)",
  // social history
  "72166-2": "Smoking status",
  "11331-6": "Alcohol use",
  "74013-4": "Alcoholic drinks a day",
};

const SNOMED_NAMES: Record<string, string> = {
  // conditions
  "38341003": "High blood pressure",
  "44054006": "Type 2 diabetes",
  "46635009": "Type 1 diabetes",
  "73211009": "Diabetes",
  "15777000": "Prediabetes",
  "55822004": "High cholesterol (hyperlipidemia)",
  "195967001": "Asthma",
  "13645005": "COPD (long-term lung disease)",
  "49436004": "Atrial fibrillation (irregular heartbeat)",
  "84114007": "Heart failure",
  "22298006": "Heart attack",
  "53741008": "Coronary heart disease",
  "230690007": "Stroke",
  "709044004": "Chronic kidney disease",
  "414916001": "Obesity",
  "40930008": "Underactive thyroid (hypothyroidism)",
  "35489007": "Depression",
  "197480006": "Anxiety",
  "69896004": "Rheumatoid arthritis",
  "396275006": "Osteoarthritis",
  "64859006": "Osteoporosis",
  "37796009": "Migraine",
  "271737000": "Anemia",
  "68566005": "Urinary tract infection",
  // smoking status answers
  "77176002": "Smoker",
  "449868002": "Smokes every day",
  "8517006": "Ex-smoker",
  "266919005": "Never smoked",
  // allergies and what they are to
  "91936005": "Penicillin allergy",
  "91935009": "Peanut allergy",
  "300916003": "Latex allergy",
  "300913006": "Shellfish allergy",
  "91930004": "Egg allergy",
  "417532002": "Fish allergy",
  "764146007": "Penicillin",
  "762952008": "Peanuts",
  "111088007": "Latex",
  "256277009": "Grass pollen",
  "264287008": "Animal dander",
  "260147004": "House dust mites",
  "84489001": "Mould",
};

const RXNORM_NAMES: Record<string, string> = {
  "7980": "Penicillin",
  "723": "Amoxicillin",
};

/** CVX vaccine codes (leading zeros dropped: exports write both "08" and "8"). */
const CVX_NAMES: Record<string, string> = {
  "3": "MMR (measles, mumps, rubella) vaccine",
  "8": "Hepatitis B vaccine",
  "43": "Hepatitis B vaccine",
  "10": "Polio vaccine",
  "20": "DTaP (diphtheria, tetanus, whooping cough) vaccine",
  "113": "Td (tetanus, diphtheria) vaccine",
  "115": "Tdap (tetanus, diphtheria, whooping cough) vaccine",
  "21": "Chickenpox vaccine",
  "33": "Pneumococcal vaccine",
  "133": "Pneumococcal vaccine",
  "49": "Hib vaccine",
  "62": "HPV vaccine",
  "165": "HPV vaccine",
  "83": "Hepatitis A vaccine",
  "114": "Meningococcal vaccine",
  "119": "Rotavirus vaccine",
  "121": "Shingles vaccine",
  "187": "Shingles vaccine",
  "140": "Flu vaccine",
  "141": "Flu vaccine",
  "150": "Flu vaccine",
  "158": "Flu vaccine",
  "207": "COVID-19 vaccine",
  "208": "COVID-19 vaccine",
  "212": "COVID-19 vaccine",
  "213": "COVID-19 vaccine",
};

const NAMES_BY_SYSTEM: Partial<Record<string, Record<string, string>>> = {
  [CODE_SYSTEMS.loinc]: LOINC_NAMES,
  [CODE_SYSTEMS.snomed]: SNOMED_NAMES,
  [CODE_SYSTEMS.rxnorm]: RXNORM_NAMES,
  [CODE_SYSTEMS.cvx]: CVX_NAMES,
};

/** The plain name of one code, or undefined when the table does not know it. */
export function knownName(system: string | undefined, code: string | undefined): string | undefined {
  if (!system || !code) return undefined;
  const canonical = canonicalSystem(system);
  const key = canonical === CODE_SYSTEMS.cvx ? code.trim().replace(/^0+(?=\d)/, "") : code.trim();
  const names = lookup(NAMES_BY_SYSTEM, canonical);
  return names ? lookup(names, key) : undefined;
}

const present = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/**
 * What to call a concept: the table's plain name for any of its codings, else the source's text,
 * else the first display a coding carries, else the first code, else "Unnamed".
 */
export function plainName(concept: CodeableConcept | undefined): string {
  const codings = concept?.coding ?? [];
  for (const c of codings) {
    const name = knownName(c.system, c.code);
    if (name) return name;
  }
  return (
    present(concept?.text) ??
    codings
      .map((c) =>
        present(c.display && (c.system === CODE_SYSTEMS.loinc ? readableLoinc(c.display) : c.display)),
      )
      .find(Boolean) ??
    codings.map((c) => present(c.code)).find(Boolean) ??
    "Unnamed"
  );
}

/**
 * A LOINC long name without its bracketed property ("Glucose [Mass/volume] in Urine by Test strip"
 * reads "Glucose in Urine by Test strip"): what was measured and where, not how it is tabulated.
 */
export const readableLoinc = (display: string) =>
  display
    .replace(/\s*\[[^\]]*\]/g, "")
    .replace(/\s{2,}/g, " ")
    .trim() || display;

/** A short name for a code system, shown beside the code ("LOINC 2093-3"); undefined when unknown. */
export function codeSystemLabel(system: string | undefined): string | undefined {
  if (!system) return undefined;
  return lookup(SYSTEM_LABELS as Record<string, string>, canonicalSystem(system));
}
