// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IDirectory
/// @notice Who is who in CareKeys: providers (clinicians) and AI models with their display
/// names, X25519 encryption public keys and IPFS metadata, verifier attestations, and the
/// encryption public keys of patients. Holds no personal health data.
///
/// Every entry has an identity revision. A new encryption key or a new model artifact (CID or
/// version) starts a new revision: consent given to the old identity no longer applies. A
/// verified participant's profile (name, metadata) changes only when a verifier attests the
/// change, so a verified entry is always the one that was checked, and editing a profile never
/// suspends anyone's access.
interface IDirectory {
    /// @notice The kind of a registered participant. Patients are not participants: they only
    /// publish an encryption key.
    enum Kind {
        None,
        Provider,
        Model
    }

    /// @notice A provider or model entry.
    /// @param kind Provider or Model (None when not registered).
    /// @param verified Whether a verifier attests the entry as it stands now.
    /// @param identity The identity revision: 1 at registration, +1 for every new encryption key
    /// or model artifact. Grants are bound to the revision they were given to.
    /// @param registeredAt Block timestamp of the registration.
    /// @param updatedAt Block timestamp of the last change to the entry.
    /// @param encryptionKey X25519 public key used to wrap category keys for this participant.
    /// @param name Display name shown to patients.
    /// @param metadataCid CID of the profile (providers) or model card (models) on IPFS.
    /// @param artifactCid Models only: CID of the model artifact (its identity).
    /// @param version Models only: the model version.
    /// @param pendingName A profile change of a verified participant awaiting attestation
    /// (empty when none).
    /// @param pendingMetadataCid The metadata CID of that pending change.
    struct Participant {
        Kind kind;
        bool verified;
        uint32 identity;
        uint64 registeredAt;
        uint64 updatedAt;
        bytes32 encryptionKey;
        string name;
        string metadataCid;
        string artifactCid;
        string version;
        string pendingName;
        string pendingMetadataCid;
    }

    /// @notice The account is already registered as a participant.
    error AlreadyRegistered(address account);
    /// @notice The account is not a registered participant.
    error NotRegistered(address account);
    /// @notice The account is not a registered model.
    error NotAModel(address account);
    /// @notice An X25519 public key of all zeroes was given.
    error InvalidEncryptionKey();
    /// @notice The display name is empty or longer than `maxLength` bytes.
    error InvalidName(uint256 maxLength);
    /// @notice A CID is empty or longer than `maxLength` bytes.
    error InvalidCid(uint256 maxLength);
    /// @notice A model version is empty or longer than `maxLength` bytes.
    error InvalidVersion(uint256 maxLength);
    /// @notice The entry is not the one the verifier reviewed: it changed since (`attestationOf`).
    error EntryChanged(address participant);

    /// @notice A patient published or changed their encryption public key.
    event PatientKeyRegistered(address indexed patient, bytes32 encryptionKey);
    /// @notice A provider or model registered (identity revision 1).
    event ParticipantRegistered(
        address indexed participant, Kind indexed kind, string name, bytes32 encryptionKey, string metadataCid
    );
    /// @notice The participant's name and metadata changed (directly, or when a verifier attested
    /// a pending change).
    event ProfileUpdated(address indexed participant, string name, string metadataCid);
    /// @notice A verified participant proposed a new name and metadata; they apply once a
    /// verifier attests them.
    event ProfileChangeProposed(address indexed participant, string name, string metadataCid);
    /// @notice The participant published a new encryption key: a new identity revision.
    event EncryptionKeyChanged(address indexed participant, bytes32 encryptionKey, uint32 identity);
    /// @notice A model published an artifact (at registration, or a new one: a new identity
    /// revision, and its verification was cleared).
    event ModelArtifactSet(address indexed model, string artifactCid, string version, uint32 identity);
    /// @notice A verifier attested the participant's current entry.
    event ParticipantVerified(address indexed participant, address indexed verifier);
    /// @notice A participant's attestation ended, by a verifier or because its artifact changed.
    event VerificationRevoked(address indexed participant, address indexed by);

    function registerPatientKey(bytes32 encryptionKey) external;

    function registerProvider(string calldata name, bytes32 encryptionKey, string calldata metadataCid) external;

    function registerModel(
        string calldata name,
        bytes32 encryptionKey,
        string calldata metadataCid,
        string calldata artifactCid,
        string calldata version
    ) external;

    function updateProfile(string calldata name, string calldata metadataCid) external;

    function setEncryptionKey(bytes32 encryptionKey) external;

    function setModelArtifact(string calldata artifactCid, string calldata version) external;

    function verify(address participant, uint32 identity, bytes32 entryHash) external;

    function revokeVerification(address participant) external;

    function patientKeyOf(address patient) external view returns (bytes32);

    function participantOf(address account) external view returns (Participant memory);

    function kindOf(address account) external view returns (Kind);

    function isVerified(address account) external view returns (bool);

    function statusOf(address account) external view returns (Kind kind, bool verified, uint32 identity);

    function attestationOf(address account) external view returns (uint32 identity, bytes32 entryHash);
}
