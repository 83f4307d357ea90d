import { useSyncExternalStore } from "react";

/** Tailwind's `sm` breakpoint: narrower than this is a phone held upright. */
const WIDE = "(min-width: 640px)";

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(WIDE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

/**
 * Whether the screen is at least 640 px wide (true on the server, where there is no screen): a
 * layout that differs in structure, not only in style, renders one shape, not both hidden by CSS.
 */
export function useWideScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(WIDE).matches,
    () => true,
  );
}
