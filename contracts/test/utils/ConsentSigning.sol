// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ConsentRegistry} from "../../src/ConsentRegistry.sol";
import {IConsentRegistry} from "../../src/interfaces/IConsentRegistry.sol";

/// @notice The EIP-712 digests a patient signs for `grantBySig` and `revokeBySig`, written out
/// from the type strings (independently of the contract's own hashing).
library ConsentSigning {
    bytes32 internal constant GRANT_TYPEHASH = keccak256(
        "GrantAccess(address patient,address grantee,uint32 categories,uint16 purposes,uint64 expiresAt,"
        "uint32 identity,bool write,bool oneShot,bool allowUnverified,bytes keyringCid,uint40 issuedAt,"
        "uint256 deadline)"
    );
    bytes32 internal constant REVOKE_TYPEHASH =
        keccak256("RevokeAccess(address patient,address grantee,uint40 issuedAt,uint256 deadline)");

    function grantDigest(
        ConsentRegistry consent,
        address patient,
        IConsentRegistry.GrantTerms memory t,
        uint40 issuedAt,
        uint256 deadline
    ) internal view returns (bytes32) {
        bytes memory head = abi.encode(
            GRANT_TYPEHASH, patient, t.grantee, t.categories, t.purposes, t.expiresAt, t.identity, t.write
        );
        bytes32 structHash = keccak256(
            bytes.concat(
                head, abi.encode(t.oneShot, t.allowUnverified, keccak256(t.keyringCid), issuedAt, deadline)
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", consent.DOMAIN_SEPARATOR(), structHash));
    }

    function revokeDigest(ConsentRegistry consent, address patient, address grantee, uint40 issuedAt, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(REVOKE_TYPEHASH, patient, grantee, issuedAt, deadline));
        return keccak256(abi.encodePacked("\x19\x01", consent.DOMAIN_SEPARATOR(), structHash));
    }
}
