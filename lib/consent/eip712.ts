import type { Address, Hex, LocalAccount } from "viem";
import { type GrantTerms, toChainTerms } from "./consent";

/** EIP-712 domain of a ConsentRegistry deployment: bound to the chain and the contract. */
export const consentDomain = (chainId: number, verifyingContract: Address) =>
  ({ name: "CareKeys Consent", version: "2", chainId, verifyingContract }) as const;

/**
 * The state a signature is made on (`signatureNoncesOf(patient, grantee)`): any later change to
 * that grant (a revocation above all), a revoke-all or `cancelSignatures` voids the signature.
 */
export type SignatureNonces = { signatureEpoch: number; nonce: number };

export const GRANT_TYPES = {
  GrantAccess: [
    { name: "patient", type: "address" },
    { name: "grantee", type: "address" },
    { name: "categories", type: "uint32" },
    { name: "purposes", type: "uint16" },
    { name: "expiresAt", type: "uint64" },
    { name: "write", type: "bool" },
    { name: "oneShot", type: "bool" },
    { name: "allowUnverified", type: "bool" },
    { name: "keyringCid", type: "bytes" },
    { name: "signatureEpoch", type: "uint32" },
    { name: "nonce", type: "uint32" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

export const REVOKE_TYPES = {
  RevokeAccess: [
    { name: "patient", type: "address" },
    { name: "grantee", type: "address" },
    { name: "signatureEpoch", type: "uint32" },
    { name: "nonce", type: "uint32" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

type Signer = Pick<LocalAccount, "address" | "signTypedData">;

/** The patient signs a grant off chain; anyone can relay it with `grantBySig`. */
export function signGrant(
  patient: Signer,
  domain: ReturnType<typeof consentDomain>,
  terms: GrantTerms,
  nonces: SignatureNonces,
  deadline: bigint,
): Promise<Hex> {
  return patient.signTypedData({
    domain,
    types: GRANT_TYPES,
    primaryType: "GrantAccess",
    message: { patient: patient.address, ...toChainTerms(terms), ...nonces, deadline },
  });
}

/** The patient signs a revocation off chain; anyone can relay it with `revokeBySig`. */
export function signRevoke(
  patient: Signer,
  domain: ReturnType<typeof consentDomain>,
  grantee: Address,
  nonces: SignatureNonces,
  deadline: bigint,
): Promise<Hex> {
  return patient.signTypedData({
    domain,
    types: REVOKE_TYPES,
    primaryType: "RevokeAccess",
    message: { patient: patient.address, grantee, ...nonces, deadline },
  });
}
