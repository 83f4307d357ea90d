import type { CardInput, ModelCard } from "./card";

/**
 * The model cards of the shipped models, as data. Both cardiovascular scores read the same
 * inputs from a patient's records; they differ in population, race and the artifact.
 */

const LOINC = "http://loinc.org";
const SNOMED = "http://snomed.info/sct";
const RACE = "urn:oid:2.16.840.1.113883.6.238"; // CDC Race & Ethnicity (US Core race extension)

const age = (range: [number, number]): CardInput => ({
  name: "age",
  label: "Age",
  category: "demographics",
  source: { kind: "age" },
  unit: "a",
  range,
});

const female: CardInput = {
  name: "female",
  label: "Sex",
  category: "demographics",
  source: { kind: "sex", value: "female" },
  ask: "Your records do not say whether you are female or male, which these equations need.",
};

const totalCholesterol: CardInput = {
  name: "totalCholesterol",
  label: "Total cholesterol",
  category: "labs",
  source: {
    kind: "quantity",
    codes: [
      { system: LOINC, code: "2093-3", display: "Cholesterol [Mass/volume] in Serum or Plasma" },
      { system: LOINC, code: "14647-2", display: "Cholesterol [Moles/volume] in Serum or Plasma" },
    ],
  },
  unit: "mg/dL",
  range: [130, 320],
};

const hdlCholesterol: CardInput = {
  name: "hdlCholesterol",
  label: "HDL cholesterol",
  category: "labs",
  source: {
    kind: "quantity",
    codes: [
      { system: LOINC, code: "2085-9", display: "HDL cholesterol [Mass/volume]" },
      { system: LOINC, code: "14646-4", display: "HDL cholesterol [Moles/volume]" },
    ],
  },
  unit: "mg/dL",
  range: [20, 100],
};

const systolic: CardInput = {
  name: "systolicBloodPressure",
  label: "Systolic blood pressure",
  category: "vitals",
  source: {
    kind: "quantity",
    codes: [{ system: LOINC, code: "8480-6", display: "Systolic blood pressure" }],
  },
  unit: "mm[Hg]",
  range: [90, 200],
};

/** Blood-pressure-lowering medicines (ATC C02, C03, C07, C08, C09); a statin (C10) is not one. */
const treatedHypertension: CardInput = {
  name: "treatedHypertension",
  label: "Taking medicine for high blood pressure",
  category: "medications",
  source: {
    kind: "medication",
    atcPrefixes: ["C02", "C03", "C07", "C08", "C09"],
    ingredients: [
      "lisinopril",
      "enalapril",
      "ramipril",
      "perindopril",
      "captopril",
      "benazepril",
      "quinapril",
      "fosinopril",
      "losartan",
      "valsartan",
      "irbesartan",
      "candesartan",
      "olmesartan",
      "telmisartan",
      "azilsartan",
      "amlodipine",
      "nifedipine",
      "felodipine",
      "diltiazem",
      "verapamil",
      "lercanidipine",
      "hydrochlorothiazide",
      "chlorthalidone",
      "indapamide",
      "bendroflumethiazide",
      "furosemide",
      "spironolactone",
      "metoprolol",
      "atenolol",
      "bisoprolol",
      "carvedilol",
      "propranolol",
      "nebivolol",
      "labetalol",
      "clonidine",
      "doxazosin",
      "hydralazine",
      "methyldopa",
      "sacubitril",
      // Brand names, for exports that name only the product (review 5: "Norvasc 5 MG Oral Tablet").
      "norvasc",
      "zestril",
      "prinivil",
      "vasotec",
      "altace",
      "lotensin",
      "accupril",
      "cozaar",
      "hyzaar",
      "diovan",
      "avapro",
      "atacand",
      "benicar",
      "micardis",
      "tenormin",
      "lopressor",
      "toprol",
      "coreg",
      "inderal",
      "bystolic",
      "microzide",
      "hygroton",
      "lasix",
      "aldactone",
      "catapres",
      "cardura",
      "procardia",
      "adalat",
      "cardizem",
      "calan",
      "entresto",
    ],
  },
};

const smoker: CardInput = {
  name: "smoker",
  label: "Smokes now",
  category: "socialHistory",
  source: {
    kind: "coded",
    codes: [{ system: LOINC, code: "72166-2", display: "Tobacco smoking status" }],
    yes: [
      { system: SNOMED, code: "77176002", display: "Smoker" },
      { system: SNOMED, code: "449868002", display: "Smokes tobacco daily" },
      { system: SNOMED, code: "428041000124106", display: "Occasional tobacco smoker" },
      { system: SNOMED, code: "428061000124105", display: "Light tobacco smoker" },
      { system: SNOMED, code: "428071000124103", display: "Heavy tobacco smoker" },
      { system: SNOMED, code: "65568007", display: "Cigarette smoker" },
    ],
    no: [
      { system: SNOMED, code: "8517006", display: "Ex-smoker" },
      { system: SNOMED, code: "266919005", display: "Never smoked tobacco" },
    ],
  },
};

const diabetes: CardInput = {
  name: "diabetes",
  label: "Diabetes",
  category: "conditions",
  source: {
    kind: "condition",
    codes: [
      { system: SNOMED, code: "73211009", display: "Diabetes mellitus" },
      { system: SNOMED, code: "44054006", display: "Type 2 diabetes mellitus" },
      { system: SNOMED, code: "46635009", display: "Type 1 diabetes mellitus" },
      { system: SNOMED, code: "313436004", display: "Type 2 diabetes mellitus without complication" },
      { system: SNOMED, code: "359642000", display: "Type 2 diabetes mellitus in nonobese" },
      { system: SNOMED, code: "81531005", display: "Type 2 diabetes mellitus in obese" },
      { system: SNOMED, code: "237599002", display: "Insulin treated type 2 diabetes mellitus" },
      { system: SNOMED, code: "190368000", display: "Type 1 diabetes mellitus without complication" },
      { system: SNOMED, code: "421779007", display: "Diabetes mellitus type 2 with hyperglycemia" },
    ],
    icd10Prefixes: ["E10", "E11", "E13"],
  },
};

/** Known cardiovascular disease: the scores are for people without it (ICD-10 I20-I25, I63, I64, G45). */
const KNOWN_CVD = [
  {
    label: "known heart or blood vessel disease (a heart attack, stroke, angina or a mini-stroke)",
    codes: [
      { system: SNOMED, code: "22298006", display: "Myocardial infarction" },
      { system: SNOMED, code: "401303003", display: "Acute ST segment elevation myocardial infarction" },
      { system: SNOMED, code: "401314000", display: "Acute non-ST segment elevation myocardial infarction" },
      { system: SNOMED, code: "399211009", display: "History of myocardial infarction" },
      { system: SNOMED, code: "194828000", display: "Angina" },
      { system: SNOMED, code: "53741008", display: "Coronary arteriosclerosis" },
      { system: SNOMED, code: "230690007", display: "Stroke" },
      { system: SNOMED, code: "266257000", display: "Transient ischemic attack" },
    ],
    icd10Prefixes: ["I20", "I21", "I22", "I23", "I24", "I25", "I63", "I64", "G45"],
  },
];

const LIMITATIONS_COMMON = [
  "Not for people who already have cardiovascular disease (a heart attack, stroke or angina).",
  "Not a diagnosis: discuss the result with a clinician.",
  "Reads the latest values in your records; old values may no longer describe you.",
  "No diabetes in your conditions and no blood pressure medicine in your medications count as no.",
];

export const PCE_CARD: ModelCard = {
  schema: "carekeys/model-card@2",
  name: "10-year ASCVD risk (Pooled Cohort Equations)",
  version: "2013.1",
  intendedUse:
    "Estimates the 10-year risk of a first heart attack or stroke (atherosclerotic cardiovascular disease) " +
    "for adults aged 40 to 79 without known cardiovascular disease, to support a conversation with a clinician.",
  inputs: [
    age([40, 79]),
    totalCholesterol,
    hdlCholesterol,
    systolic,
    treatedHypertension,
    smoker,
    diabetes,
    female,
    {
      name: "africanAmerican",
      label: "African American",
      category: "demographics",
      source: {
        kind: "race",
        codes: [{ system: RACE, code: "2054-5", display: "Black or African American" }],
      },
      ask:
        "The equations were derived separately for African American and white adults; your records do not say " +
        "your race. For other groups the white equations are used, as the guideline advises.",
    },
  ],
  output: {
    name: "risk",
    label: "10-year risk of a heart attack or stroke",
    unit: "%",
    // 2018 AHA/ACC cholesterol guideline: < 5 % low, 5–7.4 % borderline, 7.5–19.9 % intermediate, ≥ 20 % high.
    bands: [
      { below: 5, label: "low" },
      { below: 7.5, label: "borderline" },
      { below: 20, label: "intermediate" },
      { below: 101, label: "high (20 % or more)" },
    ],
  },
  exclusions: KNOWN_CVD,
  outcome: { system: SNOMED, code: "49601007", display: "Disorder of cardiovascular system" },
  limitations: [
    "Derived from US cohorts; it may over- or under-estimate risk in other populations.",
    ...LIMITATIONS_COMMON,
  ],
  reference:
    "Goff DC Jr et al. 2013 ACC/AHA Guideline on the Assessment of Cardiovascular Risk. Circulation 2014;129:S49-S73.",
  runsOnDevice: true,
};

export const FRAMINGHAM_CARD: ModelCard = {
  schema: "carekeys/model-card@2",
  name: "10-year cardiovascular risk (Framingham general score)",
  version: "2008.1",
  intendedUse:
    "Estimates the 10-year risk of cardiovascular disease (heart attack, stroke, heart failure, peripheral " +
    "artery disease) for adults aged 30 to 74 without known cardiovascular disease.",
  inputs: [
    age([30, 74]),
    totalCholesterol,
    hdlCholesterol,
    systolic,
    treatedHypertension,
    smoker,
    diabetes,
    female,
  ],
  output: {
    name: "risk",
    label: "10-year risk of cardiovascular disease",
    unit: "%",
    // D'Agostino 2008: under 10 % low, 10–20 % intermediate, over 20 % high.
    bands: [
      { below: 10, label: "low" },
      { below: 20, label: "intermediate" },
      { below: 101, label: "high (20 % or more)" },
    ],
  },
  exclusions: KNOWN_CVD,
  outcome: { system: SNOMED, code: "49601007", display: "Disorder of cardiovascular system" },
  limitations: ["Derived from the Framingham Heart Study (white US adults).", ...LIMITATIONS_COMMON],
  reference:
    "D'Agostino RB Sr et al. General cardiovascular risk profile for use in primary care: the Framingham Heart Study. Circulation 2008;117:743-753.",
  runsOnDevice: true,
};
