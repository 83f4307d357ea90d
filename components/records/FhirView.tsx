"use client";

import { useMemo } from "react";
import type { Hex } from "viem";
import { buildClinicalView } from "@/lib/clinical/model";
import { resourcesOf } from "@/lib/records/read";
import { ClinicalSections } from "./ClinicalSections";

const ONE_FILE: Hex = "0x00";

/** One FHIR record on its own, read the way the combined views read every record. */
export function FhirView({ json }: { json: string }) {
  const view = useMemo(() => {
    const resources = resourcesOf(new TextEncoder().encode(json)) ?? [];
    return buildClinicalView([
      {
        kind: "fhir",
        source: { recordId: ONE_FILE, name: "", addedAt: new Date(0) },
        category: undefined,
        resources,
      },
    ]);
  }, [json]);
  return <ClinicalSections view={view} showSources={false} nested codesInline={false} />;
}
