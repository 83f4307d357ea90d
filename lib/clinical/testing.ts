// Records for the clinical view's tests: a decrypted FHIR record as the view reads it.

import type { Resource } from "@medplum/fhirtypes";
import type { Hex } from "viem";
import type { Category } from "../consent/codes";
import type { ReadRecord } from "./model";

let count = 0;

/** A FHIR record named `name` (a fresh record id each call), added at `addedAt`, anchored in `category`. */
export function recordFile(
  name: string,
  resources: Resource[],
  addedAt = "2026-11-25T10:00:00Z",
  category?: Category,
): ReadRecord {
  count += 1;
  return {
    kind: "fhir",
    source: {
      recordId: `0x${count.toString(16).padStart(64, "0")}` as Hex,
      name,
      addedAt: new Date(addedAt),
    },
    category,
    resources,
  };
}
