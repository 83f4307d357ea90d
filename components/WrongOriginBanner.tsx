"use client";

import { useEffect, useState } from "react";
import { useAppConfig } from "./AppConfigContext";

/**
 * CareKeys works only at its one address (APP_ORIGIN): keys and sign-in are bound to it. Opened
 * anywhere else (`localhost` for `127.0.0.1`, another port), it says so before anything is signed.
 */
export function WrongOriginBanner() {
  const { appOrigin } = useAppConfig();
  const [here, setHere] = useState<string | null>(null);
  useEffect(() => setHere(window.location.origin), []);
  if (!here || here === appOrigin) return null;
  return (
    <div role="alert" className="border-b border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <p className="mx-auto max-w-4xl">
        You opened CareKeys at {here}, but it works only at{" "}
        <a className="font-semibold underline" href={`${appOrigin}${window.location.pathname}`}>
          {appOrigin}
        </a>
        : your encryption key and your sign-in belong to that address. Open it there; nothing you sign here
        would work.
      </p>
    </div>
  );
}
