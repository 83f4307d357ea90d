// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IConsentRegistry} from "../src/interfaces/IConsentRegistry.sol";
import {ConsentBase} from "./ConsentBase.sol";

/// @notice Record anchors, write grants, supersession, and read receipts.
contract ConsentRecordsTest is ConsentBase {
    bytes32 internal labId;
    bytes32 internal vitalsId;

    function setUp() public override {
        super.setUp();
        labId = _recordId(1, LABS);
        vitalsId = _recordId(2, VITALS);
    }

    function _writeGrant(address grantee, uint32 categories) internal {
        IConsentRegistry.GrantTerms memory t = _terms(grantee, categories, 1, START + 1 days);
        t.write = true;
        vm.prank(patient);
        consent.grant(t);
    }

    function _expectNotGranted(uint32 categories, uint8 purpose) internal {
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.AccessNotGranted.selector, patient, clinician, categories, purpose)
        );
    }

    function _digest(address author, bytes memory cid) internal pure returns (bytes32) {
        return bytes32(uint256(keccak256(abi.encodePacked(author, HASH, cid))) & ~uint256(0xff));
    }

    function _expectWriteNotGranted(address author, uint32 categories) internal {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.WriteNotGranted.selector, patient, author, categories));
    }

    // --- anchorRecords ---

    function test_anchorRecords_byPatientStoresOneDigestAndEmits() public {
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.RecordsAnchored(patient, patient, _anchors(labId));
        _anchor(patient, patient, labId);
        (bool anchored, bool superseded, bytes32 digest) = consent.recordOf(patient, labId);
        assertTrue(anchored, "anchored");
        assertFalse(superseded, "current");
        assertEq(digest, _digest(patient, CID), "digest of author, hash and CID");
        assertEq(digest, consent.recordDigest(patient, HASH, CID), "recordDigest agrees");
        (anchored,,) = consent.recordOf(stranger, labId);
        assertFalse(anchored, "under the patient only");
    }

    function test_anchorRecords_severalInOneCall() public {
        IConsentRegistry.RecordAnchor[] memory list = new IConsentRegistry.RecordAnchor[](2);
        list[0] = IConsentRegistry.RecordAnchor(labId, HASH, CID);
        list[1] = IConsentRegistry.RecordAnchor(vitalsId, HASH, KEYRING);
        vm.recordLogs();
        vm.prank(patient);
        consent.anchorRecords(patient, list);
        assertEq(vm.getRecordedLogs().length, 1, "one event for the call");
        (, , bytes32 first) = consent.recordOf(patient, labId);
        (, , bytes32 second) = consent.recordOf(patient, vitalsId);
        assertEq(first, _digest(patient, CID), "first");
        assertEq(second, _digest(patient, KEYRING), "second");
    }

    function test_anchorRecords_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.EmptyRecordList.selector));
        vm.prank(patient);
        consent.anchorRecords(patient, new IConsentRegistry.RecordAnchor[](0));

        _anchor(patient, patient, labId);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.RecordExists.selector, patient, labId));
        _anchor(patient, patient, labId);

        IConsentRegistry.RecordAnchor[] memory list = _anchors(bytes32(uint256(32)));
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidRecordId.selector, bytes32(uint256(32))));
        vm.prank(patient);
        consent.anchorRecords(patient, list);

        list = _anchors(vitalsId);
        list[0].cid = "";
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidCid.selector));
        vm.prank(patient);
        consent.anchorRecords(patient, list);

        list[0].cid = new bytes(129);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidCid.selector));
        vm.prank(patient);
        consent.anchorRecords(patient, list);

        list = _anchors(vitalsId);
        list[0].contentHash = bytes32(0);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidContentHash.selector));
        vm.prank(patient);
        consent.anchorRecords(patient, list);
    }

    /// Regression: record ids were one global namespace, so a stranger who copied a pending
    /// anchor from the mempool made the patient's own transaction revert with RecordExists.
    function test_anchorRecords_aStrangerCannotTakeThePatientsId() public {
        _expectWriteNotGranted(stranger, _mask(LABS));
        _anchor(stranger, patient, labId);
        _anchor(stranger, stranger, labId); // the same id under the stranger's own records
        _anchor(patient, patient, labId);
        (bool anchored,, bytes32 digest) = consent.recordOf(patient, labId);
        assertTrue(anchored, "the patient's anchor went through");
        assertEq(digest, _digest(patient, CID), "and it is the patient's");
    }

    function test_anchorRecords_byProviderNeedsWriteGrantForEveryCategory() public {
        _expectWriteNotGranted(clinician, _mask(NOTES));
        _anchor(clinician, patient, _recordId(3, NOTES));

        _grant(clinician, _mask(NOTES), 1, START + 1 days); // read-only
        _expectWriteNotGranted(clinician, _mask(NOTES));
        _anchor(clinician, patient, _recordId(3, NOTES));

        _writeGrant(clinician, _mask(NOTES));
        assertTrue(consent.canWrite(patient, clinician, NOTES), "canWrite");
        assertFalse(consent.canWrite(patient, clinician, LABS), "not labs");
        assertFalse(consent.canWrite(patient, clinician, 40), "out of range");
        assertTrue(consent.canWrite(patient, patient, LABS), "the patient writes everything");
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.RecordsAnchored(patient, clinician, _anchors(_recordId(3, NOTES)));
        _anchor(clinician, patient, _recordId(3, NOTES));
        (,, bytes32 digest) = consent.recordOf(patient, _recordId(3, NOTES));
        assertEq(digest, _digest(clinician, CID), "the author is in the digest");

        IConsentRegistry.RecordAnchor[] memory list = new IConsentRegistry.RecordAnchor[](2);
        list[0] = IConsentRegistry.RecordAnchor(_recordId(4, NOTES), HASH, CID);
        list[1] = IConsentRegistry.RecordAnchor(_recordId(5, LABS), HASH, CID);
        _expectWriteNotGranted(clinician, _mask(NOTES) | _mask(LABS));
        vm.prank(clinician);
        consent.anchorRecords(patient, list);
    }

    /// A model's inference grant lets it anchor its result in AI results and nowhere else,
    /// whatever else the grant says.
    function test_anchorRecords_modelWritesAiResultsOnly() public {
        _expectWriteNotGranted(model, _mask(AI_RESULTS));
        _anchor(model, patient, _recordId(1, AI_RESULTS));

        IConsentRegistry.GrantTerms memory t = _terms(model, _mask(LABS) | _mask(NOTES), uint16(_mask(AI_TRAINING)), START + 1 days);
        t.write = true;
        vm.prank(patient);
        consent.grant(t);
        assertFalse(consent.canWrite(patient, model, AI_RESULTS), "a training grant writes nothing");
        assertFalse(consent.canWrite(patient, model, NOTES), "write flag means nothing for a model");

        t.purposes = uint16(_mask(AI_INFERENCE));
        vm.prank(patient);
        consent.grant(t);
        assertTrue(consent.canWrite(patient, model, AI_RESULTS), "inference grant: AI results");
        assertFalse(consent.canWrite(patient, model, NOTES), "not notes");
        assertFalse(consent.canWrite(patient, model, LABS), "not labs, though it reads them");
        _expectWriteNotGranted(model, _mask(NOTES));
        _anchor(model, patient, _recordId(2, NOTES));
        _anchor(model, patient, _recordId(3, AI_RESULTS));

        IConsentRegistry.RecordAnchor[] memory list = new IConsentRegistry.RecordAnchor[](2);
        list[0] = IConsentRegistry.RecordAnchor(_recordId(4, AI_RESULTS), HASH, CID);
        list[1] = IConsentRegistry.RecordAnchor(_recordId(5, LABS), HASH, CID);
        _expectWriteNotGranted(model, _mask(AI_RESULTS) | _mask(LABS));
        vm.prank(model);
        consent.anchorRecords(patient, list);
    }

    function test_anchorRecords_writeGrantEndsWithRevokeAll() public {
        _writeGrant(clinician, _mask(NOTES));
        vm.prank(patient);
        consent.revokeAll();
        _expectWriteNotGranted(clinician, _mask(NOTES));
        _anchor(clinician, patient, _recordId(5, NOTES));
    }

    function test_multicall_keepsTheCallerSoOthersCannotAnchor() public {
        bytes[] memory calls = new bytes[](1);
        calls[0] = abi.encodeCall(consent.anchorRecords, (patient, _anchors(labId)));
        _expectWriteNotGranted(stranger, _mask(LABS));
        vm.prank(stranger);
        consent.multicall(calls);
    }

    // --- supersedeRecord ---

    function test_supersedeRecord_marksAndEmits() public {
        _anchor(patient, patient, labId);
        bytes32 replacement = _recordId(9, LABS);
        vm.expectEmit(true, true, true, true, address(consent));
        IConsentRegistry.RecordAnchor[] memory replacing = _anchors(replacement);
        replacing[0].cid = KEYRING;
        emit IConsentRegistry.RecordsAnchored(patient, patient, replacing);
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.RecordSuperseded(patient, labId, replacement);
        vm.prank(patient);
        consent.supersedeRecord(labId, replacing[0]);
        (bool anchored, bool superseded, bytes32 digest) = consent.recordOf(patient, labId);
        assertTrue(anchored && superseded, "superseded");
        assertEq(digest, _digest(patient, CID), "digest kept");
        (anchored, superseded,) = consent.recordOf(patient, replacement);
        assertTrue(anchored && !superseded, "replacement current");
    }

    function test_supersedeRecord_reverts() public {
        _anchor(patient, patient, labId);

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.UnknownRecord.selector, patient, vitalsId));
        vm.prank(patient);
        consent.supersedeRecord(vitalsId, IConsentRegistry.RecordAnchor(_recordId(9, VITALS), HASH, CID));

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.UnknownRecord.selector, clinician, labId));
        vm.prank(clinician);
        consent.supersedeRecord(labId, IConsentRegistry.RecordAnchor(_recordId(9, LABS), HASH, CID));

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.CategoryMismatch.selector, labId, vitalsId));
        vm.prank(patient);
        consent.supersedeRecord(labId, IConsentRegistry.RecordAnchor(vitalsId, HASH, CID));

        vm.prank(patient);
        consent.supersedeRecord(labId, IConsentRegistry.RecordAnchor(_recordId(9, LABS), HASH, CID));
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.RecordAlreadySuperseded.selector, labId));
        vm.prank(patient);
        consent.supersedeRecord(labId, IConsentRegistry.RecordAnchor(_recordId(10, LABS), HASH, CID));
    }

    function testFuzz_anchorRecords_onlyThePatientOrAWriteGrantee(address caller, uint8 category) public {
        category = uint8(bound(category, 0, 31));
        vm.assume(caller != patient);
        bytes32 id = _recordId(uint256(uint160(caller)), category);
        _expectWriteNotGranted(caller, _mask(category));
        _anchor(caller, patient, id);
    }

    // --- logAccess ---

    function test_logAccess_withinGrantEmitsReceipt() public {
        _grant(clinician, _mask(LABS) | _mask(VITALS), 1, START + 1 days);
        _anchor(patient, patient, labId);
        _anchor(patient, patient, vitalsId);
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.AccessLogged(patient, clinician, TREATMENT, _ids(labId, vitalsId));
        vm.prank(clinician);
        consent.logAccess(patient, _ids(labId, vitalsId), TREATMENT);
    }

    function test_logAccess_refusedOutsideTheGrant() public {
        _expectNotGranted(_mask(LABS), TREATMENT);
        vm.prank(clinician);
        consent.logAccess(patient, _ids(labId), TREATMENT);

        _grant(clinician, _mask(LABS), 1, START + 1 days);
        uint32 both = _mask(LABS) | _mask(VITALS);
        _expectNotGranted(both, TREATMENT);
        vm.prank(clinician);
        consent.logAccess(patient, _ids(labId, vitalsId), TREATMENT);

        _expectNotGranted(_mask(LABS), AI_TRAINING);
        vm.prank(clinician);
        consent.logAccess(patient, _ids(labId), AI_TRAINING);
    }

    function test_logAccess_refusedAfterExpiryRevokeAndRevokeAll() public {
        _grant(clinician, _mask(LABS), 1, START + 1 days);
        vm.warp(START + 1 days);
        _expectNotGranted(_mask(LABS), TREATMENT);
        vm.prank(clinician);
        consent.logAccess(patient, _ids(labId), TREATMENT);

        _grant(clinician, _mask(LABS), 1, START + 2 days);
        vm.prank(patient);
        consent.revoke(clinician);
        _expectNotGranted(_mask(LABS), TREATMENT);
        vm.prank(clinician);
        consent.logAccess(patient, _ids(labId), TREATMENT);

        _grant(clinician, _mask(LABS), 1, START + 2 days);
        vm.prank(patient);
        consent.revokeAll();
        _expectNotGranted(_mask(LABS), TREATMENT);
        vm.prank(clinician);
        consent.logAccess(patient, _ids(labId), TREATMENT);
    }

    function test_logAccess_rejectsBadInput() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.EmptyRecordList.selector));
        vm.prank(clinician);
        consent.logAccess(patient, new bytes32[](0), TREATMENT);

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidPurpose.selector, 16));
        vm.prank(clinician);
        consent.logAccess(patient, _ids(labId), 16);

        bytes32 badId = bytes32(uint256(0xff));
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidRecordId.selector, badId));
        vm.prank(clinician);
        consent.logAccess(patient, _ids(badId), TREATMENT);
    }

    /// Regression (F4a, security review): a grantee logged receipts for record ids that were never
    /// anchored for the patient, filling the patient's access history with fabricated reads.
    function test_logAccess_refusesRecordsNotAnchoredForThePatient() public {
        _grant(clinician, _mask(LABS) | _mask(VITALS), 1, START + 1 days);
        _anchor(patient, patient, labId);
        bytes32 fabricated = _recordId(99, LABS);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.UnknownRecord.selector, patient, fabricated));
        vm.prank(clinician);
        consent.logAccess(patient, _ids(labId, fabricated), TREATMENT);

        // another patient's record is not this patient's
        _anchor(stranger, stranger, vitalsId);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.UnknownRecord.selector, patient, vitalsId));
        vm.prank(clinician);
        consent.logAccess(patient, _ids(vitalsId), TREATMENT);
    }

    /// A superseded record is still the patient's: reading its old ciphertext is logged.
    function test_logAccess_acceptsSupersededRecords() public {
        _grant(clinician, _mask(LABS), 1, START + 1 days);
        _anchor(patient, patient, labId);
        IConsentRegistry.RecordAnchor memory replacement = IConsentRegistry.RecordAnchor(_recordId(3, LABS), HASH, CID);
        vm.prank(patient);
        consent.supersedeRecord(labId, replacement);
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.AccessLogged(patient, clinician, TREATMENT, _ids(labId, replacement.recordId));
        vm.prank(clinician);
        consent.logAccess(patient, _ids(labId, replacement.recordId), TREATMENT);
    }

    function testFuzz_logAccess_acceptedIffCovered(uint32 cats, uint8 categoryA, uint8 categoryB, uint8 purpose)
        public
    {
        vm.assume(cats != 0);
        categoryA = uint8(bound(categoryA, 0, 31));
        categoryB = uint8(bound(categoryB, 0, 31));
        purpose = uint8(bound(purpose, 0, 15));
        _grant(clinician, cats, uint16(_mask(TREATMENT)), START + 1 days);
        bool covered = (cats >> categoryA) & 1 == 1 && (cats >> categoryB) & 1 == 1 && purpose == TREATMENT;
        bytes32[] memory ids = _ids(_recordId(1, categoryA), _recordId(2, categoryB));
        _anchor(patient, patient, ids[0]);
        _anchor(patient, patient, ids[1]);
        if (!covered) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IConsentRegistry.AccessNotGranted.selector,
                    patient,
                    clinician,
                    _mask(categoryA) | _mask(categoryB),
                    purpose
                )
            );
        }
        vm.prank(clinician);
        consent.logAccess(patient, ids, purpose);
    }
}
