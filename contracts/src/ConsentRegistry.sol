// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {Multicall} from "@openzeppelin/contracts/utils/Multicall.sol";
import {IConsentRegistry} from "./interfaces/IConsentRegistry.sol";
import {IDirectory} from "./interfaces/IDirectory.sol";

/// @title ConsentRegistry
/// @notice Records, grants, access requests and read receipts of CareKeys patients.
/// See {IConsentRegistry} for the model. Grants live in one storage slot each and records in
/// one slot each (details in events); revoking all of a patient's grants bumps an epoch (O(1));
/// receipts are events only. {Multicall} lets a patient revoke and re-publish keyrings in one
/// transaction, and a model anchor its result and log its read together.
contract ConsentRegistry is IConsentRegistry, EIP712, Multicall {
    /// @notice How long a grantee's access request waits for the patient's answer.
    uint64 public constant REQUEST_TTL = 30 days;
    uint256 public constant MAX_CID_LENGTH = 128;
    /// @notice The category a model's inference grant lets it write its results to.
    uint8 public constant AI_RESULTS = 9;
    /// @notice The purpose of a model's inference grant.
    uint8 public constant AI_INFERENCE = 1;
    uint8 private constant _CATEGORY_LIMIT = 32;
    uint8 private constant _PURPOSE_LIMIT = 16;

    // A record's slot: a digest of (author, content hash, CID) in the upper 31 bytes, flags in
    // the lowest byte. ANCHORED keeps the slot of an anchored record non-zero.
    uint256 private constant _ANCHORED = 1;
    uint256 private constant _SUPERSEDED = 2;
    uint256 private constant _FLAGS = 0xff;

    bytes32 private constant _GRANT_TYPEHASH = keccak256(
        "GrantAccess(address patient,address grantee,uint32 categories,uint16 purposes,uint64 expiresAt,"
        "uint32 identity,bool write,bool oneShot,bool allowUnverified,bytes keyringCid,uint40 issuedAt,"
        "uint32 signatureEpoch,uint16 nonce,uint256 deadline)"
    );
    bytes32 private constant _REVOKE_TYPEHASH = keccak256(
        "RevokeAccess(address patient,address grantee,uint40 issuedAt,uint32 signatureEpoch,uint16 nonce,"
        "uint256 deadline)"
    );

    // A grant is stored packed in one word, in the order of {Grant}'s fields (bit offsets below),
    // written with one SSTORE and unpacked with {_unpack}.
    uint256 private constant _PURPOSES_SHIFT = 32;
    uint256 private constant _EXPIRES_SHIFT = 48;
    uint256 private constant _WRITE_SHIFT = 112;
    uint256 private constant _ONE_SHOT_SHIFT = 120;
    uint256 private constant _VERIFIED_SHIFT = 128;
    uint256 private constant _EPOCH_SHIFT = 136;
    uint256 private constant _IDENTITY_SHIFT = 168;
    uint256 private constant _SIGNED_AT_SHIFT = 200;
    uint256 private constant _NONCE_SHIFT = 240;
    uint256 private constant _CATEGORIES_MASK = 0xffffffff;
    uint256 private constant _DECISION_MASK = type(uint256).max << _SIGNED_AT_SHIFT; // signedAt and nonce

    /// @notice Per patient (one slot): the revocation epoch, and the signature epoch that
    /// revoke-all and cancelling signatures move on (every signature names the one it was made in).
    struct PatientState {
        uint32 epoch;
        uint32 signatureEpoch;
    }

    /// @notice The Directory the grantees must be registered (and verified) in.
    IDirectory public immutable directory;

    mapping(address patient => mapping(address grantee => uint256 packed)) private _grants;
    mapping(address patient => PatientState) private _patients;
    mapping(address patient => mapping(bytes32 recordId => uint256)) private _records;
    mapping(uint256 requestId => AccessRequest) private _requests;
    /// The requester's latest request to a patient (0: none); it blocks another while pending,
    /// and is the only request of the pair in storage (a lapsed one is cleared by the next).
    mapping(address grantee => mapping(address patient => uint256 requestId)) private _openRequests;
    uint256 private _nextRequestId = 1;

    constructor(IDirectory directory_) EIP712("CareKeys Consent", "2") {
        directory = directory_;
    }

    // ---------------------------------------------------------------- grants

    /// @notice Grants (or changes) the access of `terms.grantee` to the caller's records, bound
    /// to the grantee's identity revision `terms.identity`. A new decision: signatures made before
    /// it for this grantee no longer count.
    /// Requirements: a registered grantee other than the caller, at that identity revision,
    /// verified unless `allowUnverified`; non-empty categories and purposes; an expiry in the
    /// future; a keyring CID.
    /// Emits {AccessGranted}.
    function grant(GrantTerms calldata terms) external {
        _grant(msg.sender, terms, 0);
    }

    /// @notice {grant} on behalf of `patient`, who signed the EIP-712 `GrantAccess` message at
    /// `issuedAt`, naming their signature epoch and the grant's nonce as they stood. It counts only
    /// while neither moved (no revoke, grant, revoke-all or cancellation sent since) and if issued
    /// after the signed decision in force: a signed revocation issued after it wins, whichever is
    /// relayed first.
    /// Requirements: as {grant}; `deadline` not passed; `issuedAt` not in the future; a valid
    /// signature of the patient.
    function grantBySig(
        address patient,
        GrantTerms calldata terms,
        uint40 issuedAt,
        uint256 deadline,
        bytes calldata signature
    ) external {
        _checkSignature(patient, _grantStructHash(patient, terms, issuedAt, deadline), deadline, signature);
        _requireLater(patient, terms.grantee, issuedAt);
        _grant(patient, terms, issuedAt);
    }

    /// @notice Ends the grant of `grantee` at once; no signature made before counts any more.
    /// Emits {AccessRevoked}.
    function revoke(address grantee) external {
        _revoke(msg.sender, grantee, 0);
    }

    /// @notice {revoke} on behalf of `patient`, who signed the EIP-712 `RevokeAccess` message at
    /// `issuedAt` (with the same signature epoch and nonce rule as {grantBySig}): it ends a grant
    /// signed before `issuedAt`, even one relayed first, never a later decision.
    function revokeBySig(
        address patient,
        address grantee,
        uint40 issuedAt,
        uint256 deadline,
        bytes calldata signature
    ) external {
        (uint32 signatureEpoch, uint16 nonce,) = signatureStateOf(patient, grantee);
        bytes32 structHash =
            keccak256(abi.encode(_REVOKE_TYPEHASH, patient, grantee, issuedAt, signatureEpoch, nonce, deadline));
        _checkSignature(patient, structHash, deadline, signature);
        _requireLater(patient, grantee, issuedAt);
        _revoke(patient, grantee, issuedAt);
    }

    /// @notice Ends every grant the caller has given, and every signature made so far, in constant
    /// gas, by starting a new epoch.
    /// Emits {AllAccessRevoked}.
    function revokeAll() external {
        PatientState storage state = _patients[msg.sender];
        uint32 epoch = ++state.epoch;
        ++state.signatureEpoch;
        emit AllAccessRevoked(msg.sender, epoch);
    }

    /// @notice Voids every signed grant or revocation of the caller not yet relayed; grants in
    /// force stay as they are (to end one, revoke it).
    /// Emits {SignaturesCancelled}.
    function cancelSignatures() external {
        uint32 signatureEpoch = ++_patients[msg.sender].signatureEpoch;
        emit SignaturesCancelled(msg.sender, signatureEpoch);
    }

    /// @notice Announces a keyring: the caller's own (`grantee` is the caller: the category keys
    /// the patient seals with, which only the patient can publish), or a grantee's after the
    /// patient rotated category keys.
    /// Requirements: a CID; for a grantee, its grant is active. Emits {KeyringPublished}.
    function publishKeyring(address grantee, bytes calldata keyringCid) external {
        _requireCid(keyringCid);
        if (grantee != msg.sender) {
            (GrantStatus status,) = _status(msg.sender, grantee, _unpack(_grants[msg.sender][grantee]));
            if (status != GrantStatus.Active) revert AccessNotGranted(msg.sender, grantee, 0, 0);
        }
        emit KeyringPublished(msg.sender, grantee, keyringCid);
    }

    // -------------------------------------------------------------- requests

    /// @notice Asks `patient` for access. `reasonCid` points to a note encrypted to the patient
    /// (never a reason in plain text: the chain is public). One open request per (requester,
    /// patient): another waits until the first is approved, denied, withdrawn or expired.
    /// Requirements: the caller is a registered participant with no pending request to this
    /// patient; non-empty categories and purposes; a duration above zero; a reason CID.
    /// Emits {AccessRequested}.
    function requestAccess(
        address patient,
        uint32 categories,
        uint16 purposes,
        uint40 duration,
        bool write,
        bytes calldata reasonCid
    ) external returns (uint256 requestId) {
        if (patient == address(0) || patient == msg.sender) revert InvalidGrantee(msg.sender);
        uint256 previous = _openRequests[msg.sender][patient];
        if (previous != 0) {
            if (block.timestamp < _requests[previous].expiresAt) revert RequestPending(previous);
            // lapsed unanswered: it can never be approved, so its slots go (one request per pair)
            delete _requests[previous];
        }
        (IDirectory.Kind kind,, uint32 identity) = directory.statusOf(msg.sender);
        if (kind == IDirectory.Kind.None) revert GranteeNotRegistered(msg.sender);
        _requireScope(categories, purposes);
        if (duration == 0) revert InvalidDuration(duration);
        _requireCid(reasonCid);
        requestId = _nextRequestId++;
        // forge-lint: disable-next-line(unsafe-typecast) timestamps fit 40 bits until the year 36812
        uint40 expiresAt = uint40(block.timestamp + REQUEST_TTL);
        _requests[requestId] =
            AccessRequest(msg.sender, categories, purposes, duration, write, patient, expiresAt, identity);
        _openRequests[msg.sender][patient] = requestId;
        emit AccessRequested(requestId, patient, msg.sender, categories, purposes, duration, write, expiresAt, reasonCid);
    }

    /// @notice Takes back one of the caller's requests (pending or expired) before an answer.
    /// Requirements: the caller is the request's requester. Emits {AccessRequestWithdrawn}.
    function withdrawRequest(uint256 requestId) external {
        AccessRequest storage r = _requests[requestId];
        address patient = r.patient;
        if (patient == address(0)) revert UnknownRequest(requestId);
        if (r.grantee != msg.sender) revert NotRequester(requestId, msg.sender);
        _closeRequest(requestId, patient, msg.sender);
        emit AccessRequestWithdrawn(requestId, patient, msg.sender);
    }

    /// @notice Approves a request as a grant, possibly narrower than asked (fewer categories or
    /// purposes, an earlier expiry, read-only, one-shot); `terms.grantee` must be the requester,
    /// at the identity revision it asked with.
    /// Requirements: the caller is the request's patient; the request has not expired; the
    /// terms stay within the request (no write unless asked for); the {grant} requirements.
    /// Emits {AccessRequestApproved} and {AccessGranted}.
    function approveRequest(uint256 requestId, GrantTerms calldata terms) external {
        AccessRequest memory r = _pendingRequest(requestId);
        if (
            terms.grantee != r.grantee || terms.categories & ~r.categories != 0 || terms.purposes & ~r.purposes != 0
                || terms.expiresAt > block.timestamp + r.duration || (terms.write && !r.write)
                || terms.identity != r.identity
        ) revert ExceedsRequest(requestId);
        _closeRequest(requestId, msg.sender, r.grantee);
        emit AccessRequestApproved(requestId, msg.sender, r.grantee);
        _grant(msg.sender, terms, 0);
    }

    /// @notice Declines a request. Requirements: the caller is the request's patient.
    /// Emits {AccessRequestDenied}.
    function denyRequest(uint256 requestId) external {
        AccessRequest storage r = _requests[requestId];
        if (r.patient == address(0)) revert UnknownRequest(requestId);
        if (r.patient != msg.sender) revert NotRequestPatient(requestId, msg.sender);
        address grantee = r.grantee;
        _closeRequest(requestId, msg.sender, grantee);
        emit AccessRequestDenied(requestId, msg.sender, grantee);
    }

    // --------------------------------------------------------------- records

    /// @notice Anchors encrypted records of `patient`, one storage slot each: the id (category
    /// in the lowest byte), a content commitment and the CID of the envelope.
    /// Requirements: at least one record; ids new for this patient with a category below 32;
    /// CIDs; non-zero hashes; the caller is the patient, a provider whose write grant covers
    /// every category, or a model with an inference grant writing AI results only.
    /// Emits {RecordsAnchored} once.
    function anchorRecords(address patient, RecordAnchor[] calldata records) external {
        uint256 count = records.length;
        if (count == 0) revert EmptyRecordList();
        mapping(bytes32 => uint256) storage anchors = _records[patient];
        uint32 categories;
        for (uint256 i; i < count; ++i) {
            RecordAnchor calldata r = records[i];
            categories |= _anchor(anchors, patient, r.recordId, r.contentHash, r.cid);
        }
        if (msg.sender != patient && !_canWrite(patient, msg.sender, categories)) {
            revert WriteNotGranted(patient, msg.sender, categories);
        }
        emit RecordsAnchored(patient, msg.sender, records);
    }

    /// @notice Replaces one of the caller's records with a new one of the same category
    /// (a correction, or the same content re-encrypted).
    /// Requirements: the record is the caller's and not superseded yet; the {anchorRecords}
    /// requirements for the replacement.
    /// Emits {RecordsAnchored} and {RecordSuperseded}.
    function supersedeRecord(bytes32 recordId, RecordAnchor calldata replacement) external {
        mapping(bytes32 => uint256) storage anchors = _records[msg.sender];
        uint256 old = anchors[recordId];
        if (old == 0) revert UnknownRecord(msg.sender, recordId);
        if (old & _SUPERSEDED != 0) revert RecordAlreadySuperseded(recordId);
        bytes32 replacementId = replacement.recordId;
        if (uint8(uint256(replacementId)) != uint8(uint256(recordId))) {
            revert CategoryMismatch(recordId, replacementId);
        }
        _anchor(anchors, msg.sender, replacementId, replacement.contentHash, replacement.cid);
        anchors[recordId] = old | _SUPERSEDED;
        RecordAnchor[] memory anchored = new RecordAnchor[](1);
        anchored[0] = replacement;
        emit RecordsAnchored(msg.sender, msg.sender, anchored);
        emit RecordSuperseded(msg.sender, recordId, replacementId);
    }

    // -------------------------------------------------------------- receipts

    /// @notice Logs that the caller read `recordIds` of `patient` for `purpose`. Refused unless
    /// an active grant (not revoked, not expired, same grantee identity, verified if it was
    /// when granted) covers every record's category and the purpose at this moment, and every
    /// id is a record anchored for `patient` (superseded ones included: their old ciphertext
    /// can still be read), so no receipt names a record that does not exist. The first
    /// accepted receipt of a one-shot grant ends it.
    /// Emits {AccessLogged}, and {OneShotGrantUsed} for a one-shot grant.
    function logAccess(address patient, bytes32[] calldata recordIds, uint8 purpose) external {
        uint256 count = recordIds.length;
        if (count == 0) revert EmptyRecordList();
        if (purpose >= _PURPOSE_LIMIT) revert InvalidPurpose(purpose);
        uint32 needed;
        for (uint256 i; i < count; ++i) {
            needed |= uint32(1) << _categoryOf(recordIds[i]);
        }
        uint256 packed = _grants[patient][msg.sender];
        Grant memory g = _unpack(packed);
        (GrantStatus status,) = _status(patient, msg.sender, g);
        if (status == GrantStatus.Suspended) revert GranteeNotVerified(msg.sender);
        if (status == GrantStatus.IdentityChanged) revert GranteeIdentityChanged(msg.sender);
        if (
            status != GrantStatus.Active || g.categories & needed != needed
                || g.purposes & (uint16(1) << purpose) == 0
        ) revert AccessNotGranted(patient, msg.sender, needed, purpose);
        mapping(bytes32 => uint256) storage anchors = _records[patient];
        for (uint256 i; i < count; ++i) {
            if (anchors[recordIds[i]] == 0) revert UnknownRecord(patient, recordIds[i]);
        }
        emit AccessLogged(patient, msg.sender, purpose, recordIds);
        if (g.oneShot) {
            _grants[patient][msg.sender] = packed & ~_CATEGORIES_MASK;
            emit OneShotGrantUsed(patient, msg.sender);
        }
    }

    // ----------------------------------------------------------------- views

    /// @notice Whether `grantee` may read `patient`'s records of `category` for `purpose` now.
    function canAccess(address patient, address grantee, uint8 category, uint8 purpose) external view returns (bool) {
        if (category >= _CATEGORY_LIMIT || purpose >= _PURPOSE_LIMIT) return false;
        Grant memory g = _unpack(_grants[patient][grantee]);
        (GrantStatus status,) = _status(patient, grantee, g);
        return status == GrantStatus.Active && g.categories & (uint32(1) << category) != 0
            && g.purposes & (uint16(1) << purpose) != 0;
    }

    /// @notice Whether `author` may add records of `category` for `patient` now.
    function canWrite(address patient, address author, uint8 category) external view returns (bool) {
        return category < _CATEGORY_LIMIT && (author == patient || _canWrite(patient, author, uint32(1) << category));
    }

    /// @notice The stored grant and where it stands now.
    function grantOf(address patient, address grantee) external view returns (Grant memory g, GrantStatus status) {
        g = _unpack(_grants[patient][grantee]);
        (status,) = _status(patient, grantee, g);
    }

    /// @notice The patient's current revocation epoch.
    function epochOf(address patient) external view returns (uint32) {
        return _patients[patient].epoch;
    }

    /// @notice What a signature about (`patient`, `grantee`) names now (the signature epoch and
    /// the grant's nonce), and the `issuedAt` a new signed decision must be later than.
    function signatureStateOf(address patient, address grantee)
        public
        view
        returns (uint32 signatureEpoch, uint16 nonce, uint40 signedAt)
    {
        uint256 packed = _grants[patient][grantee];
        return (_patients[patient].signatureEpoch, _nonceOf(packed), uint40(packed >> _SIGNED_AT_SHIFT));
    }

    /// @notice A record of `patient`: whether it is anchored, whether it was superseded, and
    /// the digest of its author, content hash and CID (compare with {recordDigest}).
    function recordOf(address patient, bytes32 recordId)
        external
        view
        returns (bool anchored, bool superseded, bytes32 digest)
    {
        uint256 value = _records[patient][recordId];
        return (value != 0, value & _SUPERSEDED != 0, bytes32(value & ~_FLAGS));
    }

    /// @notice The digest {recordOf} returns for a record anchored by `author` with
    /// `contentHash` and `cid`: keccak256(author ‖ contentHash ‖ cid) with the lowest byte zero.
    function recordDigest(address author, bytes32 contentHash, bytes calldata cid) public pure returns (bytes32) {
        return bytes32(uint256(keccak256(abi.encodePacked(author, contentHash, cid))) & ~_FLAGS);
    }

    function requestOf(uint256 requestId) external view returns (AccessRequest memory) {
        return _requests[requestId];
    }

    /// @notice The id of `grantee`'s pending request to `patient` (not answered, withdrawn or
    /// expired), or 0 when it may ask.
    function openRequestOf(address grantee, address patient) public view returns (uint256 requestId) {
        requestId = _openRequests[grantee][patient];
        if (requestId != 0 && block.timestamp >= _requests[requestId].expiresAt) requestId = 0;
    }

    /// @notice A grant as {AccessGranted} carries it (packed as stored: categories in bits 0-31,
    /// purposes 32-47, expiresAt 48-111, write 112, oneShot 120, requireVerified 128, epoch
    /// 136-167, identity 168-199, signedAt 200-239, nonce 240-255).
    function decodeGrant(uint256 packed) external pure returns (Grant memory) {
        return _unpack(packed);
    }

    /// @notice The EIP-712 domain separator for signed grants and revocations.
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // -------------------------------------------------------------- internal

    /// Stores a grant. `signedAt` is the `issuedAt` of a relayed signature, or 0 for the
    /// patient's own transaction, which also moves the nonce on.
    function _grant(address patient, GrantTerms calldata terms, uint40 signedAt) private {
        address grantee = terms.grantee;
        if (grantee == address(0) || grantee == patient) revert InvalidGrantee(grantee);
        (IDirectory.Kind kind, bool verified, uint32 identity) = directory.statusOf(grantee);
        if (kind == IDirectory.Kind.None) revert GranteeNotRegistered(grantee);
        if (identity != terms.identity) revert GranteeIdentityChanged(grantee);
        if (!verified && !terms.allowUnverified) revert GranteeNotVerified(grantee);
        _requireScope(terms.categories, terms.purposes);
        if (terms.expiresAt <= block.timestamp) revert InvalidExpiry(terms.expiresAt);
        _requireCid(terms.keyringCid);

        uint256 packed = uint256(terms.categories) | uint256(terms.purposes) << _PURPOSES_SHIFT
            | uint256(terms.expiresAt) << _EXPIRES_SHIFT | _bit(terms.write) << _WRITE_SHIFT
            | _bit(terms.oneShot) << _ONE_SHOT_SHIFT | _bit(verified) << _VERIFIED_SHIFT
            | uint256(_patients[patient].epoch) << _EPOCH_SHIFT | uint256(identity) << _IDENTITY_SHIFT
            | _decision(_grants[patient][grantee], signedAt);
        _grants[patient][grantee] = packed;
        emit AccessGranted(patient, grantee, packed, terms.keyringCid);
    }

    /// Clears the categories (no grant) and records the decision.
    function _revoke(address patient, address grantee, uint40 signedAt) private {
        uint256 packed = _grants[patient][grantee];
        _grants[patient][grantee] = (packed & ~(_CATEGORIES_MASK | _DECISION_MASK)) | _decision(packed, signedAt);
        emit AccessRevoked(patient, grantee);
    }

    /// The decision bits of a new decision: a signed one keeps the nonce and records its time; a
    /// transaction moves the nonce on (wrapping after 65,536) and clears the time.
    function _decision(uint256 packed, uint40 signedAt) private pure returns (uint256) {
        uint16 nonce = _nonceOf(packed);
        if (signedAt == 0) {
            unchecked {
                ++nonce;
            }
        }
        return uint256(signedAt) << _SIGNED_AT_SHIFT | uint256(nonce) << _NONCE_SHIFT;
    }

    /// A signed decision must be issued after the signed decision in force, and not in the future.
    function _requireLater(address patient, address grantee, uint40 issuedAt) private view {
        (,, uint40 signedAt) = signatureStateOf(patient, grantee);
        if (issuedAt <= signedAt || issuedAt > block.timestamp) {
            revert StaleSignature(patient, grantee, issuedAt);
        }
    }

    function _unpack(uint256 packed) private pure returns (Grant memory g) {
        g.categories = uint32(packed);
        g.purposes = uint16(packed >> _PURPOSES_SHIFT);
        g.expiresAt = uint64(packed >> _EXPIRES_SHIFT);
        g.write = uint8(packed >> _WRITE_SHIFT) != 0;
        g.oneShot = uint8(packed >> _ONE_SHOT_SHIFT) != 0;
        g.requireVerified = uint8(packed >> _VERIFIED_SHIFT) != 0;
        g.epoch = uint32(packed >> _EPOCH_SHIFT);
        g.identity = uint32(packed >> _IDENTITY_SHIFT);
        g.signedAt = uint40(packed >> _SIGNED_AT_SHIFT);
        g.nonce = _nonceOf(packed);
    }

    function _nonceOf(uint256 packed) private pure returns (uint16) {
        return uint16(packed >> _NONCE_SHIFT);
    }

    function _bit(bool value) private pure returns (uint256) {
        return value ? 1 : 0;
    }

    /// Stores one record's slot (no event: the caller emits one for the call); returns its
    /// category as a mask.
    function _anchor(
        mapping(bytes32 => uint256) storage anchors,
        address patient,
        bytes32 recordId,
        bytes32 contentHash,
        bytes calldata cid
    ) private returns (uint32) {
        uint8 category = _categoryOf(recordId);
        _requireCid(cid);
        if (contentHash == bytes32(0)) revert InvalidContentHash();
        if (anchors[recordId] != 0) revert RecordExists(patient, recordId);
        anchors[recordId] = uint256(recordDigest(msg.sender, contentHash, cid)) | _ANCHORED;
        return uint32(1) << category;
    }

    /// A provider writes within an active write grant; a model writes AI results only, with an
    /// active inference grant. The patient's own writes are checked by the callers.
    function _canWrite(address patient, address author, uint32 categories) private view returns (bool) {
        Grant memory g = _unpack(_grants[patient][author]);
        (GrantStatus status, IDirectory.Kind kind) = _status(patient, author, g);
        if (status != GrantStatus.Active) return false;
        if (kind == IDirectory.Kind.Model) {
            return categories == uint32(1) << AI_RESULTS && g.purposes & (uint16(1) << AI_INFERENCE) != 0;
        }
        return g.write && g.categories & categories == categories;
    }

    /// Where a grant stands now. Reads the Directory only for a grant that is otherwise in force.
    function _status(address patient, address grantee, Grant memory g)
        private
        view
        returns (GrantStatus, IDirectory.Kind kind)
    {
        if (g.categories == 0) return (GrantStatus.None, kind);
        if (g.epoch != _patients[patient].epoch) return (GrantStatus.AllRevoked, kind);
        if (block.timestamp >= g.expiresAt) return (GrantStatus.Expired, kind);
        bool verified;
        uint32 identity;
        (kind, verified, identity) = directory.statusOf(grantee);
        if (identity != g.identity) return (GrantStatus.IdentityChanged, kind);
        if (g.requireVerified && !verified) return (GrantStatus.Suspended, kind);
        return (GrantStatus.Active, kind);
    }

    /// The EIP-712 struct hash of a signed grant. Encoded in two parts (the same bytes as one
    /// `abi.encode`: every member is one word).
    function _grantStructHash(address patient, GrantTerms calldata terms, uint40 issuedAt, uint256 deadline)
        private
        view
        returns (bytes32)
    {
        (uint32 signatureEpoch, uint16 nonce,) = signatureStateOf(patient, terms.grantee);
        return keccak256(
            bytes.concat(
                abi.encode(
                    _GRANT_TYPEHASH,
                    patient,
                    terms.grantee,
                    terms.categories,
                    terms.purposes,
                    terms.expiresAt,
                    terms.identity,
                    terms.write,
                    terms.oneShot
                ),
                abi.encode(
                    terms.allowUnverified, keccak256(terms.keyringCid), issuedAt, signatureEpoch, nonce, deadline
                )
            )
        );
    }

    /// Ends a request (approved, denied or withdrawn): its slot and the requester's open mark.
    function _closeRequest(uint256 requestId, address patient, address grantee) private {
        delete _requests[requestId];
        delete _openRequests[grantee][patient];
    }

    function _pendingRequest(uint256 requestId) private view returns (AccessRequest memory r) {
        r = _requests[requestId];
        if (r.patient == address(0)) revert UnknownRequest(requestId);
        if (r.patient != msg.sender) revert NotRequestPatient(requestId, msg.sender);
        if (block.timestamp >= r.expiresAt) revert RequestExpired(requestId, r.expiresAt);
    }

    function _checkSignature(address patient, bytes32 structHash, uint256 deadline, bytes calldata signature)
        private
        view
    {
        if (block.timestamp > deadline) revert ExpiredSignature(deadline);
        if (!SignatureChecker.isValidSignatureNow(patient, _hashTypedDataV4(structHash), signature)) {
            revert InvalidSignature(patient);
        }
    }

    function _categoryOf(bytes32 recordId) private pure returns (uint8 category) {
        category = uint8(uint256(recordId));
        if (category >= _CATEGORY_LIMIT) revert InvalidRecordId(recordId);
    }

    function _requireScope(uint32 categories, uint16 purposes) private pure {
        if (categories == 0) revert EmptyCategories();
        if (purposes == 0) revert EmptyPurposes();
    }

    function _requireCid(bytes calldata cid) private pure {
        if (cid.length == 0 || cid.length > MAX_CID_LENGTH) revert InvalidCid();
    }
}
