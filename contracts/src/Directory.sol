// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IDirectory} from "./interfaces/IDirectory.sol";

/// @title Directory
/// @notice Registry of CareKeys participants (providers and AI models) and of patients'
/// encryption public keys. Verifiers (VERIFIER_ROLE) attest entries. See {IDirectory} for how
/// identity revisions and pending profile changes keep consent bound to what was checked.
contract Directory is IDirectory, AccessControl {
    /// @notice Role of accounts that may attest and revoke participant entries.
    bytes32 public constant VERIFIER_ROLE = keccak256("VERIFIER_ROLE");

    uint256 public constant MAX_NAME_LENGTH = 96;
    uint256 public constant MAX_CID_LENGTH = 128;
    uint256 public constant MAX_VERSION_LENGTH = 32;

    mapping(address patient => bytes32 key) private _patientKeys;
    mapping(address account => Participant) private _participants;

    /// @param admin Receives DEFAULT_ADMIN_ROLE and VERIFIER_ROLE.
    constructor(address admin) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(VERIFIER_ROLE, admin);
    }

    /// @notice Publishes (or rotates) the caller's encryption public key as a patient.
    /// Requirements: `encryptionKey` is not zero.
    /// Emits {PatientKeyRegistered} unless the key is unchanged.
    function registerPatientKey(bytes32 encryptionKey) external {
        _requireKey(encryptionKey);
        if (_patientKeys[msg.sender] == encryptionKey) return;
        _patientKeys[msg.sender] = encryptionKey;
        emit PatientKeyRegistered(msg.sender, encryptionKey);
    }

    /// @notice Registers the caller as a provider (a clinician or a clinic).
    /// Requirements: the caller is not registered; a valid name, key and metadata CID.
    /// Emits {ParticipantRegistered}.
    function registerProvider(string calldata name, bytes32 encryptionKey, string calldata metadataCid) external {
        _register(Kind.Provider, name, encryptionKey, metadataCid);
    }

    /// @notice Registers the caller as an AI model with its artifact.
    /// Requirements: the caller is not registered; a valid name, key, CIDs and version.
    /// Emits {ParticipantRegistered} and {ModelArtifactSet}.
    function registerModel(
        string calldata name,
        bytes32 encryptionKey,
        string calldata metadataCid,
        string calldata artifactCid,
        string calldata version
    ) external {
        Participant storage p = _register(Kind.Model, name, encryptionKey, metadataCid);
        _setArtifact(p, artifactCid, version);
    }

    /// @notice Changes the caller's display name and metadata. An unverified participant's
    /// change applies at once; a verified participant's change waits for a verifier's
    /// {verify}, so the verified entry stays the one that was checked and no grant is
    /// suspended meanwhile. A new proposal replaces an earlier pending one.
    /// Requirements: the caller is registered; a valid name and metadata CID.
    /// Emits {ProfileUpdated}, or {ProfileChangeProposed} for a verified participant.
    function updateProfile(string calldata name, string calldata metadataCid) external {
        Participant storage p = _registered(msg.sender);
        _requireName(name);
        _requireCid(metadataCid);
        if (p.verified) {
            p.pendingName = name;
            p.pendingMetadataCid = metadataCid;
            emit ProfileChangeProposed(msg.sender, name, metadataCid);
        } else {
            _dropPending(p);
            _applyProfile(p, msg.sender, name, metadataCid);
        }
    }

    /// @notice Publishes a new encryption key for the caller: a new identity revision, so every
    /// grant given to the old key ends (patients must consent again; keyrings wrapped for the
    /// old key are of no use to the new one). Verification is kept.
    /// Requirements: the caller is registered; a non-zero key.
    /// Emits {EncryptionKeyChanged} unless the key is unchanged.
    function setEncryptionKey(bytes32 encryptionKey) external {
        Participant storage p = _registered(msg.sender);
        _requireKey(encryptionKey);
        if (p.encryptionKey == encryptionKey) return;
        p.encryptionKey = encryptionKey;
        uint32 identity = ++p.identity;
        p.updatedAt = uint64(block.timestamp);
        emit EncryptionKeyChanged(msg.sender, encryptionKey, identity);
    }

    /// @notice Publishes a new artifact for the calling model: a new identity revision (grants
    /// to the old artifact end) and a cleared verification (the new artifact must be reviewed).
    /// Requirements: the caller is a registered model; a valid CID and version.
    /// Emits {ModelArtifactSet}, and {VerificationRevoked} if the entry was verified; nothing if
    /// CID and version are unchanged.
    function setModelArtifact(string calldata artifactCid, string calldata version) external {
        Participant storage p = _registered(msg.sender);
        if (p.kind != Kind.Model) revert NotAModel(msg.sender);
        if (
            keccak256(bytes(p.artifactCid)) == keccak256(bytes(artifactCid))
                && keccak256(bytes(p.version)) == keccak256(bytes(version))
        ) return;
        ++p.identity;
        _setArtifact(p, artifactCid, version);
        _clearVerification(p, msg.sender, msg.sender);
    }

    /// @notice Attests the participant's entry as the verifier reviewed it, applying its pending
    /// profile change if there is one. `identity` and `entryHash` are what `attestationOf` gave
    /// the verifier, so an entry that changed meanwhile (a front-run) is not attested.
    /// Requirements: the caller has VERIFIER_ROLE; the participant is registered; the entry is the
    /// one reviewed.
    /// Emits {ProfileUpdated} for a pending change and {ParticipantVerified}; nothing if the
    /// entry is already verified with nothing pending.
    function verify(address participant, uint32 identity, bytes32 entryHash) external onlyRole(VERIFIER_ROLE) {
        Participant storage p = _registered(participant);
        if (identity != p.identity || entryHash != _entryHash(p)) revert EntryChanged(participant);
        bool pending = bytes(p.pendingName).length != 0;
        if (p.verified && !pending) return;
        if (pending) {
            _applyProfile(p, participant, p.pendingName, p.pendingMetadataCid);
            _dropPending(p);
        }
        p.verified = true;
        emit ParticipantVerified(participant, msg.sender);
    }

    /// @notice Ends the participant's attestation; grants that relied on it are suspended until
    /// a verifier attests the entry again. A pending profile change is dropped.
    /// Requirements: the caller has VERIFIER_ROLE; the participant is registered.
    /// Emits {VerificationRevoked} unless not verified.
    function revokeVerification(address participant) external onlyRole(VERIFIER_ROLE) {
        _clearVerification(_registered(participant), participant, msg.sender);
    }

    /// @notice The patient's encryption public key, or zero when none is registered.
    function patientKeyOf(address patient) external view returns (bytes32) {
        return _patientKeys[patient];
    }

    /// @notice The participant entry (kind None when not registered).
    function participantOf(address account) external view returns (Participant memory) {
        return _participants[account];
    }

    /// @notice The participant's kind (None when not registered).
    function kindOf(address account) external view returns (Kind) {
        return _participants[account].kind;
    }

    /// @notice Whether the account is a registered participant with a current attestation.
    function isVerified(address account) external view returns (bool) {
        return _participants[account].verified;
    }

    /// @notice What a verifier reviews and names in {verify}: the identity revision, and a hash of
    /// the entry as it would stand once attested (kind, the pending profile if any, or the
    /// current one, artifact and version).
    function attestationOf(address account) external view returns (uint32 identity, bytes32 entryHash) {
        Participant storage p = _participants[account];
        return (p.identity, _entryHash(p));
    }

    /// @notice Kind, verification and identity revision in one storage read (used by the
    /// consent contract on every grant, read receipt and write).
    function statusOf(address account) external view returns (Kind kind, bool verified, uint32 identity) {
        Participant storage p = _participants[account];
        return (p.kind, p.verified, p.identity);
    }

    function _register(Kind kind, string calldata name, bytes32 encryptionKey, string calldata metadataCid)
        private
        returns (Participant storage p)
    {
        p = _participants[msg.sender];
        if (p.kind != Kind.None) revert AlreadyRegistered(msg.sender);
        _requireName(name);
        _requireKey(encryptionKey);
        _requireCid(metadataCid);
        p.kind = kind;
        p.identity = 1;
        p.registeredAt = uint64(block.timestamp);
        p.updatedAt = uint64(block.timestamp);
        p.encryptionKey = encryptionKey;
        p.name = name;
        p.metadataCid = metadataCid;
        emit ParticipantRegistered(msg.sender, kind, name, encryptionKey, metadataCid);
    }

    function _applyProfile(Participant storage p, address participant, string memory name, string memory metadataCid)
        private
    {
        p.name = name;
        p.metadataCid = metadataCid;
        p.updatedAt = uint64(block.timestamp);
        emit ProfileUpdated(participant, name, metadataCid);
    }

    function _setArtifact(Participant storage p, string calldata artifactCid, string calldata version) private {
        _requireCid(artifactCid);
        if (bytes(version).length == 0 || bytes(version).length > MAX_VERSION_LENGTH) {
            revert InvalidVersion(MAX_VERSION_LENGTH);
        }
        p.artifactCid = artifactCid;
        p.version = version;
        p.updatedAt = uint64(block.timestamp);
        emit ModelArtifactSet(msg.sender, artifactCid, version, p.identity);
    }

    /// Ends the attestation; a profile change waiting for it is dropped with it.
    function _clearVerification(Participant storage p, address participant, address by) private {
        _dropPending(p);
        if (!p.verified) return;
        p.verified = false;
        emit VerificationRevoked(participant, by);
    }

    function _dropPending(Participant storage p) private {
        delete p.pendingName;
        delete p.pendingMetadataCid;
    }

    function _entryHash(Participant storage p) private view returns (bytes32) {
        bool pending = bytes(p.pendingName).length != 0;
        return keccak256(
            abi.encode(
                p.kind,
                pending ? p.pendingName : p.name,
                pending ? p.pendingMetadataCid : p.metadataCid,
                p.artifactCid,
                p.version
            )
        );
    }

    function _registered(address account) private view returns (Participant storage p) {
        p = _participants[account];
        if (p.kind == Kind.None) revert NotRegistered(account);
    }

    function _requireName(string calldata name) private pure {
        if (bytes(name).length == 0 || bytes(name).length > MAX_NAME_LENGTH) revert InvalidName(MAX_NAME_LENGTH);
    }

    function _requireKey(bytes32 encryptionKey) private pure {
        if (encryptionKey == bytes32(0)) revert InvalidEncryptionKey();
    }

    function _requireCid(string calldata cid) private pure {
        if (bytes(cid).length == 0 || bytes(cid).length > MAX_CID_LENGTH) revert InvalidCid(MAX_CID_LENGTH);
    }
}
