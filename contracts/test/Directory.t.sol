// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Directory} from "../src/Directory.sol";
import {IDirectory} from "../src/interfaces/IDirectory.sol";
import {Test} from "./utils/Test.sol";

contract DirectoryTest is Test {
    Directory internal directory;

    address internal admin = address(0xA11CE);
    address internal patient = address(0xBEEF);
    address internal clinician = address(0xD0C);
    address internal model = address(0xA1);
    address internal stranger = address(0x5757);

    bytes32 internal constant KEY = keccak256("x25519 public key");
    bytes32 internal constant KEY2 = keccak256("another x25519 public key");
    string internal constant PROFILE = "bafkreiprofileprofileprofileprofileprofileprofileprofileprof";
    string internal constant CARD = "bafkreimodelcardmodelcardmodelcardmodelcardmodelcardmodelca";
    string internal constant ARTIFACT = "bafkreiartifactartifactartifactartifactartifactartifactartif";


    function setUp() public {
        directory = new Directory(admin);
    }

    // --- constructor ---

    function test_constructor_grantsAdminAndVerifierRoles() public view {
        assertTrue(directory.hasRole(directory.DEFAULT_ADMIN_ROLE(), admin), "admin role");
        assertTrue(directory.hasRole(directory.VERIFIER_ROLE(), admin), "verifier role");
        assertFalse(directory.hasRole(directory.VERIFIER_ROLE(), stranger), "stranger has no role");
    }

    // --- registerPatientKey ---

    function test_registerPatientKey_storesKeyAndEmits() public {
        vm.expectEmit(true, true, true, true, address(directory));
        emit IDirectory.PatientKeyRegistered(patient, KEY);
        vm.prank(patient);
        directory.registerPatientKey(KEY);
        assertEq(directory.patientKeyOf(patient), KEY, "stored key");
    }

    function test_registerPatientKey_rotatesKey() public {
        vm.prank(patient);
        directory.registerPatientKey(KEY);
        vm.expectEmit(true, true, true, true, address(directory));
        emit IDirectory.PatientKeyRegistered(patient, KEY2);
        vm.prank(patient);
        directory.registerPatientKey(KEY2);
        assertEq(directory.patientKeyOf(patient), KEY2, "rotated key");
    }

    function test_registerPatientKey_sameKeyEmitsNothing() public {
        vm.prank(patient);
        directory.registerPatientKey(KEY);
        vm.recordLogs();
        vm.prank(patient);
        directory.registerPatientKey(KEY);
        assertEq(vm.getRecordedLogs().length, 0, "no event for an unchanged key");
    }

    function test_registerPatientKey_revertsOnZeroKey() public {
        vm.expectRevert(abi.encodeWithSelector(IDirectory.InvalidEncryptionKey.selector));
        vm.prank(patient);
        directory.registerPatientKey(bytes32(0));
    }

    function test_patientKeyOf_zeroWhenUnregistered() public view {
        assertEq(directory.patientKeyOf(stranger), bytes32(0), "no key");
    }

    // --- registerProvider ---

    function test_registerProvider_storesEntryAndEmits() public {
        vm.warp(1_700_000_000);
        vm.expectEmit(true, true, true, true, address(directory));
        emit IDirectory.ParticipantRegistered(clinician, IDirectory.Kind.Provider, "Dr. Maya Rivera", KEY, PROFILE);
        _registerClinician();

        IDirectory.Participant memory p = directory.participantOf(clinician);
        assertEq(uint256(p.kind), uint256(IDirectory.Kind.Provider), "kind");
        assertFalse(p.verified, "not verified yet");
        assertEq(p.registeredAt, 1_700_000_000, "registeredAt");
        assertEq(p.updatedAt, 1_700_000_000, "updatedAt");
        assertEq(p.encryptionKey, KEY, "key");
        assertEq(p.name, "Dr. Maya Rivera", "name");
        assertEq(p.metadataCid, PROFILE, "metadata");
        assertEq(p.artifactCid, "", "no artifact");
        assertEq(p.identity, 1, "identity revision 1");
        assertEq(uint256(directory.kindOf(clinician)), uint256(IDirectory.Kind.Provider), "kindOf");
    }

    function test_registerProvider_revertsWhenAlreadyRegistered() public {
        _registerClinician();
        vm.expectRevert(abi.encodeWithSelector(IDirectory.AlreadyRegistered.selector, clinician));
        _registerClinician();
    }

    function test_registerProvider_revertsOnEmptyName() public {
        vm.expectRevert(abi.encodeWithSelector(IDirectory.InvalidName.selector, 96));
        vm.prank(clinician);
        directory.registerProvider("", KEY, PROFILE);
    }

    function test_registerProvider_revertsOnLongName() public {
        bytes memory name = new bytes(97);
        for (uint256 i; i < name.length; i++) name[i] = "a";
        vm.expectRevert(abi.encodeWithSelector(IDirectory.InvalidName.selector, 96));
        vm.prank(clinician);
        directory.registerProvider(string(name), KEY, PROFILE);
    }

    function test_registerProvider_revertsOnZeroKey() public {
        vm.expectRevert(abi.encodeWithSelector(IDirectory.InvalidEncryptionKey.selector));
        vm.prank(clinician);
        directory.registerProvider("Dr. Maya Rivera", bytes32(0), PROFILE);
    }

    function test_registerProvider_revertsOnEmptyCid() public {
        vm.expectRevert(abi.encodeWithSelector(IDirectory.InvalidCid.selector, 128));
        vm.prank(clinician);
        directory.registerProvider("Dr. Maya Rivera", KEY, "");
    }

    // --- registerModel / setModelArtifact ---

    function test_registerModel_storesArtifactAndEmitsBothEvents() public {
        vm.expectEmit(true, true, true, true, address(directory));
        emit IDirectory.ParticipantRegistered(model, IDirectory.Kind.Model, "ASCVD risk (PCE 2013)", KEY, CARD);
        vm.expectEmit(true, true, true, true, address(directory));
        emit IDirectory.ModelArtifactSet(model, ARTIFACT, "1.0.0", 1);
        _registerModel();

        IDirectory.Participant memory p = directory.participantOf(model);
        assertEq(uint256(p.kind), uint256(IDirectory.Kind.Model), "kind");
        assertEq(p.artifactCid, ARTIFACT, "artifact");
        assertEq(p.version, "1.0.0", "version");
    }

    function test_registerModel_revertsOnEmptyVersion() public {
        vm.expectRevert(abi.encodeWithSelector(IDirectory.InvalidVersion.selector, 32));
        vm.prank(model);
        directory.registerModel("ASCVD risk (PCE 2013)", KEY, CARD, ARTIFACT, "");
    }

    function test_registerModel_revertsOnEmptyArtifact() public {
        vm.expectRevert(abi.encodeWithSelector(IDirectory.InvalidCid.selector, 128));
        vm.prank(model);
        directory.registerModel("ASCVD risk (PCE 2013)", KEY, CARD, "", "1.0.0");
    }

    function test_setModelArtifact_newIdentityAndClearsVerification() public {
        _registerModel();
        _verify(admin, model);

        vm.expectEmit(true, true, true, true, address(directory));
        emit IDirectory.ModelArtifactSet(model, PROFILE, "1.1.0", 2);
        vm.expectEmit(true, true, true, true, address(directory));
        emit IDirectory.VerificationRevoked(model, model);
        vm.prank(model);
        directory.setModelArtifact(PROFILE, "1.1.0");

        IDirectory.Participant memory p = directory.participantOf(model);
        assertEq(p.artifactCid, PROFILE, "new artifact");
        assertEq(p.version, "1.1.0", "new version");
        assertFalse(p.verified, "verification cleared");
        assertEq(p.identity, 2, "a new identity revision");
    }

    function test_setModelArtifact_newVersionAloneIsANewIdentity() public {
        _registerModel();
        vm.prank(model);
        directory.setModelArtifact(ARTIFACT, "1.0.1");
        (,, uint32 identity) = directory.statusOf(model);
        assertEq(identity, 2, "same CID, new version: new identity");
    }

    function test_setModelArtifact_unchangedIsANoOp() public {
        _registerModel();
        _verify(admin, model);
        vm.recordLogs();
        vm.prank(model);
        directory.setModelArtifact(ARTIFACT, "1.0.0");
        assertEq(vm.getRecordedLogs().length, 0, "nothing changed");
        (, bool verified, uint32 identity) = directory.statusOf(model);
        assertTrue(verified, "still verified");
        assertEq(identity, 1, "same identity");
    }

    function test_setModelArtifact_revertsForProvider() public {
        _registerClinician();
        vm.expectRevert(abi.encodeWithSelector(IDirectory.NotAModel.selector, clinician));
        vm.prank(clinician);
        directory.setModelArtifact(ARTIFACT, "1.0.0");
    }

    function test_setModelArtifact_revertsWhenNotRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(IDirectory.NotRegistered.selector, stranger));
        vm.prank(stranger);
        directory.setModelArtifact(ARTIFACT, "1.0.0");
    }

    // --- updateProfile ---

    function test_updateProfile_unverifiedAppliesAtOnce() public {
        _registerClinician();
        vm.warp(1_800_000_000);
        vm.expectEmit(true, true, true, true, address(directory));
        emit IDirectory.ProfileUpdated(clinician, "Dr. M. Rivera", CARD);
        vm.prank(clinician);
        directory.updateProfile("Dr. M. Rivera", CARD);
        IDirectory.Participant memory p = directory.participantOf(clinician);
        assertEq(p.name, "Dr. M. Rivera", "name");
        assertEq(p.metadataCid, CARD, "metadata");
        assertEq(p.updatedAt, 1_800_000_000, "updatedAt");
        assertEq(p.identity, 1, "a profile is not an identity");
    }

    /// Editing a display name must not suspend every patient's grant: the verified entry
    /// stays verified and shows the attested name until a verifier attests the change.
    function test_updateProfile_verifiedWaitsForAttestationAndStaysVerified() public {
        _registerClinician();
        _verify(admin, clinician);

        vm.expectEmit(true, true, true, true, address(directory));
        emit IDirectory.ProfileChangeProposed(clinician, "Mayo Clinic", CARD);
        vm.prank(clinician);
        directory.updateProfile("Mayo Clinic", CARD);

        IDirectory.Participant memory p = directory.participantOf(clinician);
        assertTrue(p.verified, "still verified");
        assertEq(p.name, "Dr. Maya Rivera", "the attested name is shown");
        assertEq(p.pendingName, "Mayo Clinic", "pending");
        assertEq(p.pendingMetadataCid, CARD, "pending metadata");

        vm.expectEmit(true, true, true, true, address(directory));
        emit IDirectory.ProfileUpdated(clinician, "Mayo Clinic", CARD);
        vm.expectEmit(true, true, true, true, address(directory));
        emit IDirectory.ParticipantVerified(clinician, admin);
        _verify(admin, clinician);
        p = directory.participantOf(clinician);
        assertEq(p.name, "Mayo Clinic", "applied once attested");
        assertEq(p.pendingName, "", "nothing pending");
        assertTrue(p.verified, "verified");
    }

    function test_revokeVerification_dropsAPendingProfile() public {
        _registerClinician();
        _verify(admin, clinician);
        vm.prank(clinician);
        directory.updateProfile("Mayo Clinic", CARD);
        vm.prank(admin);
        directory.revokeVerification(clinician);
        IDirectory.Participant memory p = directory.participantOf(clinician);
        assertEq(p.pendingName, "", "dropped");
        assertEq(p.name, "Dr. Maya Rivera", "unchanged");
    }

    function test_updateProfile_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IDirectory.NotRegistered.selector, stranger));
        vm.prank(stranger);
        directory.updateProfile("x", PROFILE);
        _registerClinician();
        vm.expectRevert(abi.encodeWithSelector(IDirectory.InvalidName.selector, 96));
        vm.prank(clinician);
        directory.updateProfile("", PROFILE);
        vm.expectRevert(abi.encodeWithSelector(IDirectory.InvalidCid.selector, 128));
        vm.prank(clinician);
        directory.updateProfile("x", "");
    }

    // --- setEncryptionKey ---

    function test_setEncryptionKey_newIdentityKeepsVerification() public {
        _registerClinician();
        _verify(admin, clinician);
        vm.expectEmit(true, true, true, true, address(directory));
        emit IDirectory.EncryptionKeyChanged(clinician, KEY2, 2);
        vm.prank(clinician);
        directory.setEncryptionKey(KEY2);
        (IDirectory.Kind kind, bool verified, uint32 identity) = directory.statusOf(clinician);
        assertEq(uint256(kind), uint256(IDirectory.Kind.Provider), "kind");
        assertTrue(verified, "verification kept");
        assertEq(identity, 2, "new identity");
        assertEq(directory.participantOf(clinician).encryptionKey, KEY2, "key");
    }

    function test_setEncryptionKey_sameKeyIsANoOp() public {
        _registerClinician();
        vm.recordLogs();
        vm.prank(clinician);
        directory.setEncryptionKey(KEY);
        assertEq(vm.getRecordedLogs().length, 0, "nothing changed");
        (,, uint32 identity) = directory.statusOf(clinician);
        assertEq(identity, 1, "same identity");
    }

    function test_setEncryptionKey_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IDirectory.NotRegistered.selector, stranger));
        vm.prank(stranger);
        directory.setEncryptionKey(KEY);
        _registerClinician();
        vm.expectRevert(abi.encodeWithSelector(IDirectory.InvalidEncryptionKey.selector));
        vm.prank(clinician);
        directory.setEncryptionKey(bytes32(0));
    }

    // --- verify / revokeVerification ---

    function test_verify_attestsAndEmits() public {
        _registerClinician();
        vm.expectEmit(true, true, true, true, address(directory));
        emit IDirectory.ParticipantVerified(clinician, admin);
        _verify(admin, clinician);
        assertTrue(directory.isVerified(clinician), "verified");
    }

    function test_verify_isIdempotent() public {
        _registerClinician();
        _verify(admin, clinician);
        vm.recordLogs();
        _verify(admin, clinician);
        assertEq(vm.getRecordedLogs().length, 0, "no second event");
    }

    function test_verify_revertsForNonVerifier() public {
        _registerClinician();
        (uint32 identity, bytes32 entryHash) = directory.attestationOf(clinician);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, directory.VERIFIER_ROLE()
            )
        );
        vm.prank(stranger);
        directory.verify(clinician, identity, entryHash);
    }

    function test_verify_revertsWhenNotRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(IDirectory.NotRegistered.selector, stranger));
        vm.prank(admin);
        directory.verify(stranger, 0, bytes32(0));
    }

    /// Regression: a participant could front-run the verifier's attestation with a new artifact or
    /// name, and the badge went to what nobody reviewed. The verifier names what it reviewed.
    function test_verify_refusesAnEntryThatChangedAfterReview() public {
        _registerModel();
        (uint32 identity, bytes32 reviewed) = directory.attestationOf(model);
        vm.prank(model);
        directory.setModelArtifact("bafkreiunreviewed", "6.6.6");
        vm.expectRevert(abi.encodeWithSelector(IDirectory.EntryChanged.selector, model));
        vm.prank(admin);
        directory.verify(model, identity, reviewed);

        (identity, reviewed) = directory.attestationOf(model);
        vm.prank(model);
        directory.updateProfile("Mayo Clinic AI", CARD);
        vm.expectRevert(abi.encodeWithSelector(IDirectory.EntryChanged.selector, model));
        vm.prank(admin);
        directory.verify(model, identity, reviewed);

        _verify(admin, model);
        assertEq(directory.participantOf(model).name, "Mayo Clinic AI", "what was reviewed last");
    }

    function test_verify_refusesAReplacedPendingProfile() public {
        _registerClinician();
        _verify(admin, clinician);
        vm.prank(clinician);
        directory.updateProfile("Dr. M. Rivera", CARD);
        (uint32 identity, bytes32 reviewed) = directory.attestationOf(clinician);
        vm.prank(clinician);
        directory.updateProfile("Mayo Clinic", CARD);
        vm.expectRevert(abi.encodeWithSelector(IDirectory.EntryChanged.selector, clinician));
        vm.prank(admin);
        directory.verify(clinician, identity, reviewed);
        assertEq(directory.participantOf(clinician).name, "Dr. Maya Rivera", "the attested name stays");
    }

    /// Regression: a pending profile outlived the artifact change that cleared verification and
    /// was applied by the next attestation instead of the name the entry was showing.
    function test_setModelArtifact_dropsAPendingProfile() public {
        _registerModel();
        _verify(admin, model);
        vm.prank(model);
        directory.updateProfile("Stale Pending Name", CARD);
        vm.prank(model);
        directory.setModelArtifact("bafkreiartifact2", "2");
        vm.prank(model);
        directory.updateProfile("Name Shown", CARD);
        assertEq(directory.participantOf(model).pendingName, "", "nothing pending");
        _verify(admin, model);
        assertEq(directory.participantOf(model).name, "Name Shown", "the shown name is attested");
    }

    function test_revokeVerification_clearsAndEmits() public {
        _registerClinician();
        _verify(admin, clinician);
        vm.expectEmit(true, true, true, true, address(directory));
        emit IDirectory.VerificationRevoked(clinician, admin);
        vm.prank(admin);
        directory.revokeVerification(clinician);
        assertFalse(directory.isVerified(clinician), "revoked");
    }

    function test_revokeVerification_unverifiedEmitsNothing() public {
        _registerClinician();
        vm.recordLogs();
        vm.prank(admin);
        directory.revokeVerification(clinician);
        assertEq(vm.getRecordedLogs().length, 0, "nothing to revoke");
    }

    function test_revokeVerification_revertsForNonVerifier() public {
        _registerClinician();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, clinician, directory.VERIFIER_ROLE()
            )
        );
        vm.prank(clinician);
        directory.revokeVerification(clinician);
    }

    function test_statusOf_returnsKindVerificationAndIdentity() public {
        (IDirectory.Kind kind, bool verified, uint32 identity) = directory.statusOf(clinician);
        assertEq(uint256(kind), uint256(IDirectory.Kind.None), "unknown kind");
        assertFalse(verified, "unknown not verified");
        assertEq(identity, 0, "no identity");
        _registerClinician();
        _verify(admin, clinician);
        (kind, verified, identity) = directory.statusOf(clinician);
        assertEq(uint256(kind), uint256(IDirectory.Kind.Provider), "provider");
        assertTrue(verified, "verified");
        assertEq(identity, 1, "first identity");
    }

    function test_isVerified_falseForUnknown() public view {
        assertFalse(directory.isVerified(stranger), "unknown");
        assertEq(uint256(directory.kindOf(stranger)), uint256(IDirectory.Kind.None), "kind none");
    }

    // --- fuzz ---

    function testFuzz_registerPatientKey_anyNonZeroKey(address who, bytes32 key) public {
        vm.assume(key != bytes32(0));
        vm.prank(who);
        directory.registerPatientKey(key);
        assertEq(directory.patientKeyOf(who), key, "key stored for the caller");
    }

    function testFuzz_registerProvider_nameLengthBounds(uint256 length, bytes32 key) public {
        vm.assume(key != bytes32(0));
        length = bound(length, 0, 200);
        bytes memory name = new bytes(length);
        for (uint256 i; i < length; i++) name[i] = "n";
        if (length == 0 || length > 96) vm.expectRevert(abi.encodeWithSelector(IDirectory.InvalidName.selector, 96));
        vm.prank(clinician);
        directory.registerProvider(string(name), key, PROFILE);
        if (length > 0 && length <= 96) assertEq(directory.participantOf(clinician).name, string(name), "name");
    }

    function testFuzz_onlyVerifiersVerify(address caller) public {
        vm.assume(caller != admin);
        _registerClinician();
        (uint32 identity, bytes32 entryHash) = directory.attestationOf(clinician);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, caller, directory.VERIFIER_ROLE()
            )
        );
        vm.prank(caller);
        directory.verify(clinician, identity, entryHash);
    }

    /// An identity change (key or artifact) always gives a new revision; a profile edit never does.
    function testFuzz_identityMovesOnlyWithKeyOrArtifact(bytes32 key, uint8 action) public {
        vm.assume(key != bytes32(0) && key != KEY);
        _registerModel();
        _verify(admin, model);
        vm.prank(model);
        action %= 3;
        if (action == 0) directory.setModelArtifact(PROFILE, "2.0.0");
        else if (action == 1) directory.setEncryptionKey(key);
        else directory.updateProfile("ASCVD risk", CARD);
        (, bool verified, uint32 identity) = directory.statusOf(model);
        assertEq(identity, action == 2 ? 1 : 2, "identity revision");
        assertEq(verified, action != 0, "only a new artifact clears verification");
    }

    /// A verifier attests the entry as it stands (what `attestationOf` shows it).
    function _verify(address by, address who) internal {
        (uint32 identity, bytes32 entryHash) = directory.attestationOf(who);
        vm.prank(by);
        directory.verify(who, identity, entryHash);
    }

    function _registerClinician() internal {
        vm.prank(clinician);
        directory.registerProvider("Dr. Maya Rivera", KEY, PROFILE);
    }

    function _registerModel() internal {
        vm.prank(model);
        directory.registerModel("ASCVD risk (PCE 2013)", KEY, CARD, ARTIFACT, "1.0.0");
    }
}
