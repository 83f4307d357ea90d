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

    // --- anchorRecord ---

    function test_anchorRecord_byPatientStoresAndEmits() public {
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.RecordAnchored(patient, labId, patient, LABS, CID, HASH);
        vm.prank(patient);
        consent.anchorRecord(patient, labId, CID, HASH);
        IConsentRegistry.Record memory r = consent.recordOf(labId);
        assertEq(r.patient, patient, "patient");
        assertEq(r.author, patient, "author");
        assertEq(r.anchoredAt, START, "time");
        assertEq(r.contentHash, HASH, "hash");
        assertEq(keccak256(r.cid), keccak256(CID), "cid");
        assertEq(r.supersededBy, bytes32(0), "current");
    }

    function test_anchorRecord_reverts() public {
        vm.startPrank(patient);
        consent.anchorRecord(patient, labId, CID, HASH);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.RecordExists.selector, labId));
        consent.anchorRecord(patient, labId, CID, HASH);

        bytes32 badId = bytes32(uint256(32));
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidRecordId.selector, badId));
        consent.anchorRecord(patient, badId, CID, HASH);

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidCid.selector));
        consent.anchorRecord(patient, vitalsId, "", HASH);

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidContentHash.selector));
        consent.anchorRecord(patient, vitalsId, CID, bytes32(0));
        vm.stopPrank();

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidGrantee.selector, address(0)));
        vm.prank(address(0));
        consent.anchorRecord(address(0), vitalsId, CID, HASH);
    }

    function test_anchorRecord_byGranteeNeedsWriteGrantForTheCategory() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.WriteNotGranted.selector, patient, clinician, NOTES));
        vm.prank(clinician);
        consent.anchorRecord(patient, _recordId(3, NOTES), CID, HASH);

        _grant(clinician, _mask(NOTES), 1, START + 1 days); // read-only
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.WriteNotGranted.selector, patient, clinician, NOTES));
        vm.prank(clinician);
        consent.anchorRecord(patient, _recordId(3, NOTES), CID, HASH);

        _writeGrant(clinician, _mask(NOTES));
        assertTrue(consent.canWrite(patient, clinician, NOTES), "canWrite");
        assertFalse(consent.canWrite(patient, clinician, LABS), "not labs");
        assertFalse(consent.canWrite(patient, clinician, 40), "out of range");
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.RecordAnchored(patient, _recordId(3, NOTES), clinician, NOTES, CID, HASH);
        vm.prank(clinician);
        consent.anchorRecord(patient, _recordId(3, NOTES), CID, HASH);
        assertEq(consent.recordOf(_recordId(3, NOTES)).author, clinician, "author recorded");

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.WriteNotGranted.selector, patient, clinician, LABS));
        vm.prank(clinician);
        consent.anchorRecord(patient, _recordId(4, LABS), CID, HASH);
    }

    function test_anchorRecord_writeGrantEndsWithRevokeAll() public {
        _writeGrant(model, _mask(AI_RESULTS));
        vm.prank(patient);
        consent.revokeAll();
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.WriteNotGranted.selector, patient, model, AI_RESULTS));
        vm.prank(model);
        consent.anchorRecord(patient, _recordId(5, AI_RESULTS), CID, HASH);
    }

    function test_multicall_anchorsSeveralRecordsInOneTransaction() public {
        bytes[] memory calls = new bytes[](2);
        calls[0] = abi.encodeCall(consent.anchorRecord, (patient, labId, CID, HASH));
        calls[1] = abi.encodeCall(consent.anchorRecord, (patient, vitalsId, CID, HASH));
        vm.prank(patient);
        consent.multicall(calls);
        assertEq(consent.recordOf(labId).author, patient, "first, by the patient");
        assertEq(consent.recordOf(vitalsId).author, patient, "second, by the patient");
    }

    function test_multicall_keepsTheCallerSoOthersCannotAnchor() public {
        bytes[] memory calls = new bytes[](1);
        calls[0] = abi.encodeCall(consent.anchorRecord, (patient, labId, CID, HASH));
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.WriteNotGranted.selector, patient, stranger, LABS));
        vm.prank(stranger);
        consent.multicall(calls);
    }

    // --- supersedeRecord ---

    function test_supersedeRecord_linksAndEmits() public {
        vm.startPrank(patient);
        consent.anchorRecord(patient, labId, CID, HASH);
        bytes32 replacement = _recordId(9, LABS);
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.RecordAnchored(patient, replacement, patient, LABS, KEYRING, HASH);
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.RecordSuperseded(patient, labId, replacement);
        consent.supersedeRecord(labId, replacement, KEYRING, HASH);
        vm.stopPrank();
        assertEq(consent.recordOf(labId).supersededBy, replacement, "linked");
        assertEq(consent.recordOf(replacement).patient, patient, "replacement anchored");
    }

    function test_supersedeRecord_reverts() public {
        vm.prank(patient);
        consent.anchorRecord(patient, labId, CID, HASH);

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.UnknownRecord.selector, vitalsId));
        vm.prank(patient);
        consent.supersedeRecord(vitalsId, _recordId(9, VITALS), CID, HASH);

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.NotRecordPatient.selector, labId, clinician));
        vm.prank(clinician);
        consent.supersedeRecord(labId, _recordId(9, LABS), CID, HASH);

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.CategoryMismatch.selector, labId, vitalsId));
        vm.prank(patient);
        consent.supersedeRecord(labId, vitalsId, CID, HASH);

        vm.prank(patient);
        consent.supersedeRecord(labId, _recordId(9, LABS), CID, HASH);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.RecordAlreadySuperseded.selector, labId));
        vm.prank(patient);
        consent.supersedeRecord(labId, _recordId(10, LABS), CID, HASH);
    }

    // --- logAccess ---

    function test_logAccess_withinGrantEmitsReceipt() public {
        _grant(clinician, _mask(LABS) | _mask(VITALS), 1, START + 1 days);
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
