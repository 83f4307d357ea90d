"use client";

import { useEffect, useMemo, useRef } from "react";
import type { Address } from "viem";
import { buildClinicalView, isEmptyView } from "@/lib/clinical/model";
import { CATEGORY_LABEL } from "@/lib/consent/codes";
import type { IdentityKey } from "@/lib/crypto/identity";
import type { AnchoredRecord } from "@/lib/records/chain";
import { directoryLookup, withAuthorNames } from "@/lib/records/read";
import {
  chartOutcomes,
  chartPurpose,
  notSharedSentence,
  openedSentence,
  readingDoneText,
  statusSentence,
} from "@/lib/sharing/chart";
import { addedByOthersAuthors, addedByOthersSentence } from "@/lib/sharing/clinicianNote";
import { listInWords, type Share } from "@/lib/sharing/grants";
import { useDirectory } from "../hooks/useDirectory";
import { Card, Notice, PrimaryButton } from "../Notice";
import { ClinicalSections } from "../records/ClinicalSections";
import { NoMatches, RecordSearch } from "../records/RecordSearch";
import { useViewSearch } from "../records/useViewSearch";
import { ViewErrorBoundary } from "../records/ViewErrorBoundary";
import { AskAgain } from "./AskAgain";
import { useChart } from "./useChart";

/** The sentence and reason shown whenever a share no longer lets the clinician read, and a way to ask again. */
export function AccessEnded({ share, patient }: { share: Share | null; patient: Address }) {
  return (
    <div className="space-y-2" data-testid="access-ended">
      <Notice tone="warning" title="Your access to this patient's records has ended">
        {share ? statusSentence(share) : "The patient has not shared records with you."} Nothing from their
        records is shown or decrypted.
      </Notice>
      <AskAgain patient={patient} />
    </div>
  );
}

/** Opening the chart (one read receipt first), then the records in scope decrypted on this device. */
export function ChartRecords({
  me,
  patient,
  identity,
}: {
  me: Address;
  patient: Address;
  identity: IdentityKey;
}) {
  const chart = useChart({ me, patient, identity });
  const { state, transactor } = chart;
  if (state.step === "ended") return <AccessEnded share={state.share} patient={patient} />;
  if (state.step === "open")
    return (
      <OpenChart
        chart={chart}
        me={me}
        share={state.share}
        records={state.records}
        byOthers={state.byOthers}
      />
    );
  const working = state.step === "checking" || state.step === "receipt";
  return (
    <Card title="Open this patient's records">
      <p>
        Opening the chart sends one transaction that records, on the chain, that you read these records and
        why. The patient sees it under My consents. Nothing is shown until it is confirmed.
      </p>
      {state.step === "empty" && (
        <Notice tone="info" title="Nothing to open yet">
          The patient has no {listInWords(state.share.categories.map((c) => CATEGORY_LABEL[c]))} of their own
          in CareKeys yet.
          {state.byOthers.length > 0 && <ByOthers me={me} records={state.byOthers} />}
        </Notice>
      )}
      {state.step === "refused" && (
        <Notice tone="error" title="The chart was not opened">
          {state.reason ?? transactor.error} Nothing from the patient's records was shown.
        </Notice>
      )}
      {state.step === "receipt" && transactor.status === "confirm" && (
        <p role="status">Confirm the transaction in your wallet...</p>
      )}
      {state.step === "receipt" && transactor.status === "pending" && (
        <p role="status">Recording your access on the chain...</p>
      )}
      {state.step === "checking" && <p role="status">Checking the patient's consent and records...</p>}
      <PrimaryButton disabled={working} onClick={() => void chart.open()}>
        {working ? "Opening..." : state.step === "refused" ? "Try again" : "Open the chart (one transaction)"}
      </PrimaryButton>
    </Card>
  );
}

/** "1 record added by someone other than the patient ... Added by you." with Directory names. */
function ByOthers({ me, records }: { me: Address; records: AnchoredRecord[] }) {
  const directory = useDirectory();
  return (
    <span className="block" data-testid="added-by-others">
      {addedByOthersSentence(records.length)}{" "}
      {addedByOthersAuthors(records, me, directoryLookup(directory.data ?? []))}
    </span>
  );
}

function OpenChart({
  chart,
  me,
  share,
  records,
  byOthers,
}: {
  chart: ReturnType<typeof useChart>;
  me: Address;
  share: Share;
  records: AnchoredRecord[];
  byOthers: AnchoredRecord[];
}) {
  const { keys, decrypted } = chart;
  const count = records.length;
  const directory = useDirectory();
  const view = useMemo(
    () => buildClinicalView(withAuthorNames(decrypted.read, directoryLookup(directory.data ?? []))),
    [decrypted.read, directory.data],
  );
  const search = useViewSearch(view);
  // Records others added are never opened here (sealed for the patient alone): they are counted
  // apart, not as "added after your access ended".
  const { notShared, failed, reasons, large } = chartOutcomes(decrypted.opened.values());
  const reading = decrypted.done < count;
  // The button that opened the chart is gone: the keyboard goes on from the notice that replaced it.
  const opened = useRef<HTMLDivElement>(null);
  useEffect(() => opened.current?.focus(), []);
  return (
    <section aria-label="Shared records" className="space-y-6">
      <div ref={opened} tabIndex={-1} data-testid="chart-opened" className="rounded-lg focus:outline-2">
        <Notice tone="success" title="Your access is recorded">
          {openedSentence(records, chartPurpose(share))}
        </Notice>
      </div>
      {keys.error ? (
        <Notice tone="error" title="The patient's records could not be opened">
          {keys.error.message}
        </Notice>
      ) : keys.isPending ? (
        <p role="status">Opening the encryption keys the patient shared with you...</p>
      ) : reading ? (
        <div className="space-y-1" data-testid="reading-progress">
          <p className="text-sm text-slate-600">
            Decrypting the patient's records on this device: {decrypted.done} of {count} read.
            {search.searched && " The search covers the records read so far."}
          </p>
          <progress
            className="h-2 w-full"
            max={count}
            value={decrypted.done}
            aria-label="Records decrypted"
          />
        </div>
      ) : (
        <p className="sr-only" data-testid="reading-done">
          {readingDoneText(count)}
        </p>
      )}
      {notShared > 0 && (
        <Notice tone="info" title="Some records cannot be opened">
          {notSharedSentence(notShared)} The patient would need to share them with you again.
        </Notice>
      )}
      {byOthers.length > 0 && (
        <Notice tone="info">
          <ByOthers me={me} records={byOthers} />
        </Notice>
      )}
      {failed > 0 && (
        <Notice tone="error" title={`${failed === 1 ? "1 record" : `${failed} records`} could not be read`}>
          <ul className="list-disc pl-5">
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </Notice>
      )}
      {large > 0 && (
        <Notice tone="info">
          {large === 1 ? "1 file is" : `${large} files are`} too large to show in the combined view here.
        </Notice>
      )}
      {!reading && !keys.error && isEmptyView(view) && decrypted.read.length === 0 && notShared === 0 && (
        <p>There is nothing to show from the records shared with you.</p>
      )}
      {!isEmptyView(view) && <RecordSearch label="Search this patient's records" search={search} />}
      {search.searched && isEmptyView(search.shown) && !isEmptyView(view) && (
        <NoMatches search={search} reading={reading} />
      )}
      <ViewErrorBoundary message="One of the patient's shared files holds something CareKeys could not read, so the combined view cannot be shown. Ask the patient to check their files.">
        <ClinicalSections view={view} shown={search.shown} />
      </ViewErrorBoundary>
    </section>
  );
}
