import type { ViewSearch } from "./useViewSearch";

/** The search box over a records view ("Search your records", "Search this patient's records"). */
export function RecordSearch({ label, search }: { label: string; search: ViewSearch }) {
  return (
    <label className="block">
      <span className="text-sm font-medium text-slate-700">{label}</span>
      <input
        type="search"
        value={search.query}
        onChange={(event) => search.setQuery(event.target.value)}
        placeholder="e.g. cholesterol, lisinopril, 2025"
        className="mt-1 w-full rounded-lg border border-slate-300 px-3 py-2"
      />
    </label>
  );
}

/** What a search that found nothing says; `reading` while records are still being decrypted. */
export function NoMatches({ search, reading }: { search: ViewSearch; reading: boolean }) {
  return (
    <p role="status" className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-slate-700">
      No records match “<bdi>{search.searched}</bdi>”{reading ? " in the records read so far" : ""}. Try
      another word, such as the name of a test or medicine, or a year.
    </p>
  );
}
