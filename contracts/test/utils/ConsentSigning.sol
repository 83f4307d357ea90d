// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ConsentRegistry} from "../../src/ConsentRegistry.sol";
import {IConsentRegistry} from "../../src/interfaces/IConsentRegistry.sol";

/// @notice The EIP-712 digests a patient signs for `grantBySig` and `revokeBySig`, written out
/// from the type strings (independently of the contract's own hashing). They name the state the
/// patient signed on: the signature epoch and the grant's nonce, read from the registry now.
library ConsentSigning {
    bytes32 internal constant GRANT_TYPEHASH = keccak256(
        "GrantAccess(address patient,address grantee,uint32 categories,uint16 purposes,uint64 expiresAt,bool write,"
        "bool oneShot,bool allowUnverified,bytes keyringCid,uint32 signatureEpoch,uint32 nonce,uint256 deadline)"
    );
    bytes32 internal constant REVOKE_TYPEHASH = keccak256(
        "RevokeAccess(address patient,address grantee,uint32 signatureEpoch,uint32 nonce,uint256 deadline)"
    );

    function grantDigest(ConsentRegistry consent, address patient, IConsentRegistry.GrantTerms memory t, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        (uint32 signatureEpoch, uint32 nonce) = consent.signatureNoncesOf(patient, t.grantee);
        bytes memory head = abi.encode(
            GRANT_TYPEHASH, patient, t.grantee, t.categories, t.purposes, t.expiresAt, t.write, t.oneShot
        );
        bytes32 structHash = keccak256(
            bytes.concat(
                head, abi.encode(t.allowUnverified, keccak256(t.keyringCid), signatureEpoch, nonce, deadline)
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", consent.DOMAIN_SEPARATOR(), structHash));
    }

    function revokeDigest(ConsentRegistry consent, address patient, address grantee, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        (uint32 signatureEpoch, uint32 nonce) = consent.signatureNoncesOf(patient, grantee);
        bytes32 structHash = keccak256(abi.encode(REVOKE_TYPEHASH, patient, grantee, signatureEpoch, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", consent.DOMAIN_SEPARATOR(), structHash));
    }
}
