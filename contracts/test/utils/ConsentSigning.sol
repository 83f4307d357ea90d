// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ConsentRegistry} from "../../src/ConsentRegistry.sol";
import {IConsentRegistry} from "../../src/interfaces/IConsentRegistry.sol";

/// @notice The EIP-712 digests a patient signs for `grantBySig` and `revokeBySig`, written out
/// from the type strings (independently of the contract's own hashing). A signature names the
/// patient's signature epoch and the grant's nonce as they stand when it is made.
library ConsentSigning {
    bytes32 internal constant GRANT_TYPEHASH = keccak256(
        "GrantAccess(address patient,address grantee,uint32 categories,uint16 purposes,uint64 expiresAt,"
        "uint32 identity,bool write,bool oneShot,bool allowUnverified,bytes keyringCid,uint40 issuedAt,"
        "uint32 signatureEpoch,uint16 nonce,uint256 deadline)"
    );
    bytes32 internal constant REVOKE_TYPEHASH = keccak256(
        "RevokeAccess(address patient,address grantee,uint40 issuedAt,uint32 signatureEpoch,uint16 nonce,"
        "uint256 deadline)"
    );

    function grantDigest(
        ConsentRegistry consent,
        address patient,
        IConsentRegistry.GrantTerms memory t,
        uint40 issuedAt,
        uint256 deadline
    ) internal view returns (bytes32) {
        (uint32 signatureEpoch, uint16 nonce,) = consent.signatureStateOf(patient, t.grantee);
        bytes memory head = abi.encode(
            GRANT_TYPEHASH, patient, t.grantee, t.categories, t.purposes, t.expiresAt, t.identity, t.write
        );
        bytes memory tail = abi.encode(
            t.oneShot, t.allowUnverified, keccak256(t.keyringCid), issuedAt, signatureEpoch, nonce, deadline
        );
        return keccak256(abi.encodePacked("\x19\x01", consent.DOMAIN_SEPARATOR(), keccak256(bytes.concat(head, tail))));
    }

    function revokeDigest(ConsentRegistry consent, address patient, address grantee, uint40 issuedAt, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        (uint32 signatureEpoch, uint16 nonce,) = consent.signatureStateOf(patient, grantee);
        bytes32 structHash =
            keccak256(abi.encode(REVOKE_TYPEHASH, patient, grantee, issuedAt, signatureEpoch, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", consent.DOMAIN_SEPARATOR(), structHash));
    }
}
