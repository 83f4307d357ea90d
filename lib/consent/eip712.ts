import type { Address, Hex, LocalAccount } from "viem";
import { type GrantTerms, toChainTerms } from "./consent";

/** EIP-712 domain of a ConsentRegistry deployment: bound to the chain and the contract. */
export const consentDomain = (chainId: number, verifyingContract: Address) =>
  ({ name: "CareKeys Consent", version: "2", chainId, verifyingContract }) as const;

/**
 * A signed decision carries the time it was issued (seconds; take the latest block's timestamp,
 * not the device clock: a time ahead of the chain is refused). It counts only if issued after the
 * decision in force for that grantee and after the patient's latest revoke-all or cancellation,
 * so the decision issued last wins whatever the order of relaying.
 */
export type IssuedAt = number;

export const GRANT_TYPES = {
  GrantAccess: [
    { name: "patient", type: "address" },
    { name: "grantee", type: "address" },
    { name: "categories", type: "uint32" },
    { name: "purposes", type: "uint16" },
    { name: "expiresAt", type: "uint64" },
    { name: "identity", type: "uint32" },
    { name: "write", type: "bool" },
    { name: "oneShot", type: "bool" },
    { name: "allowUnverified", type: "bool" },
    { name: "keyringCid", type: "bytes" },
    { name: "issuedAt", type: "uint40" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

export const REVOKE_TYPES = {
  RevokeAccess: [
    { name: "patient", type: "address" },
    { name: "grantee", type: "address" },
    { name: "issuedAt", type: "uint40" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

type Signer = Pick<LocalAccount, "address" | "signTypedData">;

/** The patient signs a grant off chain; anyone can relay it with `grantBySig`. */
export function signGrant(
  patient: Signer,
  domain: ReturnType<typeof consentDomain>,
  terms: GrantTerms,
  issuedAt: IssuedAt,
  deadline: bigint,
): Promise<Hex> {
  return patient.signTypedData({
    domain,
    types: GRANT_TYPES,
    primaryType: "GrantAccess",
    message: { patient: patient.address, ...toChainTerms(terms), issuedAt, deadline },
  });
}

/** The patient signs a revocation off chain; anyone can relay it with `revokeBySig`. */
export function signRevoke(
  patient: Signer,
  domain: ReturnType<typeof consentDomain>,
  grantee: Address,
  issuedAt: IssuedAt,
  deadline: bigint,
): Promise<Hex> {
  return patient.signTypedData({
    domain,
    types: REVOKE_TYPES,
    primaryType: "RevokeAccess",
    message: { patient: patient.address, grantee, issuedAt, deadline },
  });
}
