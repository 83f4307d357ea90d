import type { Resource } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { ImportError, importReport, MAX_RESOURCES, notImportedMessage, parseFhir } from "./fhir";
import { fieldOf } from "./fhirValidator";
import { syntheticPatientBundle } from "./synthetic";

const bundle = (...resources: object[]) =>
  JSON.stringify({
    resourceType: "Bundle",
    type: "collection",
    entry: resources.map((resource) => ({ resource })),
  });
const observation = (extra: object = {}) => ({
  resourceType: "Observation",
  id: "bp-1",
  status: "final",
  code: { coding: [{ system: "http://loinc.org", code: "85354-9" }], text: "Blood pressure" },
  ...extra,
});
const encounter = (id: string) => ({
  resourceType: "Encounter",
  id,
  status: "finished",
  class: { code: "AMB" },
});

describe("FHIR import", () => {
  it("generates the same synthetic patient for the same seed, and another for another seed", () => {
    expect(JSON.stringify(syntheticPatientBundle({ seed: 7 }))).toBe(
      JSON.stringify(syntheticPatientBundle({ seed: 7 })),
    );
    expect(JSON.stringify(syntheticPatientBundle({ seed: 8 }))).not.toBe(
      JSON.stringify(syntheticPatientBundle({ seed: 7 })),
    );
  });

  it("validates a synthetic export and splits it into categories, smoking status under social history", async () => {
    const { groups, notImported } = await parseFhir(
      JSON.stringify(syntheticPatientBundle({ seed: 1, visits: 3 })),
    );
    expect([...groups.keys()].sort()).toEqual(
      [
        "allergies",
        "conditions",
        "demographics",
        "immunizations",
        "labs",
        "medications",
        "socialHistory",
        "vitals",
      ].sort(),
    );
    expect(groups.get("labs")).toHaveLength(9); // cholesterol, HDL, glucose x 3 visits
    expect(groups.get("vitals")).toHaveLength(9); // BP, weight, BMI x 3 visits
    // Regression: smoking status (category social-history) was filed under vital signs.
    expect(groups.get("socialHistory")?.map((r) => (r as { code: { text: string } }).code.text)).toEqual([
      "Tobacco smoking status",
      "Tobacco smoking status",
      "Tobacco smoking status",
    ]);
    expect(notImported).toEqual([]);
  });

  it("files questionnaires (a PHQ-9 score) apart from vital signs, with or without the survey category", async () => {
    const phq9 = (extra: object) =>
      observation({
        id: `phq9-${JSON.stringify(extra).length}`,
        code: { coding: [{ system: "http://loinc.org", code: "44261-6" }], text: "PHQ-9 total score" },
        valueQuantity: { value: 4, unit: "{score}", system: "http://unitsofmeasure.org", code: "{score}" },
        ...extra,
      });
    const surveyCategory = {
      category: [
        {
          coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "survey" }],
        },
      ],
    };
    const selfHarmQuestion = observation({
      id: "phq9-q9",
      code: { coding: [{ system: "http://loinc.org", code: "44260-8" }] },
      category: [
        {
          coding: [
            { system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "vital-signs" },
          ],
        },
      ],
      valueInteger: 0,
    });
    const textOnly = observation({ id: "phq9-text", code: { text: "PHQ-9 total score" }, valueInteger: 4 });
    const { groups } = await parseFhir(
      bundle(phq9(surveyCategory), phq9({}), selfHarmQuestion, textOnly, observation()),
    );
    // A PHQ-9 by its code (whatever the source's category) or by the survey category.
    expect(groups.get("assessments")?.map((r) => r.id)).toContain("phq9-q9");
    expect(groups.get("assessments")).toHaveLength(3);
    // Only what is known to be a vital sign is one; what the source does not say is "other results".
    expect(groups.get("vitals")?.map((r) => r.id)).toEqual(["bp-1"]);
    expect(groups.get("otherResults")?.map((r) => r.id)).toEqual(["phq9-text"]);
  });

  it("accepts a single resource", async () => {
    const single = await parseFhir(JSON.stringify(observation()));
    expect([...single.groups.keys()]).toEqual(["vitals"]);
  });

  it("reports the resources it does not keep, counted by type, instead of dropping them silently", async () => {
    const { groups, notImported } = await parseFhir(
      bundle(
        encounter("e1"),
        observation(),
        encounter("e2"),
        { resourceType: "Procedure", status: "completed", subject: { reference: "Patient/1" } },
        encounter("e3"),
      ),
    );
    expect([...groups.keys()]).toEqual(["vitals"]);
    expect(notImported).toEqual([
      { resourceType: "Encounter", count: 3 },
      { resourceType: "Procedure", count: 1 },
    ]);
    expect(notImportedMessage(notImported[0])).toBe(
      "3 Encounter resources were not imported: CareKeys does not keep encounters (visits) yet.",
    );
    expect(notImportedMessage(notImported[1])).toBe(
      "1 Procedure resource was not imported: CareKeys does not keep procedures yet.",
    );
    expect(notImportedMessage({ resourceType: "NutritionOrder", count: 2 })).toBe(
      "2 NutritionOrder resources were not imported: CareKeys does not keep nutrition order records yet.",
    );
  });

  // Walk 6 #12: entries marked entered in error were kept but never shown, and the report was silent.
  it("tells how many entries are kept but not shown because their source marked them entered in error", async () => {
    const parsed = await parseFhir(
      bundle(
        observation({ id: "o1", status: "entered-in-error" }),
        observation({ id: "o2" }),
        {
          resourceType: "Condition",
          subject: { reference: "Patient/1" },
          code: { text: "Asthma" },
          verificationStatus: { coding: [{ code: "entered-in-error" }] },
        },
        {
          resourceType: "MedicationStatement",
          status: "entered-in-error",
          subject: { reference: "Patient/1" },
          medicationCodeableConcept: { text: "Warfarin 5 mg" },
        },
        encounter("e1"),
      ),
    );
    expect(parsed.enteredInError).toBe(3);
    expect(importReport(parsed)).toEqual([
      "1 Encounter resource was not imported: CareKeys does not keep encounters (visits) yet.",
      "3 entries were marked “entered in error” by whoever wrote the file: they are kept in the file, but not shown in your records.",
    ]);
    expect(importReport({ notImported: [], enteredInError: 1 })).toEqual([
      "1 entry was marked “entered in error” by whoever wrote the file: it is kept in the file, but not shown in your records.",
    ]);
    expect(importReport(await parseFhir(bundle(observation())))).toEqual([]);
  });

  it("keeps a prescription's medicine when it names a Medication elsewhere in the Bundle", async () => {
    const medication = {
      resourceType: "Medication",
      id: "atorva",
      code: { text: "Atorvastatin 20 mg tablet" },
    };
    const request = (id: string, reference: string) => ({
      resourceType: "MedicationRequest",
      id,
      status: "active",
      intent: "order",
      subject: { reference: "Patient/p" },
      medicationReference: { reference },
    });
    const { groups, notImported } = await parseFhir(
      JSON.stringify({
        resourceType: "Bundle",
        type: "collection",
        entry: [
          { fullUrl: "urn:uuid:7f1a2b3c-0000-4000-8000-000000000001", resource: medication },
          { resource: request("by-url", "urn:uuid:7f1a2b3c-0000-4000-8000-000000000001") },
          { resource: request("by-id", "Medication/atorva") },
          { resource: { resourceType: "Medication", id: "unused", code: { text: "Not prescribed" } } },
        ],
      }),
    );
    const medications = groups.get("medications") as Array<{
      contained?: Resource[];
      medicationReference?: { reference?: string };
    }>;
    expect(medications).toHaveLength(2);
    for (const m of medications) {
      expect(m.medicationReference?.reference).toBe("#medication-1");
      expect(m.contained).toEqual([{ ...medication, id: "medication-1" }]);
    }
    // Only the Medication nothing names is reported as not imported.
    expect(notImported).toEqual([{ resourceType: "Medication", count: 1 }]);
  });

  it("refuses a file of more resources than it can validate without freezing the page, saying how to split it", async () => {
    const many = bundle(...Array.from({ length: MAX_RESOURCES + 1 }, () => observation()));
    await expect(parseFhir(many)).rejects.toThrow(/holds 10,001 resources; CareKeys imports up to 10,000/);
  });

  it("refuses a file of millions of values before parsing it, saying how to split it (one 20-million-item array kept the check busy for minutes)", async () => {
    const huge = `{"resourceType":"Bundle","type":"collection","entry":[],"x":[${"0,".repeat(2_000_001)}0]}`;
    await expect(parseFhir(huge)).rejects.toThrow(
      /about 2,000,00\d values; CareKeys checks up to 2,000,000 from one file/,
    );
  });

  it("refuses a resource nested thousands of levels deep with a sentence, not a stack overflow", async () => {
    const depth = 20_000;
    const text = `{"resourceType":"Observation","status":"final","code":{"text":"x"},"extension":[${'{"url":"http://x","extension":['.repeat(depth)}{"url":"http://x","valueString":"v"}${"]}".repeat(depth)}]}`;
    await expect(parseFhir(text)).rejects.toThrow(ImportError);
    await expect(parseFhir(text)).rejects.toThrow(/nested too deeply/);
  });

  it("names the problem in JSON that is not FHIR", async () => {
    await expect(parseFhir("{ nope")).rejects.toThrow(ImportError);
    await expect(parseFhir("{ nope")).rejects.toThrow(/not valid JSON/);
    await expect(parseFhir(JSON.stringify({ name: "x" }))).rejects.toThrow(
      /not FHIR: it has no resourceType/,
    );
    await expect(parseFhir(JSON.stringify({ resourceType: "Bundle", entry: [] }))).rejects.toThrow(/empty/);
    await expect(parseFhir(JSON.stringify({ resourceType: "Recipe", id: "r" }))).rejects.toThrow(
      `Recipe "r" is not a FHIR R4 resource type.`,
    );
    await expect(parseFhir(bundle(encounter("e1")))).rejects.toThrow(
      "This file has no health records CareKeys keeps (only Encounter).",
    );
  });

  it("names the resource and the field of FHIR that is not valid, in plain words", async () => {
    const invalid = (resource: object) => parseFhir(JSON.stringify(resource));
    // A missing required element.
    await expect(invalid({ resourceType: "Observation", id: "bp-1", code: { text: "BP" } })).rejects.toThrow(
      `Observation "bp-1" is not valid FHIR R4: 'status' is required.`,
    );
    // A code outside its required value set (the validator leaves these to a terminology server).
    await expect(invalid(observation({ id: undefined, status: "done" }))).rejects.toThrow(
      `Observation #1 is not valid FHIR R4: 'status' is "done", which FHIR R4 does not allow here (allowed: registered, preliminary, final, amended, corrected, cancelled, entered-in-error, unknown).`,
    );
    // A wrong type.
    await expect(invalid(observation({ valueQuantity: { value: "12", unit: "mg/dL" } }))).rejects.toThrow(
      `Observation "bp-1" is not valid FHIR R4: 'valueQuantity.value' must be a number, not text.`,
    );
    await expect(invalid({ resourceType: "Patient", id: "p", name: [{ given: "Alex" }] })).rejects.toThrow(
      `Patient "p" is not valid FHIR R4: 'name.given' must be a list ([...]).`,
    );
    // An unknown property.
    await expect(invalid(observation({ colour: "red" }))).rejects.toThrow(
      `Observation "bp-1" is not valid FHIR R4: 'colour' is not an element FHIR R4 defines here (check its spelling).`,
    );
    // A bad date.
    await expect(invalid(observation({ effectiveDateTime: "2024-13-45" }))).rejects.toThrow(
      `Observation "bp-1" is not valid FHIR R4: 'effectiveDateTime' is not a date or date and time such as 2024-05-31 or 2024-05-31T09:30:00Z.`,
    );
    // A nested element, and more than one problem.
    await expect(
      invalid(observation({ component: [{ valueQuantity: { value: 1 } }], colour: "red" })),
    ).rejects.toThrow(
      `Observation "bp-1" is not valid FHIR R4: 'code' in component 1 is required (and 1 more problem).`,
    );
    await expect(invalid(observation({ component: [{ valueQuantity: { value: 1 } }] }))).rejects.toThrow(
      `Observation "bp-1" is not valid FHIR R4: 'code' in component 1 is required.`,
    );
    // An invariant.
    await expect(
      invalid(observation({ valueQuantity: { value: 1 }, dataAbsentReason: { text: "not measured" } })),
    ).rejects.toThrow(
      /^Observation "bp-1" is not valid FHIR R4: it breaks FHIR rule obs-6 \(dataAbsentReason/,
    );
  });

  it("refuses the whole file when one resource in it is not valid, naming that one", async () => {
    const file = bundle(observation({ id: "ok" }), encounter("e1"), { resourceType: "Condition", id: "c-2" });
    await expect(parseFhir(file)).rejects.toThrow(
      `Condition "c-2" is not valid FHIR R4: 'subject' is required.`,
    );
    await expect(parseFhir(bundle({ ...encounter("e9"), status: "over" }, observation()))).rejects.toThrow(
      /^Encounter "e9" is not valid FHIR R4: 'status' is "over"/,
    );
    await expect(
      parseFhir(JSON.stringify({ resourceType: "Bundle", entry: [{ resource: observation() }] })),
    ).rejects.toThrow(/^The Bundle is not valid FHIR R4: 'type' is required \(and \d+ more problems?\)\.$/);
  });

  it("keeps every resource of a large export valid (regression: the synthetic allergy broke rule ait-1)", async () => {
    const resources = (syntheticPatientBundle({ seed: 9, visits: 2 }).entry ?? []).map(
      (e) => e.resource as Resource,
    );
    for (const resource of resources) {
      await expect(parseFhir(JSON.stringify(resource))).resolves.toBeDefined();
    }
  });

  it("words validator paths as fields", () => {
    expect(fieldOf("Observation.status")).toBe("'status'");
    expect(fieldOf("Observation.value[x]")).toBe("'value'");
    expect(fieldOf("Observation.component[0].code")).toBe("'code' in component 1");
    expect(fieldOf("Observation.component[1].referenceRange[0].low.value")).toBe(
      "'low.value' in component 2 referenceRange 1",
    );
    expect(fieldOf("Observation.identifier[2]")).toBe("'identifier[3]'");
    expect(fieldOf("Observation")).toBeUndefined();
    const resource = { component: [{ code: {} }, { valueCodeableConcept: { coding: [{}, { code: 1 }] } }] };
    expect(fieldOf("Observation.component[1].value[x].coding[1].code", resource)).toBe(
      "'code' in component 2 valueCodeableConcept.coding 2",
    );
  });
});
