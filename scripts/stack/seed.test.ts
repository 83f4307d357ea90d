import type { Patient } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { DEV_ACCOUNTS } from "../../lib/dev/accounts";
import { demoPatientExport } from "./seed";

describe("the demo patient", () => {
  it("has the same name in the development wallet list and in the seeded records (regression: Alex Morgan / Wei Nakamura)", () => {
    const patient = demoPatientExport().entry?.find((e) => e.resource?.resourceType === "Patient")
      ?.resource as Patient;
    const name = `${patient.name?.[0].given?.join(" ")} ${patient.name?.[0].family}`;
    expect(name).toBe("Alex Morgan");
    expect(DEV_ACCOUNTS.patient.label).toBe(`Demo patient (${name})`);
  });
});
