// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IConsentRegistry
/// @notice A patient's record anchors, the consents they give (who may read which categories
/// of records, for which purposes, until when), access requests, and the receipts of every
/// read. Only addresses, bitmasks, timestamps, hashes and CIDs of ciphertext are on chain.
///
/// Categories are bit positions 0-31 of a `uint32` mask, purposes bit positions 0-15 of a
/// `uint16` mask; their meaning is fixed by the app (docs/contracts.md), except the two the
/// contract itself relies on: AI results (category 9) and AI inference (purpose 1). A record id
/// carries its category in its lowest byte, so a read receipt is checked without reading record
/// storage. Records are keyed by (patient, record id): nobody can take a patient's id.
///
/// A grant is bound to the grantee's Directory identity (encryption key, model artifact) as it
/// was when the patient consented: a new identity ends it. A grant given to a verified grantee
/// is suspended while the grantee's verification has lapsed.
interface IConsentRegistry {
    /// @notice A grant as stored: one storage slot (packed; see `decodeGrant`).
    /// @param categories Bitmask of record categories the grantee may read (0: no grant).
    /// @param purposes Bitmask of purposes the grantee may read them for.
    /// @param expiresAt Timestamp from which the grant no longer applies.
    /// @param write Whether a provider may add records of these categories for the patient
    /// (a model's inference grant always lets it add AI results, and nothing else).
    /// @param oneShot The first accepted read receipt ends the grant.
    /// @param requireVerified The grantee was verified when granted: a lapse suspends the grant.
    /// @param epoch The patient's revocation epoch when granted; a later `revokeAll` ends it.
    /// @param identity The grantee's Directory identity revision the patient consented to.
    /// @param signedAt The `issuedAt` of the signed decision now in force for this grantee (a
    /// relayed grant or revocation), or 0 when it was the patient's own transaction. A signed
    /// decision counts only if issued after it.
    /// @param nonce Moves on with every decision the patient sends as a transaction about this
    /// grantee (grant, revoke); a signed decision names the nonce it was signed at, so no
    /// signature outlives a later transaction, whatever time it claims.
    struct Grant {
        uint32 categories;
        uint16 purposes;
        uint64 expiresAt;
        bool write;
        bool oneShot;
        bool requireVerified;
        uint32 epoch;
        uint32 identity;
        uint40 signedAt;
        uint16 nonce;
    }

    /// @notice Where a stored grant stands now.
    enum GrantStatus {
        None, // never granted, revoked, or a one-shot grant used
        Active,
        Expired,
        AllRevoked, // given before the patient's latest revoke-all
        IdentityChanged, // the grantee has a new encryption key or model artifact: consent again
        Suspended // the grantee's verification lapsed; resumes when a verifier attests again
    }

    /// @notice What a patient grants (as a call argument and as signed EIP-712 data).
    /// @param identity The grantee's Directory identity revision the patient saw and consents to
    /// (`IDirectory.statusOf`): a grant for an identity that has changed since is refused.
    /// @param oneShot The grant ends with the first accepted read receipt ("run this model once").
    /// @param allowUnverified Grant to a registered participant no verifier has attested.
    /// @param keyringCid CID of the grantee's keyring on IPFS (category keys wrapped for it);
    /// kept in the event only.
    struct GrantTerms {
        address grantee;
        uint32 categories;
        uint16 purposes;
        uint64 expiresAt;
        uint32 identity;
        bool write;
        bool oneShot;
        bool allowUnverified;
        bytes keyringCid;
    }

    /// @notice One record to anchor: its id (category in the lowest byte), the content
    /// commitment and the CID of its envelope.
    struct RecordAnchor {
        bytes32 recordId;
        bytes32 contentHash;
        bytes cid;
    }

    /// @notice A pending access request.
    struct AccessRequest {
        address grantee;
        uint32 categories;
        uint16 purposes;
        uint40 duration;
        bool write;
        address patient;
        uint40 expiresAt;
        uint32 identity;
    }

    error InvalidGrantee(address grantee);
    error GranteeNotRegistered(address grantee);
    error GranteeNotVerified(address grantee);
    error GranteeIdentityChanged(address grantee);
    error EmptyCategories();
    error EmptyPurposes();
    error InvalidExpiry(uint64 expiresAt);
    error InvalidPurpose(uint8 purpose);
    error InvalidRecordId(bytes32 recordId);
    error EmptyRecordList();
    error AccessNotGranted(address patient, address grantee, uint32 categories, uint8 purpose);
    error WriteNotGranted(address patient, address author, uint32 categories);
    error RecordExists(address patient, bytes32 recordId);
    error UnknownRecord(address patient, bytes32 recordId);
    error RecordAlreadySuperseded(bytes32 recordId);
    error CategoryMismatch(bytes32 recordId, bytes32 replacementId);
    error InvalidCid();
    error InvalidContentHash();
    error InvalidDuration(uint64 duration);
    error UnknownRequest(uint256 requestId);
    error NotRequestPatient(uint256 requestId, address caller);
    error RequestExpired(uint256 requestId, uint64 expiredAt);
    error ExceedsRequest(uint256 requestId);
    /// @notice The caller already has a request to this patient that is not answered, withdrawn
    /// or expired: one open request per (requester, patient), so one stranger cannot flood a
    /// patient's list.
    error RequestPending(uint256 openRequestId);
    error NotRequester(uint256 requestId, address caller);
    error ExpiredSignature(uint256 deadline);
    error InvalidSignature(address patient);
    /// @notice A signed decision issued no later than the signed decision already in force, or
    /// issued in the future.
    error StaleSignature(address patient, address grantee, uint40 issuedAt);

    /// @notice A grant was given or changed. `grant` is the {Grant} exactly as stored, packed in
    /// one word (`decodeGrant` unpacks it): one word instead of eight keeps a grant within its gas
    /// budget, and an indexer sees the epoch, identity revision, signature time and nonce too.
    event AccessGranted(address indexed patient, address indexed grantee, uint256 grant, bytes keyringCid);
    /// @notice The grant ended (if there was one) and every outstanding signature for it is void.
    event AccessRevoked(address indexed patient, address indexed grantee);
    event AllAccessRevoked(address indexed patient, uint32 epoch);
    /// @notice Every signed grant or revocation made so far and not relayed yet is void.
    event SignaturesCancelled(address indexed patient, uint32 signatureEpoch);
    /// @notice A one-shot grant was used by its first accepted read receipt and has ended.
    event OneShotGrantUsed(address indexed patient, address indexed grantee);
    /// @notice A keyring for `grantee`; `grantee == patient` is the patient's own keyring, which
    /// only the patient can publish.
    event KeyringPublished(address indexed patient, address indexed grantee, bytes keyringCid);
    event AccessRequested(
        uint256 indexed requestId,
        address indexed patient,
        address indexed grantee,
        uint32 categories,
        uint16 purposes,
        uint64 duration,
        bool write,
        uint64 expiresAt,
        bytes reasonCid
    );
    event AccessRequestApproved(uint256 indexed requestId, address indexed patient, address indexed grantee);
    event AccessRequestDenied(uint256 indexed requestId, address indexed patient, address indexed grantee);
    /// @notice The requester took its request back before the patient answered.
    event AccessRequestWithdrawn(uint256 indexed requestId, address indexed patient, address indexed grantee);
    /// @notice Records anchored by one call (an import, a note, a model's result), in the order
    /// given: one event per call keeps anchoring near the cost of the storage it needs.
    event RecordsAnchored(address indexed patient, address indexed author, RecordAnchor[] records);
    event RecordSuperseded(address indexed patient, bytes32 indexed recordId, bytes32 indexed replacementId);
    event AccessLogged(address indexed patient, address indexed grantee, uint8 indexed purpose, bytes32[] recordIds);
}
