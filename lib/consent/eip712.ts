import type { Address, Hex, LocalAccount } from "viem";
import { type GrantTerms, toChainTerms } from "./consent";

/** EIP-712 domain of a ConsentRegistry deployment: bound to the chain and the contract. */
export const consentDomain = (chainId: number, verifyingContract: Address) =>
  ({ name: "CareKeys Consent", version: "2", chainId, verifyingContract }) as const;

/**
 * What a signed decision names: when it was issued (seconds; it cannot be relayed before the chain
 * reaches that time, and counts only if later than the signed decision in force, so the one issued
 * last wins whatever the order of relaying), and the patient's signature epoch and the grant's
 * nonce as `signatureStateOf` gives them now, so any later transaction of the patient about that
 * grantee, revoke-all or cancellation voids it, whatever time it claims.
 */
export type SignedAt = { issuedAt: number; signatureEpoch: number; nonce: number };

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
    { name: "signatureEpoch", type: "uint32" },
    { name: "nonce", type: "uint16" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

export const REVOKE_TYPES = {
  RevokeAccess: [
    { name: "patient", type: "address" },
    { name: "grantee", type: "address" },
    { name: "issuedAt", type: "uint40" },
    { name: "signatureEpoch", type: "uint32" },
    { name: "nonce", type: "uint16" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

type Signer = Pick<LocalAccount, "address" | "signTypedData">;

/** The patient signs a grant off chain; anyone can relay it with `grantBySig`. */
export function signGrant(
  patient: Signer,
  domain: ReturnType<typeof consentDomain>,
  terms: GrantTerms,
  at: SignedAt,
  deadline: bigint,
): Promise<Hex> {
  return patient.signTypedData({
    domain,
    types: GRANT_TYPES,
    primaryType: "GrantAccess",
    message: { patient: patient.address, ...toChainTerms(terms), ...at, deadline },
  });
}

/** The patient signs a revocation off chain; anyone can relay it with `revokeBySig`. */
export function signRevoke(
  patient: Signer,
  domain: ReturnType<typeof consentDomain>,
  grantee: Address,
  at: SignedAt,
  deadline: bigint,
): Promise<Hex> {
  return patient.signTypedData({
    domain,
    types: REVOKE_TYPES,
    primaryType: "RevokeAccess",
    message: { patient: patient.address, grantee, ...at, deadline },
  });
}
