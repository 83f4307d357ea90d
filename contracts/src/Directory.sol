// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IDirectory} from "./interfaces/IDirectory.sol";

/// @title Directory
/// @notice Registry of CareKeys participants (providers and AI models) and of patients'
/// encryption public keys. Verifiers (VERIFIER_ROLE) attest entries; any change to an entry
/// clears its attestation, so a verified entry is always the one that was checked.
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
        _register(Kind.Model, name, encryptionKey, metadataCid);
        _setArtifact(artifactCid, version);
    }

    /// @notice Changes the caller's name, encryption key and metadata.
    /// Requirements: the caller is registered; valid values.
    /// Emits {ParticipantUpdated}, and {VerificationRevoked} if the entry was verified.
    function updateParticipant(string calldata name, bytes32 encryptionKey, string calldata metadataCid) external {
        Participant storage p = _registered(msg.sender);
        _requireEntry(name, encryptionKey, metadataCid);
        p.name = name;
        p.encryptionKey = encryptionKey;
        p.metadataCid = metadataCid;
        p.updatedAt = uint64(block.timestamp);
        emit ParticipantUpdated(msg.sender, name, encryptionKey, metadataCid);
        _clearVerification(p, msg.sender, msg.sender);
    }

    /// @notice Publishes a new artifact for the calling model.
    /// Requirements: the caller is a registered model; valid CID and version.
    /// Emits {ModelArtifactSet}, and {VerificationRevoked} if the entry was verified.
    function setModelArtifact(string calldata artifactCid, string calldata version) external {
        Participant storage p = _registered(msg.sender);
        if (p.kind != Kind.Model) revert NotAModel(msg.sender);
        _setArtifact(artifactCid, version);
        _clearVerification(p, msg.sender, msg.sender);
    }

    /// @notice Attests the participant's current entry.
    /// Requirements: the caller has VERIFIER_ROLE; the participant is registered.
    /// Emits {ParticipantVerified} unless already verified.
    function verify(address participant) external onlyRole(VERIFIER_ROLE) {
        Participant storage p = _registered(participant);
        if (p.verified) return;
        p.verified = true;
        emit ParticipantVerified(participant, msg.sender);
    }

    /// @notice Ends the participant's attestation.
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

    /// @notice Kind and verification in one storage read (used by the consent contract).
    function statusOf(address account) external view returns (Kind kind, bool verified) {
        Participant storage p = _participants[account];
        return (p.kind, p.verified);
    }

    function _register(Kind kind, string calldata name, bytes32 encryptionKey, string calldata metadataCid) private {
        Participant storage p = _participants[msg.sender];
        if (p.kind != Kind.None) revert AlreadyRegistered(msg.sender);
        _requireEntry(name, encryptionKey, metadataCid);
        p.kind = kind;
        p.registeredAt = uint64(block.timestamp);
        p.updatedAt = uint64(block.timestamp);
        p.encryptionKey = encryptionKey;
        p.name = name;
        p.metadataCid = metadataCid;
        emit ParticipantRegistered(msg.sender, kind, name, encryptionKey, metadataCid);
    }

    function _setArtifact(string calldata artifactCid, string calldata version) private {
        _requireCid(artifactCid);
        if (bytes(version).length == 0 || bytes(version).length > MAX_VERSION_LENGTH) {
            revert InvalidVersion(MAX_VERSION_LENGTH);
        }
        Participant storage p = _participants[msg.sender];
        p.artifactCid = artifactCid;
        p.version = version;
        p.updatedAt = uint64(block.timestamp);
        emit ModelArtifactSet(msg.sender, artifactCid, version);
    }

    function _clearVerification(Participant storage p, address participant, address by) private {
        if (!p.verified) return;
        p.verified = false;
        emit VerificationRevoked(participant, by);
    }

    function _registered(address account) private view returns (Participant storage p) {
        p = _participants[account];
        if (p.kind == Kind.None) revert NotRegistered(account);
    }

    function _requireEntry(string calldata name, bytes32 encryptionKey, string calldata metadataCid) private pure {
        if (bytes(name).length == 0 || bytes(name).length > MAX_NAME_LENGTH) revert InvalidName(MAX_NAME_LENGTH);
        _requireKey(encryptionKey);
        _requireCid(metadataCid);
    }

    function _requireKey(bytes32 encryptionKey) private pure {
        if (encryptionKey == bytes32(0)) revert InvalidEncryptionKey();
    }

    function _requireCid(string calldata cid) private pure {
        if (bytes(cid).length == 0 || bytes(cid).length > MAX_CID_LENGTH) revert InvalidCid(MAX_CID_LENGTH);
    }
}
