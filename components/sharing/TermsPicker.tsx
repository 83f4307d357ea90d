"use client";

import { CATEGORY_LABEL, type Category, PURPOSE_LABEL, type Purpose } from "@/lib/consent/codes";
import { withCategory, withWriting } from "@/lib/sharing/terms";

/** The purposes a clinician may be given or ask access for; treatment is chosen by default. */
export const CLINICIAN_PURPOSES = [
  "treatment",
  "emergency",
  "research",
] as const satisfies readonly Purpose[];

/** What the picker holds: the kinds of record, the purposes, the chosen expiry's id, writing notes. */
export type TermsValue = {
  categories: Category[];
  purposes: Purpose[];
  expiry: string;
  write: boolean;
  /** Clinical notes came in only with "add notes" (they go out with it). */
  notesForWriting?: boolean;
};

/** What the picker offers, and in which words. */
export type TermsOptions = {
  categories: readonly Category[];
  purposes: readonly Purpose[];
  /** How a purpose is named (the patient's words by default). */
  purposeLabel?: Readonly<Record<Purpose, string>>;
  expiryLegend?: string;
  expiries: readonly { id: string; label: string }[];
  /** The "add notes" checkbox's words, or null to leave it out. */
  writeLabel: string | null;
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const box = "h-4 w-4 rounded border-slate-400";
const toggle = <T,>(list: readonly T[], item: T, on: boolean) =>
  on ? [...list, item] : list.filter((x) => x !== item);

/**
 * "What to share": which records, for what, for how long, and whether notes may be added. One
 * picker for giving access, changing a share, approving a request and asking for access; the
 * form around it holds the value and says what the choice means.
 */
export function TermsPicker({
  name,
  options,
  value,
  onChange,
  disabled = false,
}: {
  /** Unique on the page: names the expiry radio group. */
  name: string;
  options: TermsOptions;
  value: TermsValue;
  onChange: (value: TermsValue) => void;
  disabled?: boolean;
}) {
  const purposeLabel = options.purposeLabel ?? PURPOSE_LABEL;
  return (
    <fieldset disabled={disabled} className="space-y-5">
      <fieldset>
        <legend className="font-medium text-slate-900">Which records</legend>
        <div className="mt-2 grid grid-cols-1 gap-1 sm:grid-cols-2">
          {options.categories.map((category) => (
            <label key={category} className="flex items-center gap-2">
              <input
                type="checkbox"
                className={box}
                checked={value.categories.includes(category)}
                onChange={(event) => onChange(withCategory(value, category, event.target.checked))}
              />
              {capitalised(CATEGORY_LABEL[category])}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="font-medium text-slate-900">For what</legend>
        <div className="mt-2 space-y-1">
          {options.purposes.map((purpose) => (
            <label key={purpose} className="flex items-center gap-2">
              <input
                type="checkbox"
                className={box}
                checked={value.purposes.includes(purpose)}
                onChange={(event) =>
                  onChange({ ...value, purposes: toggle(value.purposes, purpose, event.target.checked) })
                }
              />
              {capitalised(purposeLabel[purpose])}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="font-medium text-slate-900">{options.expiryLegend ?? "For how long"}</legend>
        <div className="mt-2 space-y-1">
          {options.expiries.map((option) => (
            <label key={option.id} className="flex items-center gap-2">
              <input
                type="radio"
                name={`${name}-expiry`}
                className="h-4 w-4"
                checked={value.expiry === option.id}
                onChange={() => onChange({ ...value, expiry: option.id })}
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
      {options.writeLabel && (
        <div>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              className={box}
              checked={value.write}
              aria-describedby={options.categories.includes("notes") ? `${name}-write-hint` : undefined}
              onChange={(event) => onChange(withWriting(value, event.target.checked))}
            />
            {options.writeLabel}
          </label>
          {options.categories.includes("notes") && (
            <p id={`${name}-write-hint`} className="ml-6 text-sm text-slate-600">
              Adding notes includes reading your clinical notes.
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}
