"use client";

import type { Address } from "viem";
import { CATEGORY_LABEL } from "@/lib/consent/codes";
import { inCategoryOrder } from "@/lib/sharing/consentView";
import type { DirectoryEntry } from "@/lib/sharing/directory";
import { droppedCategories } from "@/lib/sharing/editShare";
import { listInWords, type Share } from "@/lib/sharing/grants";
import { TermsForm } from "./GrantForm";
import { useEditShare } from "./useEditShare";

/**
 * Change an active share: fewer or more kinds of record, other purposes, a shorter or later end,
 * notes allowed or not. The summary of the new terms is shown before the wallet opens; taking
 * kinds away says that their keys are replaced (a partial stop). One transaction either way.
 */
export function EditShare({
  patient,
  share,
  grantee,
  onClose,
}: {
  patient: Address;
  share: Share;
  grantee: DirectoryEntry;
  onClose: () => void;
}) {
  const editing = useEditShare(patient);
  const id = `edit-${share.grantee}`;
  return (
    <section aria-labelledby={id} className="mt-3 space-y-5 rounded-lg border border-brand-200 bg-white p-4">
      <TermsForm
        headingId={id}
        heading={
          <>
            Change what you share with <bdi>{grantee.name}</bdi>
          </>
        }
        grantee={grantee}
        start={{
          categories: share.categories,
          purposes: share.purposes,
          expiresAt: share.expiresAt,
          write: share.write,
        }}
        change={editing}
        words={{
          action: "Save the change",
          busy: "Saving...",
          failed: "Nothing was changed",
          done: `Your share with ${grantee.name} is changed`,
        }}
        note={(choice) => {
          const dropped = inCategoryOrder(droppedCategories(share.categories, choice));
          if (dropped.length === 0) return null;
          const kinds = listInWords(dropped.map((c) => CATEGORY_LABEL[c]));
          return (
            `They will no longer see your ${kinds}: ${kinds} you add from now on are encrypted with new keys ` +
            "they do not get. What they have already read cannot be recalled. This takes one transaction."
          );
        }}
        onSubmit={(choice) => editing.edit(share.grantee, choice)}
        onClose={onClose}
      />
    </section>
  );
}
