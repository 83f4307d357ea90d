import { createStore, del, get, keys, set } from "idb-keyval";
import type { Address, Hex } from "viem";
import type { PendingStore, PendingUpload } from "./pending";

/** Pending uploads in the browser's IndexedDB (ciphertext and public facts only). */
export function indexedDbPendingStore(): PendingStore {
  const store = createStore("carekeys-pending-uploads", "uploads");
  return {
    async save(upload, car) {
      await set(`meta:${upload.recordId}`, upload, store);
      if (car) await set(`car:${upload.recordId}`, car, store);
    },
    car: (recordId: Hex) => get<Uint8Array[]>(`car:${recordId}`, store),
    async list(patient: Address) {
      const all = await Promise.all(
        (await keys<string>(store))
          .filter((key) => key.startsWith("meta:"))
          .map((key) => get<PendingUpload>(key, store)),
      );
      return all
        .filter(
          (u): u is PendingUpload => u !== undefined && u.patient.toLowerCase() === patient.toLowerCase(),
        )
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    async remove(recordId: Hex) {
      await del(`meta:${recordId}`, store);
      await del(`car:${recordId}`, store);
    },
  };
}
