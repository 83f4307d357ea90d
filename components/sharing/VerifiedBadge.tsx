/** Whether a CareKeys verifier has checked a Directory entry, as a small label beside its name. */
export function VerifiedBadge({ verified }: { verified: boolean }) {
  return verified ? (
    <span className="ml-1 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800">
      Verified
    </span>
  ) : (
    <span className="ml-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
      Not verified
    </span>
  );
}
