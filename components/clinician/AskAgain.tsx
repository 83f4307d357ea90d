import Link from "next/link";
import type { Address } from "viem";
import { askAgainHref } from "@/lib/sharing/chart";

/** "Ask this patient again": the request form on the clinician's home, with this patient's address filled in. */
export function AskAgain({
  patient,
  label = "Ask this patient again",
}: {
  patient: Address;
  label?: string;
}) {
  return (
    <Link className="inline-block font-medium text-brand-700 underline" href={askAgainHref(patient)}>
      {label}
    </Link>
  );
}
