import { describe, expect, it } from "vitest";
import { CODE_SYSTEMS, codeSystemLabel, knownName, plainName } from "./names";

const loinc = (code: string, display?: string) => ({ system: CODE_SYSTEMS.loinc, code, display });

describe("plainName: the table by system and code", () => {
  it("names common tests in plain words instead of their LOINC long names", () => {
    expect(plainName({ coding: [loinc("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma")] })).toBe(
      "Total cholesterol",
    );
    expect(plainName({ coding: [loinc("13457-7")] })).toBe("LDL cholesterol");
    expect(plainName({ coding: [loinc("85354-9", "Blood pressure panel with all children optional")] })).toBe(
      "Blood pressure",
    );
    expect(plainName({ coding: [loinc("72166-2", "Tobacco smoking status")] })).toBe("Smoking status");
    expect(plainName({ coding: [loinc("718-7")] })).toBe("Hemoglobin");
  });

  it("names conditions, allergies and vaccines", () => {
    expect(
      plainName({
        coding: [{ system: CODE_SYSTEMS.snomed, code: "38341003", display: "Hypertensive disorder" }],
      }),
    ).toBe("High blood pressure");
    expect(plainName({ coding: [{ system: CODE_SYSTEMS.snomed, code: "55822004" }] })).toBe(
      "High cholesterol (hyperlipidemia)",
    );
    expect(plainName({ coding: [{ system: CODE_SYSTEMS.snomed, code: "91936005" }] })).toBe(
      "Penicillin allergy",
    );
    expect(plainName({ coding: [{ system: CODE_SYSTEMS.cvx, code: "140" }] })).toBe("Flu vaccine");
  });

  it("reads CVX codes with or without a leading zero", () => {
    expect(plainName({ coding: [{ system: CODE_SYSTEMS.cvx, code: "08" }] })).toBe("Hepatitis B vaccine");
    expect(knownName(CODE_SYSTEMS.cvx, "8")).toBe("Hepatitis B vaccine");
  });

  it("uses the table for any coding, not only the first", () => {
    const concept = {
      coding: [{ system: "http://hospital.example/lab", code: "CHOL" }, loinc("2093-3")],
      text: "CHOLESTEROL, SERUM",
    };
    expect(plainName(concept)).toBe("Total cholesterol");
  });

  it("matches the system, not only the code (a LOINC code under SNOMED is not cholesterol)", () => {
    expect(
      plainName({ coding: [{ system: CODE_SYSTEMS.snomed, code: "2093-3", display: "Something else" }] }),
    ).toBe("Something else");
  });

  it("accepts https and a trailing slash in a system", () => {
    expect(plainName({ coding: [{ system: "https://loinc.org/", code: "8867-4" }] })).toBe("Heart rate");
  });
});

describe("plainName: fallback order for codes the table does not know", () => {
  const unknown = { system: CODE_SYSTEMS.loinc, code: "99999-9" };

  it("the source's text first", () => {
    expect(plainName({ coding: [{ ...unknown, display: "Display" }], text: "Text" })).toBe("Text");
  });

  it("then the first coding that has a display", () => {
    expect(plainName({ coding: [unknown, { system: "urn:x", code: "y", display: "Second display" }] })).toBe(
      "Second display",
    );
    expect(plainName({ coding: [{ ...unknown, display: "Display" }], text: "  " })).toBe("Display");
  });

  it("then the first code", () => {
    expect(plainName({ coding: [{ system: "urn:x" }, unknown] })).toBe("99999-9");
  });

  it("then 'Unnamed'", () => {
    expect(plainName({ coding: [{ system: "urn:x" }] })).toBe("Unnamed");
    expect(plainName({})).toBe("Unnamed");
    expect(plainName(undefined)).toBe("Unnamed");
  });

  it("an unknown system falls back to the source's own words", () => {
    expect(
      plainName({ coding: [{ system: "http://example.org/codes", code: "38341003", display: "HTN" }] }),
    ).toBe("HTN");
    expect(knownName("http://example.org/codes", "38341003")).toBeUndefined();
    expect(knownName(undefined, "38341003")).toBeUndefined();
  });
});

describe("codeSystemLabel", () => {
  it("names the common code systems", () => {
    expect(codeSystemLabel("http://loinc.org")).toBe("LOINC");
    expect(codeSystemLabel("http://snomed.info/sct")).toBe("SNOMED CT");
    expect(codeSystemLabel("http://www.nlm.nih.gov/research/umls/rxnorm")).toBe("RxNorm");
    expect(codeSystemLabel("http://hl7.org/fhir/sid/cvx")).toBe("CVX");
    expect(codeSystemLabel("https://loinc.org/")).toBe("LOINC");
  });

  it("returns undefined for a system it does not know", () => {
    expect(codeSystemLabel("http://example.org/codes")).toBeUndefined();
    expect(codeSystemLabel(undefined)).toBeUndefined();
  });
});
