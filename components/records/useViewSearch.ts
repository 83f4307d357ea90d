import { useDeferredValue, useMemo, useState } from "react";
import { type ClinicalView, searchView } from "@/lib/clinical/model";

/**
 * A search over a records view, as the patient's Records page and a clinician's chart both offer
 * it: what was typed, and the view narrowed to what matches (computed after typing settles, so
 * a long view does not slow each key).
 */
export function useViewSearch(view: ClinicalView) {
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const shown = useMemo(() => searchView(view, deferred), [view, deferred]);
  return { query, setQuery, searched: deferred.trim(), shown };
}

export type ViewSearch = ReturnType<typeof useViewSearch>;
