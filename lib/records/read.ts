import type { Bundle, Resource } from "@medplum/fhirtypes";
import { type Address, isAddressEqual } from "viem";
import type { ReadRecord } from "../clinical/model";
import type { AnchoredRecord } from "./chain";
import { recordView } from "./fileTypes";
import type { OpenedRecord } from "./open";

/** Parsed FHIR by decrypted content: each record is parsed once, however often the views rebuild. */
const parsed = new WeakMap<Uint8Array, Resource[] | null>();

/** The resources of a FHIR JSON record (a Bundle or one resource), or null if it is not FHIR JSON. */
export function resourcesOf(content: Uint8Array): Resource[] | null {
  const cached = parsed.get(content);
  if (cached !== undefined) return cached;
  let resources: Resource[] | null = null;
  try {
    const json = JSON.parse(new TextDecoder().decode(content)) as Resource;
    if (json && typeof json === "object" && typeof json.resourceType === "string") {
      resources =
        json.resourceType === "Bundle"
          ? ((json as Bundle).entry ?? []).flatMap((e) =>
              e?.resource && typeof e.resource.resourceType === "string" ? [e.resource] : [],
            )
          : [json];
    }
  } catch {
    resources = null;
  }
  parsed.set(content, resources);
  return resources;
}

/**
 * A verified record as the combined views read it: FHIR resources, or a file (PDF, image) listed
 * by name. Anything that did not pass every check, or that CareKeys does not render, is left out
 * of the combined views (the file list still shows it, with what failed).
 */
export function readRecord(
  record: AnchoredRecord,
  opened: OpenedRecord,
  patient?: Address,
): ReadRecord | undefined {
  if (opened.status !== "verified") return undefined;
  // What someone else added (a clinician with write access) is read as theirs: named with its
  // author, and limited to its own category (see buildClinicalView).
  const byPatient = patient === undefined || isAddressEqual(record.author, patient);
  const name = byPatient
    ? opened.meta.name
    : `${opened.meta.name} (added by ${record.author.slice(0, 6)}…${record.author.slice(-4)}, not by the patient)`;
  const source = { recordId: record.recordId, name, addedAt: record.anchoredAt };
  const view = recordView(opened.meta.type, opened.content);
  if (view === "fhir") {
    const resources = resourcesOf(opened.content);
    return resources ? { kind: "fhir", source, category: record.category, resources, byPatient } : undefined;
  }
  if (view === "pdf" || view === "image")
    return { kind: "file", source, category: record.category, type: opened.meta.type };
  return undefined;
}
