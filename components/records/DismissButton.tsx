/** A small "Dismiss" button for a message; `label` says which one, for screen readers. */
export function DismissButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      aria-label={label}
      title="Dismiss"
      onClick={onClick}
      className="rounded px-2 py-0.5 text-sm text-slate-500 hover:bg-slate-100 hover:text-slate-900"
    >
      Dismiss
    </button>
  );
}
