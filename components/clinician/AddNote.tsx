"use client";

import { useId, useState } from "react";
import type { Address } from "viem";
import { MAX_NOTE_TEXT, MAX_NOTE_TITLE, noteWriting } from "@/lib/sharing/clinicianNote";
import type { Share } from "@/lib/sharing/grants";
import { Card, Notice, PrimaryButton } from "../Notice";
import { NOTE_STEP_LABEL, useAddNote } from "./useAddNote";

/**
 * "Add a note" in a patient's chart, when the patient's consent lets this clinician write clinical
 * notes; otherwise one sentence saying notes are not allowed. The note is saved as a progress note
 * in the patient's records, sealed for the patient.
 */
export function AddNote({ me, share, authorName }: { me: Address; share: Share; authorName: string }) {
  const writing = noteWriting(share);
  if (!writing.allowed) {
    return (
      <Notice tone="info" title="Adding notes is not allowed">
        {writing.reason}
      </Notice>
    );
  }
  return <NoteForm me={me} patient={share.patient} authorName={authorName} />;
}

function NoteForm({ me, patient, authorName }: { me: Address; patient: Address; authorName: string }) {
  const note = useAddNote({ me, patient, authorName });
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const ids = { title: useId(), text: useId(), count: useId() };

  if (!open) {
    return (
      <Card title="Notes">
        {note.saved && (
          <Notice tone="success" title={`Your note “${note.saved.title}” is in the patient's records`}>
            The patient sees it with you as its author. It is encrypted for the patient alone, so it is not
            shown in this chart.
          </Notice>
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
  return (
    <Card title="Add a note">
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
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
            disabled={note.busy}
            className="w-full rounded-lg border border-slate-300 px-3 py-2"
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
            disabled={note.busy}
            className="w-full rounded-lg border border-slate-300 px-3 py-2"
          />
          <p id={ids.count} className="text-sm text-slate-500">
            {text.length.toLocaleString("en-GB")} of {MAX_NOTE_TEXT.toLocaleString("en-GB")} characters. Plain
            text; it is encrypted on this device before it leaves it.
          </p>
        </div>
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
      </form>
    </Card>
  );
}
