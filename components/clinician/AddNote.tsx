"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { Address } from "viem";
import { isActive } from "@/lib/sharing/chart";
import { MAX_NOTE_TEXT, MAX_NOTE_TITLE, noteBlockedSentence, noteWriting } from "@/lib/sharing/clinicianNote";
import type { Share } from "@/lib/sharing/grants";
import { Card, Notice, PrimaryButton } from "../Notice";
import { NOTE_STEP_LABEL, useAddNote } from "./useAddNote";

type Props = {
  me: Address;
  share: Share;
  authorName: string;
  /** Reads the share again from the chain (after a failed save): the patient may have ended it meanwhile. */
  recheck: () => Promise<Share | null>;
};

/**
 * "Add a note" in a patient's chart, when the patient's consent lets this clinician write clinical
 * notes; otherwise one sentence saying notes are not allowed. The note is saved as a progress note
 * in the patient's records, sealed for the patient. A note being written when the share ends (seen
 * by the chart's watch, or by a save the chain refused) stays on screen, with why it was not saved
 * and a way to copy it: never a "Try again" that cannot work.
 */
export function AddNote({ me, share, authorName, recheck }: Props) {
  const note = useAddNote({ me, patient: share.patient, authorName, recheck });
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const ids = { title: useId(), text: useId(), count: useId() };
  const savedNotice = useRef<HTMLDivElement>(null);
  const writing = noteWriting(share);
  const blocked = noteBlockedSentence(share);
  const drafting = open && (title.trim() !== "" || text.trim() !== "");

  // The form that had the focus is gone once a note is saved: the keyboard goes on from the notice.
  useEffect(() => {
    if (note.saved && !open) savedNotice.current?.focus();
  }, [note.saved, open]);

  if (!writing.allowed && !drafting) {
    // An ended share is explained by the chart itself; an active one says why notes are not allowed.
    if (!isActive(share)) return null;
    return (
      <Notice tone="info" title="Adding notes is not allowed">
        {writing.reason}
      </Notice>
    );
  }

  if (!open) {
    return (
      <Card title="Notes">
        {note.saved && (
          <div
            ref={savedNotice}
            tabIndex={-1}
            data-testid="note-saved"
            className="rounded-lg focus:outline-2"
          >
            <Notice tone="success" title={`Your note “${note.saved.title}” is in the patient's records`}>
              The patient sees it with you as its author. It is encrypted for the patient alone, so it is not
              shown in this chart.
            </Notice>
          </div>
        )}
        <p>Write a progress note into this patient's records. Only the patient can open it.</p>
        <PrimaryButton
          onClick={() => {
            note.reset();
            setOpen(true);
          }}
        >
          {note.saved ? "Add another note" : "Add a note"}
        </PrimaryButton>
      </Card>
    );
  }

  const submit = async () => {
    if (await note.save({ title, text })) {
      setTitle("");
      setText("");
      setOpen(false);
    }
  };
  const close = () => {
    setTitle("");
    setText("");
    setOpen(false);
  };
  const readOnly = note.busy || blocked !== null;
  return (
    <Card title="Add a note">
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (!blocked) void submit();
        }}
      >
        <div className="space-y-1">
          <label htmlFor={ids.title} className="block font-medium">
            Title
          </label>
          <input
            id={ids.title}
            value={title}
            maxLength={MAX_NOTE_TITLE}
            onChange={(event) => setTitle(event.target.value)}
            readOnly={readOnly}
            className="w-full rounded-lg border border-slate-300 px-3 py-2 read-only:bg-slate-50"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={ids.text} className="block font-medium">
            Note
          </label>
          <textarea
            id={ids.text}
            value={text}
            rows={8}
            maxLength={MAX_NOTE_TEXT}
            aria-describedby={ids.count}
            onChange={(event) => setText(event.target.value)}
            readOnly={readOnly}
            className="w-full rounded-lg border border-slate-300 px-3 py-2 read-only:bg-slate-50"
          />
          <p id={ids.count} className="text-sm text-slate-500">
            {text.length.toLocaleString("en-GB")} of {MAX_NOTE_TEXT.toLocaleString("en-GB")} characters. Plain
            text; it is encrypted on this device before it leaves it.
          </p>
        </div>
        {blocked ? (
          <Blocked sentence={blocked} title={title} text={text} onClose={close} />
        ) : (
          <>
            {note.step && (
              <p role="status">
                {NOTE_STEP_LABEL[note.step]}
                {note.step === "transaction" && note.transaction === "pending"
                  ? ": waiting for the network..."
                  : "..."}
              </p>
            )}
            {note.error && (
              <Notice tone="error" title="The note was not saved">
                {note.error}
              </Notice>
            )}
            <div className="flex flex-wrap gap-3">
              <PrimaryButton type="submit" disabled={note.busy}>
                {note.busy ? "Saving..." : note.error ? "Try again" : "Save the note (one transaction)"}
              </PrimaryButton>
              <button
                type="button"
                disabled={note.busy}
                onClick={() => setOpen(false)}
                className="rounded-lg border border-slate-300 px-4 py-2 font-medium disabled:opacity-60"
              >
                Cancel
              </button>
            </div>
          </>
        )}
      </form>
    </Card>
  );
}

/** The share no longer lets this note be saved: why, the text kept on screen, and a way to copy it. */
function Blocked({
  sentence,
  title,
  text,
  onClose,
}: {
  sentence: string;
  title: string;
  text: string;
  onClose: () => void;
}) {
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(title.trim() ? `${title.trim()}\n\n${text}` : text);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  };
  return (
    <>
      <Notice tone="error" title="The note was not saved">
        {sentence}
      </Notice>
      <div className="flex flex-wrap items-center gap-3">
        <PrimaryButton onClick={() => void copy()}>Copy the note's text</PrimaryButton>
        <button
          type="button"
          onClick={onClose}
          className="rounded-lg border border-slate-300 px-4 py-2 font-medium"
        >
          Discard the note
        </button>
        {copied && (
          <p role="status" className="text-sm">
            {copied === "yes"
              ? "Copied. Paste it wherever you keep notes."
              : "It could not be copied here: select the text above and copy it."}
          </p>
        )}
      </div>
    </>
  );
}
