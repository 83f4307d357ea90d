// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {Multicall} from "@openzeppelin/contracts/utils/Multicall.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {IConsentRegistry} from "./interfaces/IConsentRegistry.sol";
import {IDirectory} from "./interfaces/IDirectory.sol";

/// @title ConsentRegistry
/// @notice Records, grants, access requests and read receipts of CareKeys patients.
/// See {IConsentRegistry} for the model. Grants live in one storage slot each; revoking all of
/// a patient's grants bumps an epoch (O(1)); receipts are events only. {Multicall} lets a
/// patient anchor the records of one import in a single transaction.
contract ConsentRegistry is IConsentRegistry, EIP712, Nonces, Multicall {
    /// @notice How long a grantee's access request waits for the patient's answer.
    uint64 public constant REQUEST_TTL = 30 days;
    uint256 public constant MAX_CID_LENGTH = 128;
    uint8 private constant _CATEGORY_LIMIT = 32;
    uint8 private constant _PURPOSE_LIMIT = 16;

    bytes32 private constant _GRANT_TYPEHASH = keccak256(
        "GrantAccess(address patient,address grantee,uint32 categories,uint16 purposes,uint64 expiresAt,bool write,"
        "bool allowUnverified,bytes keyringCid,uint256 nonce,uint256 deadline)"
    );
    bytes32 private constant _REVOKE_TYPEHASH =
        keccak256("RevokeAccess(address patient,address grantee,uint256 nonce,uint256 deadline)");

    /// @notice The Directory the grantees must be registered (and verified) in.
    IDirectory public immutable directory;

    mapping(address patient => mapping(address grantee => Grant)) private _grants;
    mapping(address patient => uint64) private _epochs;
    mapping(bytes32 recordId => Record) private _records;
    mapping(uint256 requestId => AccessRequest) private _requests;
    uint256 private _nextRequestId = 1;

    constructor(IDirectory directory_) EIP712("CareKeys Consent", "1") {
        directory = directory_;
    }

    // ---------------------------------------------------------------- grants

    /// @notice Grants (or changes) the access of `terms.grantee` to the caller's records.
    /// Requirements: a registered grantee other than the caller, verified unless
    /// `allowUnverified`; non-empty categories and purposes; an expiry in the future.
    /// Emits {AccessGranted} unless the same grant is already in force.
    function grant(GrantTerms calldata terms) external {
        _grant(msg.sender, terms);
    }

    /// @notice {grant} on behalf of `patient`, who signed the EIP-712 `GrantAccess` message.
    /// Requirements: as {grant}; `deadline` not passed; a valid signature of the patient over
    /// their current nonce (which is used up).
    function grantBySig(address patient, GrantTerms calldata terms, uint256 deadline, bytes calldata signature)
        external
    {
        bytes32 structHash = keccak256(
            abi.encode(
                _GRANT_TYPEHASH,
                patient,
                terms.grantee,
                terms.categories,
                terms.purposes,
                terms.expiresAt,
                terms.write,
                terms.allowUnverified,
                keccak256(terms.keyringCid),
                _useNonce(patient),
                deadline
            )
        );
        _checkSignature(patient, structHash, deadline, signature);
        _grant(patient, terms);
    }

    /// @notice Ends the grant of `grantee` at once.
    /// Emits {AccessRevoked} unless there was no grant.
    function revoke(address grantee) external {
        _revoke(msg.sender, grantee);
    }

    /// @notice {revoke} on behalf of `patient`, who signed the EIP-712 `RevokeAccess` message.
    function revokeBySig(address patient, address grantee, uint256 deadline, bytes calldata signature) external {
        bytes32 structHash = keccak256(abi.encode(_REVOKE_TYPEHASH, patient, grantee, _useNonce(patient), deadline));
        _checkSignature(patient, structHash, deadline, signature);
        _revoke(patient, grantee);
    }

    /// @notice Ends every grant the caller has given, in constant gas, by starting a new epoch.
    /// Emits {AllAccessRevoked}.
    function revokeAll() external {
        uint64 epoch = ++_epochs[msg.sender];
        emit AllAccessRevoked(msg.sender, epoch);
    }

    /// @notice Announces a new keyring for a grantee (after the patient rotated category keys).
    /// Requirements: the grant is in force. Emits {KeyringPublished}.
    function publishKeyring(address grantee, bytes calldata keyringCid) external {
        Grant memory g = _grants[msg.sender][grantee];
        if (!_inForce(g, _epochs[msg.sender])) revert AccessNotGranted(msg.sender, grantee, 0, 0);
        _requireCid(keyringCid);
        emit KeyringPublished(msg.sender, grantee, keyringCid);
    }

    // -------------------------------------------------------------- requests

    /// @notice Asks `patient` for access. `reasonCid` points to a note encrypted to the patient
    /// (never a reason in plain text: the chain is public).
    /// Requirements: the caller is a registered participant; non-empty categories and purposes;
    /// a duration above zero.
    /// Emits {AccessRequested}.
    function requestAccess(
        address patient,
        uint32 categories,
        uint16 purposes,
        uint40 duration,
        bytes calldata reasonCid
    ) external returns (uint256 requestId) {
        if (patient == address(0) || patient == msg.sender) revert InvalidGrantee(msg.sender);
        (IDirectory.Kind kind,) = directory.statusOf(msg.sender);
        if (kind == IDirectory.Kind.None) revert GranteeNotRegistered(msg.sender);
        _requireScope(categories, purposes);
        if (duration == 0) revert InvalidDuration(duration);
        requestId = _nextRequestId++;
        // forge-lint: disable-next-line(unsafe-typecast) timestamps fit 40 bits until the year 36812
        uint40 expiresAt = uint40(block.timestamp + REQUEST_TTL);
        _requests[requestId] = AccessRequest(msg.sender, categories, purposes, duration, patient, expiresAt);
        emit AccessRequested(requestId, patient, msg.sender, categories, purposes, duration, expiresAt, reasonCid);
    }

    /// @notice Approves a request as a grant, possibly narrower than asked (fewer categories or
    /// purposes, an earlier expiry); `terms.grantee` must be the requester.
    /// Requirements: the caller is the request's patient; the request has not expired; the
    /// terms stay within the request; the {grant} requirements.
    /// Emits {AccessRequestApproved} and {AccessGranted}.
    function approveRequest(uint256 requestId, GrantTerms calldata terms) external {
        AccessRequest memory r = _pendingRequest(requestId);
        if (
            terms.grantee != r.grantee || terms.categories & ~r.categories != 0 || terms.purposes & ~r.purposes != 0
                || terms.expiresAt > block.timestamp + r.duration
        ) revert ExceedsRequest(requestId);
        delete _requests[requestId];
        emit AccessRequestApproved(requestId, msg.sender, r.grantee);
        _grant(msg.sender, terms);
    }

    /// @notice Declines a request. Requirements: the caller is the request's patient.
    /// Emits {AccessRequestDenied}.
    function denyRequest(uint256 requestId) external {
        AccessRequest storage r = _requests[requestId];
        if (r.patient == address(0)) revert UnknownRequest(requestId);
        if (r.patient != msg.sender) revert NotRequestPatient(requestId, msg.sender);
        address grantee = r.grantee;
        delete _requests[requestId];
        emit AccessRequestDenied(requestId, msg.sender, grantee);
    }

    // --------------------------------------------------------------- records

    /// @notice Anchors an encrypted record of `patient`: its id (category in the lowest byte),
    /// the CID of its envelope and a content commitment.
    /// Requirements: a new id with a category below 32; a CID; a non-zero hash; the caller is
    /// the patient or holds a write grant covering the category.
    /// Emits {RecordAnchored}.
    function anchorRecord(address patient, bytes32 recordId, bytes calldata cid, bytes32 contentHash) external {
        uint8 category = _categoryOf(recordId);
        if (msg.sender != patient && !_canWrite(patient, msg.sender, category)) {
            revert WriteNotGranted(patient, msg.sender, category);
        }
        _anchor(patient, recordId, category, cid, contentHash);
    }

    /// @notice Replaces one of the caller's records with a new one of the same category
    /// (a correction, or the same content re-encrypted).
    /// Requirements: the caller is the record's patient; the record is not superseded yet; the
    /// {anchorRecord} requirements for the replacement.
    /// Emits {RecordAnchored} and {RecordSuperseded}.
    function supersedeRecord(bytes32 recordId, bytes32 replacementId, bytes calldata cid, bytes32 contentHash)
        external
    {
        Record storage old = _records[recordId];
        if (old.patient == address(0)) revert UnknownRecord(recordId);
        if (old.patient != msg.sender) revert NotRecordPatient(recordId, msg.sender);
        if (old.supersededBy != bytes32(0)) revert RecordAlreadySuperseded(recordId);
        uint8 category = _categoryOf(replacementId);
        if (category != uint8(uint256(recordId))) revert CategoryMismatch(recordId, replacementId);
        _anchor(msg.sender, replacementId, category, cid, contentHash);
        old.supersededBy = replacementId;
        emit RecordSuperseded(msg.sender, recordId, replacementId);
    }

    // -------------------------------------------------------------- receipts

    /// @notice Logs that the caller read `recordIds` of `patient` for `purpose`. Refused unless
    /// a grant in force covers every record's category and the purpose at this moment.
    /// Emits {AccessLogged}.
    function logAccess(address patient, bytes32[] calldata recordIds, uint8 purpose) external {
        uint256 count = recordIds.length;
        if (count == 0) revert EmptyRecordList();
        if (purpose >= _PURPOSE_LIMIT) revert InvalidPurpose(purpose);
        uint32 needed;
        for (uint256 i; i < count; ++i) {
            needed |= uint32(1) << _categoryOf(recordIds[i]);
        }
        Grant memory g = _grants[patient][msg.sender];
        if (
            !_inForce(g, _epochs[patient]) || g.categories & needed != needed
                || g.purposes & (uint16(1) << purpose) == 0
        ) revert AccessNotGranted(patient, msg.sender, needed, purpose);
        emit AccessLogged(patient, msg.sender, purpose, recordIds);
    }

    // ----------------------------------------------------------------- views

    /// @notice Whether `grantee` may read `patient`'s records of `category` for `purpose` now.
    function canAccess(address patient, address grantee, uint8 category, uint8 purpose) external view returns (bool) {
        if (category >= _CATEGORY_LIMIT || purpose >= _PURPOSE_LIMIT) return false;
        Grant memory g = _grants[patient][grantee];
        return _inForce(g, _epochs[patient]) && g.categories & (uint32(1) << category) != 0
            && g.purposes & (uint16(1) << purpose) != 0;
    }

    /// @notice Whether `author` may add records of `category` for `patient` now.
    function canWrite(address patient, address author, uint8 category) external view returns (bool) {
        return category < _CATEGORY_LIMIT && _canWrite(patient, author, category);
    }

    /// @notice The stored grant and whether it is in force (not revoked, not expired).
    function grantOf(address patient, address grantee) external view returns (Grant memory g, bool inForce) {
        g = _grants[patient][grantee];
        inForce = _inForce(g, _epochs[patient]);
    }

    /// @notice The patient's current revocation epoch.
    function epochOf(address patient) external view returns (uint64) {
        return _epochs[patient];
    }

    function recordOf(bytes32 recordId) external view returns (Record memory) {
        return _records[recordId];
    }

    function requestOf(uint256 requestId) external view returns (AccessRequest memory) {
        return _requests[requestId];
    }

    /// @notice The EIP-712 domain separator for signed grants and revocations.
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // -------------------------------------------------------------- internal

    function _grant(address patient, GrantTerms calldata terms) private {
        address grantee = terms.grantee;
        if (grantee == address(0) || grantee == patient) revert InvalidGrantee(grantee);
        (IDirectory.Kind kind, bool verified) = directory.statusOf(grantee);
        if (kind == IDirectory.Kind.None) revert GranteeNotRegistered(grantee);
        if (!verified && !terms.allowUnverified) revert GranteeNotVerified(grantee);
        _requireScope(terms.categories, terms.purposes);
        if (terms.expiresAt <= block.timestamp) revert InvalidExpiry(terms.expiresAt);
        _requireCid(terms.keyringCid);

        Grant memory next = Grant(terms.categories, terms.purposes, terms.expiresAt, terms.write, _epochs[patient]);
        Grant storage slot = _grants[patient][grantee];
        if (
            slot.categories == next.categories && slot.purposes == next.purposes && slot.expiresAt == next.expiresAt
                && slot.write == next.write && slot.epoch == next.epoch
        ) return;
        _grants[patient][grantee] = next;
        emit AccessGranted(
            patient, grantee, terms.categories, terms.purposes, terms.expiresAt, terms.write, terms.keyringCid
        );
    }

    function _revoke(address patient, address grantee) private {
        if (_grants[patient][grantee].categories == 0) return;
        delete _grants[patient][grantee];
        emit AccessRevoked(patient, grantee);
    }

    function _anchor(address patient, bytes32 recordId, uint8 category, bytes calldata cid, bytes32 contentHash)
        private
    {
        if (patient == address(0)) revert InvalidGrantee(patient);
        _requireCid(cid);
        if (contentHash == bytes32(0)) revert InvalidContentHash();
        Record storage r = _records[recordId];
        if (r.patient != address(0)) revert RecordExists(recordId);
        r.patient = patient;
        // forge-lint: disable-next-line(unsafe-typecast) timestamps fit 40 bits until the year 36812
        r.anchoredAt = uint40(block.timestamp);
        r.author = msg.sender;
        r.contentHash = contentHash;
        r.cid = cid;
        emit RecordAnchored(patient, recordId, msg.sender, category, cid, contentHash);
    }

    function _canWrite(address patient, address author, uint8 category) private view returns (bool) {
        Grant memory g = _grants[patient][author];
        return g.write && _inForce(g, _epochs[patient]) && g.categories & (uint32(1) << category) != 0;
    }

    function _inForce(Grant memory g, uint64 epoch) private view returns (bool) {
        return g.categories != 0 && g.epoch == epoch && block.timestamp < g.expiresAt;
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
