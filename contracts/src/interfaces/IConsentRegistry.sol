// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IConsentRegistry
/// @notice A patient's record anchors, the consents they give (who may read which categories
/// of records, for which purposes, until when), access requests, and the receipts of every
/// read. Only addresses, bitmasks, timestamps, hashes and CIDs of ciphertext are on chain.
///
/// Categories are bit positions 0-31 of a `uint32` mask, purposes bit positions 0-15 of a
/// `uint16` mask; their meaning is fixed by the app (docs/contracts.md). A record id carries its
/// category in its lowest byte, so a read receipt is checked without reading record storage.
interface IConsentRegistry {
    /// @notice A grant as stored: one storage slot.
    /// @param categories Bitmask of record categories the grantee may read.
    /// @param purposes Bitmask of purposes the grantee may read them for.
    /// @param expiresAt Timestamp from which the grant no longer applies.
    /// @param write Whether the grantee may add records for the patient.
    /// @param epoch The patient's revocation epoch when granted; a later `revokeAll` ends it.
    struct Grant {
        uint32 categories;
        uint16 purposes;
        uint64 expiresAt;
        bool write;
        uint64 epoch;
    }

    /// @notice What a patient grants (as a call argument and as signed EIP-712 data).
    /// @param keyringCid CID of the grantee's keyring on IPFS (category keys wrapped for it);
    /// kept in the event only.
    /// @param allowUnverified Grant to a registered participant no verifier has attested.
    struct GrantTerms {
        address grantee;
        uint32 categories;
        uint16 purposes;
        uint64 expiresAt;
        bool write;
        bool allowUnverified;
        bytes keyringCid;
    }

    /// @notice An anchored record.
    struct Record {
        address patient;
        uint40 anchoredAt;
        address author;
        bytes32 contentHash;
        bytes32 supersededBy;
        bytes cid;
    }

    /// @notice A pending access request.
    struct AccessRequest {
        address grantee;
        uint32 categories;
        uint16 purposes;
        uint40 duration;
        address patient;
        uint40 expiresAt;
    }

    error InvalidGrantee(address grantee);
    error GranteeNotRegistered(address grantee);
    error GranteeNotVerified(address grantee);
    error EmptyCategories();
    error EmptyPurposes();
    error InvalidExpiry(uint64 expiresAt);
    error InvalidPurpose(uint8 purpose);
    error InvalidRecordId(bytes32 recordId);
    error EmptyRecordList();
    error AccessNotGranted(address patient, address grantee, uint32 categories, uint8 purpose);
    error WriteNotGranted(address patient, address author, uint8 category);
    error RecordExists(bytes32 recordId);
    error UnknownRecord(bytes32 recordId);
    error NotRecordPatient(bytes32 recordId, address caller);
    error RecordAlreadySuperseded(bytes32 recordId);
    error CategoryMismatch(bytes32 recordId, bytes32 replacementId);
    error InvalidCid();
    error InvalidContentHash();
    error InvalidDuration(uint64 duration);
    error UnknownRequest(uint256 requestId);
    error NotRequestPatient(uint256 requestId, address caller);
    error RequestExpired(uint256 requestId, uint64 expiredAt);
    error ExceedsRequest(uint256 requestId);
    error ExpiredSignature(uint256 deadline);
    error InvalidSignature(address patient);

    event AccessGranted(
        address indexed patient,
        address indexed grantee,
        uint32 categories,
        uint16 purposes,
        uint64 expiresAt,
        bool write,
        bytes keyringCid
    );
    event AccessRevoked(address indexed patient, address indexed grantee);
    event AllAccessRevoked(address indexed patient, uint64 epoch);
    event KeyringPublished(address indexed patient, address indexed grantee, bytes keyringCid);
    event AccessRequested(
        uint256 indexed requestId,
        address indexed patient,
        address indexed grantee,
        uint32 categories,
        uint16 purposes,
        uint64 duration,
        uint64 expiresAt,
        bytes reasonCid
    );
    event AccessRequestApproved(uint256 indexed requestId, address indexed patient, address indexed grantee);
    event AccessRequestDenied(uint256 indexed requestId, address indexed patient, address indexed grantee);
    event RecordAnchored(
        address indexed patient,
        bytes32 indexed recordId,
        address indexed author,
        uint8 category,
        bytes cid,
        bytes32 contentHash
    );
    event RecordSuperseded(address indexed patient, bytes32 indexed recordId, bytes32 indexed replacementId);
    event AccessLogged(address indexed patient, address indexed grantee, uint8 indexed purpose, bytes32[] recordIds);
}
