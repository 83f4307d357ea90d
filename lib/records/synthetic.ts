import type { Bundle, BundleEntry, Observation, Resource } from "@medplum/fhirtypes";

/**
 * A deterministic synthetic patient: FHIR R4 Bundle with demographics and LOINC-coded
 * observations over several visits (blood pressure, cholesterol, HDL, glucose, BMI, weight,
 * smoking status), conditions, a medication, an allergy and an immunization. Same seed, same
 * bytes. For the demo data and the tests; no real person.
 */
export type SyntheticOptions = {
  seed: number;
  visits?: number;
  /** A string planted in the plaintext (a note), for privacy tests. */
  marker?: string;
  /** Date of the last visit (ISO); visits go back every six months. */
  lastVisit?: string;
  /** The patient's name; by default one picked from the seed. */
  name?: { given: string; family: string };
};

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Alex", "Sam", "Jordan", "Maria", "Wei", "Amara", "Lukas", "Priya"];
const LAST = ["Morgan", "Rivera", "Chen", "Okafor", "Schmidt", "Patel", "Nakamura", "Silva"];

const LOINC = "http://loinc.org";
const UCUM = "http://unitsofmeasure.org";
const category = (code: "vital-signs" | "laboratory" | "social-history") => [
  {
    coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code }],
  },
];

export function syntheticPatientBundle(options: SyntheticOptions): Bundle {
  const random = prng(options.seed);
  const between = (min: number, max: number, decimals = 0) =>
    Number((min + random() * (max - min)).toFixed(decimals));
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const visits = options.visits ?? 4;
  const last = new Date(options.lastVisit ?? "2026-10-15T09:30:00Z");
  const patientId = `synthetic-${options.seed}`;
  const subject = { reference: `Patient/${patientId}` };
  const gender = random() < 0.5 ? "female" : "male";
  const age = Math.floor(between(45, 70));
  const birth = new Date(last);
  birth.setUTCFullYear(last.getUTCFullYear() - age);
  const smoker = random() < 0.3;
  const baseSystolic = between(118, 150);
  const baseCholesterol = between(170, 240);
  const baseHdl = between(38, 65);
  const baseWeight = between(62, 98, 1);
  // Drawn even when a name is given, so the rest of the patient stays the same for the seed.
  const drawn = { given: pick(FIRST), family: pick(LAST) };
  const name = options.name ?? drawn;

  const resources: Resource[] = [
    {
      resourceType: "Patient",
      id: patientId,
      name: [{ given: [name.given], family: name.family }],
      gender,
      birthDate: birth.toISOString().slice(0, 10),
      ...(options.marker
        ? { identifier: [{ system: "urn:carekeys:test-marker", value: options.marker }] }
        : {}),
    },
  ];

  let n = 0;
  const observation = (
    when: string,
    cat: "vital-signs" | "laboratory" | "social-history",
    code: string,
    display: string,
    extra: Partial<Observation>,
  ): Observation => ({
    resourceType: "Observation",
    id: `obs-${options.seed}-${++n}`,
    status: "final",
    category: category(cat),
    code: { coding: [{ system: LOINC, code, display }], text: display },
    subject,
    effectiveDateTime: when,
    ...extra,
  });
  const quantity = (value: number, unit: string, code = unit) => ({ value, unit, system: UCUM, code });
  const range = (low: number | undefined, high: number | undefined, unit: string) => [
    {
      ...(low !== undefined ? { low: quantity(low, unit) } : {}),
      ...(high !== undefined ? { high: quantity(high, unit) } : {}),
    },
  ];

  for (let v = visits - 1; v >= 0; v--) {
    const date = new Date(last);
    date.setUTCMonth(last.getUTCMonth() - 6 * v);
    const when = date.toISOString();
    const drift = (visits - 1 - v) * between(-2, 3);
    const systolic = Math.round(baseSystolic + drift + between(-6, 6));
    const diastolic = Math.round(systolic * 0.62 + between(-4, 4));
    const weight = Number((baseWeight + drift * 0.8 + between(-1.5, 1.5)).toFixed(1));
    const height = gender === "female" ? 165 : 178;
    resources.push(
      observation(when, "vital-signs", "85354-9", "Blood pressure panel", {
        component: [
          {
            code: { coding: [{ system: LOINC, code: "8480-6", display: "Systolic blood pressure" }] },
            valueQuantity: quantity(systolic, "mmHg", "mm[Hg]"),
            referenceRange: range(90, 120, "mmHg"),
          },
          {
            code: { coding: [{ system: LOINC, code: "8462-4", display: "Diastolic blood pressure" }] },
            valueQuantity: quantity(diastolic, "mmHg", "mm[Hg]"),
            referenceRange: range(60, 80, "mmHg"),
          },
        ],
      }),
      observation(when, "vital-signs", "29463-7", "Body weight", { valueQuantity: quantity(weight, "kg") }),
      observation(when, "vital-signs", "39156-5", "Body mass index", {
        valueQuantity: quantity(Number((weight / (height / 100) ** 2).toFixed(1)), "kg/m2", "kg/m2"),
        referenceRange: range(18.5, 25, "kg/m2"),
      }),
      observation(when, "laboratory", "2093-3", "Total cholesterol", {
        valueQuantity: quantity(Math.round(baseCholesterol + drift * 2 + between(-10, 10)), "mg/dL"),
        referenceRange: range(undefined, 200, "mg/dL"),
      }),
      observation(when, "laboratory", "2085-9", "HDL cholesterol", {
        valueQuantity: quantity(Math.round(baseHdl + between(-4, 4)), "mg/dL"),
        referenceRange: range(40, undefined, "mg/dL"),
      }),
      observation(when, "laboratory", "2339-0", "Glucose", {
        valueQuantity: quantity(Math.round(between(82, 118)), "mg/dL"),
        referenceRange: range(70, 99, "mg/dL"),
      }),
      observation(when, "social-history", "72166-2", "Tobacco smoking status", {
        valueCodeableConcept: smoker
          ? {
              coding: [{ system: "http://snomed.info/sct", code: "77176002", display: "Smoker" }],
              text: "Smoker",
            }
          : {
              coding: [{ system: "http://snomed.info/sct", code: "8517006", display: "Ex-smoker" }],
              text: "Former smoker",
            },
      }),
    );
  }
  if (options.marker) {
    const first = resources.find((r): r is Observation => r.resourceType === "Observation");
    if (first) first.note = [{ text: `Test marker ${options.marker}` }];
  }
  const onset = new Date(last);
  onset.setUTCFullYear(last.getUTCFullYear() - 3);
  resources.push(
    {
      resourceType: "Condition",
      id: `cond-${options.seed}-1`,
      clinicalStatus: { coding: [{ code: "active" }], text: "Active" },
      code: {
        coding: [{ system: "http://snomed.info/sct", code: "38341003", display: "Hypertension" }],
        text: "High blood pressure (hypertension)",
      },
      subject,
      onsetDateTime: onset.toISOString().slice(0, 10),
    },
    {
      resourceType: "MedicationStatement",
      id: `med-${options.seed}-1`,
      status: "active",
      medicationCodeableConcept: {
        coding: [
          {
            system: "http://www.nlm.nih.gov/research/umls/rxnorm",
            code: "314076",
            display: "Lisinopril 10 MG",
          },
        ],
        text: "Lisinopril 10 mg tablet",
      },
      subject,
      dosage: [{ text: "One tablet by mouth once a day" }],
    },
    {
      resourceType: "AllergyIntolerance",
      id: `allergy-${options.seed}-1`,
      patient: subject,
      clinicalStatus: {
        coding: [
          {
            system: "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
            code: "active",
            display: "Active",
          },
        ],
      },
      code: {
        coding: [{ system: "http://snomed.info/sct", code: "764146007", display: "Penicillin" }],
        text: "Penicillin",
      },
      reaction: [{ manifestation: [{ text: "Hives" }], severity: "moderate" }],
    },
    {
      resourceType: "Immunization",
      id: `imm-${options.seed}-1`,
      status: "completed",
      vaccineCode: {
        coding: [{ system: "http://hl7.org/fhir/sid/cvx", code: "140", display: "Influenza, seasonal" }],
        text: "Seasonal flu vaccine",
      },
      patient: subject,
      occurrenceDateTime: last.toISOString().slice(0, 10),
    },
  );
  return {
    resourceType: "Bundle",
    type: "collection",
    entry: resources.map((resource): BundleEntry => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
}
