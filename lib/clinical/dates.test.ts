import type { Resource } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { clinicalDateOf, formatClinicalDate } from "./dates";

const code = { text: "x" };
const patient = { reference: "Patient/1" };

describe("clinicalDateOf", () => {
  it("Observation: effective[x], then issued", () => {
    const base = { resourceType: "Observation", status: "final", code } as const;
    expect(
      clinicalDateOf({ ...base, effectiveDateTime: "2024-03-05T09:30:00Z", issued: "2024-03-06T00:00:00Z" }),
    ).toBe("2024-03-05T09:30:00Z");
    expect(clinicalDateOf({ ...base, effectivePeriod: { start: "2024-03-01", end: "2024-03-07" } })).toBe(
      "2024-03-01",
    );
    expect(clinicalDateOf({ ...base, effectiveInstant: "2024-03-05T09:30:00.000Z" })).toBe(
      "2024-03-05T09:30:00.000Z",
    );
    expect(clinicalDateOf({ ...base, issued: "2024-03-06T10:00:00Z" })).toBe("2024-03-06T10:00:00Z");
    expect(clinicalDateOf(base)).toBeUndefined();
  });

  it("Condition and AllergyIntolerance: onset[x], then recordedDate", () => {
    expect(
      clinicalDateOf({
        resourceType: "Condition",
        subject: patient,
        onsetDateTime: "2019",
        recordedDate: "2020-01-02",
      }),
    ).toBe("2019");
    expect(
      clinicalDateOf({ resourceType: "Condition", subject: patient, onsetPeriod: { start: "2018-06" } }),
    ).toBe("2018-06");
    expect(
      clinicalDateOf({
        resourceType: "Condition",
        subject: patient,
        onsetString: "childhood",
        recordedDate: "2020-01-02",
      }),
    ).toBe("2020-01-02");
    expect(clinicalDateOf({ resourceType: "AllergyIntolerance", patient, onsetDateTime: "2010-05-01" })).toBe(
      "2010-05-01",
    );
    expect(clinicalDateOf({ resourceType: "AllergyIntolerance", patient, recordedDate: "2011-02-03" })).toBe(
      "2011-02-03",
    );
  });

  it("medications: MedicationStatement effective[x] then dateAsserted; MedicationRequest authoredOn", () => {
    const med = { medicationCodeableConcept: code, subject: patient };
    expect(
      clinicalDateOf({
        resourceType: "MedicationStatement",
        status: "active",
        ...med,
        effectivePeriod: { start: "2023-01-10" },
      }),
    ).toBe("2023-01-10");
    expect(
      clinicalDateOf({
        resourceType: "MedicationStatement",
        status: "active",
        ...med,
        dateAsserted: "2023-02-01",
      }),
    ).toBe("2023-02-01");
    expect(
      clinicalDateOf({
        resourceType: "MedicationRequest",
        status: "active",
        intent: "order",
        ...med,
        authoredOn: "2023-03-04",
      }),
    ).toBe("2023-03-04");
  });

  it("Immunization: occurrence[x]; a free-text occurrence falls back to when it was recorded", () => {
    const base = { resourceType: "Immunization", status: "completed", vaccineCode: code, patient } as const;
    expect(clinicalDateOf({ ...base, occurrenceDateTime: "2021-10-01" })).toBe("2021-10-01");
    expect(clinicalDateOf({ ...base, occurrenceString: "as a child", recorded: "2022-01-01" })).toBe(
      "2022-01-01",
    );
  });

  it("DiagnosticReport: effective[x], then issued", () => {
    const base = { resourceType: "DiagnosticReport", status: "final", code } as const;
    expect(clinicalDateOf({ ...base, effectiveDateTime: "2024-02-02", issued: "2024-02-03T08:00:00Z" })).toBe(
      "2024-02-02",
    );
    expect(clinicalDateOf({ ...base, issued: "2024-02-03T08:00:00Z" })).toBe("2024-02-03T08:00:00Z");
  });

  it("DocumentReference: the period of care it records, then its own date", () => {
    const base = {
      resourceType: "DocumentReference" as const,
      status: "current" as const,
      content: [{ attachment: {} }],
    };
    expect(
      clinicalDateOf({
        ...base,
        date: "2024-05-20T12:00:00Z",
        context: { period: { start: "2024-05-01T09:00:00Z" } },
      }),
    ).toBe("2024-05-01T09:00:00Z");
    expect(clinicalDateOf({ ...base, date: "2024-05-20T12:00:00Z" })).toBe("2024-05-20T12:00:00Z");
  });

  it("skips a value that is not a FHIR date and reads the next", () => {
    expect(
      clinicalDateOf({
        resourceType: "Observation",
        status: "final",
        code,
        effectiveDateTime: "yesterday",
        issued: "2024-01-01",
      }),
    ).toBe("2024-01-01");
  });

  it("returns undefined for resource types CareKeys does not date", () => {
    expect(clinicalDateOf({ resourceType: "Patient", birthDate: "1980-01-01" } as Resource)).toBeUndefined();
  });
});

describe("formatClinicalDate", () => {
  it("keeps the precision it was given", () => {
    expect(formatClinicalDate("2024")).toBe("2024");
    expect(formatClinicalDate("2024-03")).toBe("Mar 2024");
    expect(formatClinicalDate("2024-03-05")).toBe("5 Mar 2024");
    expect(formatClinicalDate("2024-09-30")).toBe("30 Sep 2024");
  });

  it("shows a date with a time as the day in the source's own time zone", () => {
    expect(formatClinicalDate("2024-03-05T23:30:00-05:00")).toBe("5 Mar 2024");
    expect(formatClinicalDate("2024-12-31T00:15:00+09:00")).toBe("31 Dec 2024");
    expect(formatClinicalDate("2024-03-05T09:30:00.000Z")).toBe("5 Mar 2024");
  });

  it("returns text that is not a FHIR date as it is", () => {
    expect(formatClinicalDate("early 2020")).toBe("early 2020");
    expect(formatClinicalDate("2024-13-01")).toBe("2024-13-01");
  });
});
