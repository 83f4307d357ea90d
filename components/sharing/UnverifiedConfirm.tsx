"use client";

import { UNVERIFIED_WARNING } from "@/lib/sharing/directory";
import { Notice } from "../Notice";

/** The extra confirmation an unverified Directory entry needs before anything is shared with it. */
export function UnverifiedConfirm({
  checked,
  disabled,
  onChange,
}: {
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <Notice tone="warning" title="This entry is not verified">
      <p>{UNVERIFIED_WARNING}</p>
      <label className="mt-2 flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-0.5 h-4 w-4 rounded border-slate-400"
          checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>
          I know this address belongs to the person or clinic I mean, and I want to share with it anyway.
        </span>
      </label>
    </Notice>
  );
}
