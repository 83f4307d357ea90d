// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IConsentRegistry} from "../src/interfaces/IConsentRegistry.sol";
import {ConsentBase} from "./ConsentBase.sol";

contract ConsentGrantsTest is ConsentBase {

    uint64 internal constant IN_30_DAYS = START + 30 days;

    // --- grant ---

    function test_grant_storesOneSlotAndEmits() public {
        uint32 cats = _mask(VITALS) | _mask(LABS);
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.AccessGranted(patient, clinician, cats, uint16(_mask(TREATMENT)), IN_30_DAYS, false, KEYRING);
        _grant(clinician, cats, uint16(_mask(TREATMENT)), IN_30_DAYS);

        (IConsentRegistry.Grant memory g, bool inForce) = consent.grantOf(patient, clinician);
        assertTrue(inForce, "in force");
        assertEq(g.categories, cats, "categories");
        assertEq(g.purposes, 1, "purposes");
        assertEq(g.expiresAt, IN_30_DAYS, "expiry");
        assertFalse(g.write, "no write");
        assertEq(g.epoch, 0, "epoch");
    }

    function test_canAccess_onlyWithinCategoriesAndPurposes() public {
        _grant(clinician, _mask(LABS), uint16(_mask(TREATMENT)), IN_30_DAYS);
        assertTrue(consent.canAccess(patient, clinician, LABS, TREATMENT), "labs for treatment");
        assertFalse(consent.canAccess(patient, clinician, VITALS, TREATMENT), "not vitals");
        assertFalse(consent.canAccess(patient, clinician, LABS, AI_TRAINING), "not training");
        assertFalse(consent.canAccess(patient, stranger, LABS, TREATMENT), "not a stranger");
        assertFalse(consent.canAccess(patient, clinician, 32, TREATMENT), "category out of range");
        assertFalse(consent.canAccess(patient, clinician, LABS, 16), "purpose out of range");
    }

    function test_grant_inferenceIsNotTraining() public {
        _grant(model, _mask(LABS), uint16(_mask(AI_INFERENCE)), IN_30_DAYS);
        assertTrue(consent.canAccess(patient, model, LABS, AI_INFERENCE), "inference");
        assertFalse(consent.canAccess(patient, model, LABS, AI_TRAINING), "training is separate");
    }

    function test_grant_updateReplacesTerms() public {
        _grant(clinician, _mask(LABS), 1, IN_30_DAYS);
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.AccessGranted(patient, clinician, _mask(VITALS), 1, IN_30_DAYS + 1, false, KEYRING);
        _grant(clinician, _mask(VITALS), 1, IN_30_DAYS + 1);
        assertFalse(consent.canAccess(patient, clinician, LABS, TREATMENT), "labs gone");
        assertTrue(consent.canAccess(patient, clinician, VITALS, TREATMENT), "vitals now");
    }

    function test_grant_sameTermsEmitNothing() public {
        _grant(clinician, _mask(LABS), 1, IN_30_DAYS);
        vm.recordLogs();
        _grant(clinician, _mask(LABS), 1, IN_30_DAYS);
        assertEq(vm.getRecordedLogs().length, 0, "idempotent");
    }

    function test_grant_expiresByTime() public {
        _grant(clinician, _mask(LABS), 1, IN_30_DAYS);
        vm.warp(IN_30_DAYS - 1);
        assertTrue(consent.canAccess(patient, clinician, LABS, TREATMENT), "last second");
        vm.warp(IN_30_DAYS);
        assertFalse(consent.canAccess(patient, clinician, LABS, TREATMENT), "expired");
        (, bool inForce) = consent.grantOf(patient, clinician);
        assertFalse(inForce, "not in force");
    }

    function test_grant_revertsOnZeroOrSelfGrantee() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidGrantee.selector, address(0)));
        _grant(address(0), 1, 1, IN_30_DAYS);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidGrantee.selector, patient));
        _grant(patient, 1, 1, IN_30_DAYS);
    }

    function test_grant_revertsForUnregisteredGrantee() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.GranteeNotRegistered.selector, stranger));
        _grant(stranger, 1, 1, IN_30_DAYS);
    }

    function test_grant_unverifiedNeedsExplicitConsent() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.GranteeNotVerified.selector, unverified));
        _grant(unverified, 1, 1, IN_30_DAYS);

        IConsentRegistry.GrantTerms memory t = _terms(unverified, 1, 1, IN_30_DAYS);
        t.allowUnverified = true;
        vm.prank(patient);
        consent.grant(t);
        assertTrue(consent.canAccess(patient, unverified, VITALS, TREATMENT), "explicitly allowed");
    }

    function test_grant_revertsOnEmptyScope() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.EmptyCategories.selector));
        _grant(clinician, 0, 1, IN_30_DAYS);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.EmptyPurposes.selector));
        _grant(clinician, 1, 0, IN_30_DAYS);
    }

    function test_grant_revertsOnPastExpiry() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidExpiry.selector, START));
        _grant(clinician, 1, 1, START);
    }

    function test_grant_revertsOnMissingOrLongKeyring() public {
        IConsentRegistry.GrantTerms memory t = _terms(clinician, 1, 1, IN_30_DAYS);
        t.keyringCid = "";
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidCid.selector));
        vm.prank(patient);
        consent.grant(t);
        t.keyringCid = new bytes(129);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidCid.selector));
        vm.prank(patient);
        consent.grant(t);
    }

    // --- revoke ---

    function test_revoke_endsAccessAndEmits() public {
        _grant(clinician, _mask(LABS), 1, IN_30_DAYS);
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.AccessRevoked(patient, clinician);
        vm.prank(patient);
        consent.revoke(clinician);
        assertFalse(consent.canAccess(patient, clinician, LABS, TREATMENT), "revoked");
        (IConsentRegistry.Grant memory g,) = consent.grantOf(patient, clinician);
        assertEq(g.categories, 0, "slot cleared");
    }

    function test_revoke_withoutGrantEmitsNothing() public {
        vm.recordLogs();
        vm.prank(patient);
        consent.revoke(clinician);
        assertEq(vm.getRecordedLogs().length, 0, "idempotent");
    }

    // --- revokeAll ---

    function test_revokeAll_endsEveryGrantAndEmits() public {
        _grant(clinician, _mask(LABS), 1, IN_30_DAYS);
        _grant(model, _mask(LABS), uint16(_mask(AI_INFERENCE)), IN_30_DAYS);
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.AllAccessRevoked(patient, 1);
        vm.prank(patient);
        consent.revokeAll();
        assertFalse(consent.canAccess(patient, clinician, LABS, TREATMENT), "clinician");
        assertFalse(consent.canAccess(patient, model, LABS, AI_INFERENCE), "model");
        assertEq(consent.epochOf(patient), 1, "epoch");
    }

    function test_revokeAll_thenGrantAgain() public {
        _grant(clinician, _mask(LABS), 1, IN_30_DAYS);
        vm.prank(patient);
        consent.revokeAll();
        _grant(clinician, _mask(LABS), 1, IN_30_DAYS);
        assertTrue(consent.canAccess(patient, clinician, LABS, TREATMENT), "new epoch grant");
        (IConsentRegistry.Grant memory g,) = consent.grantOf(patient, clinician);
        assertEq(g.epoch, 1, "stored with the new epoch");
    }

    function test_revokeAll_touchesOnlyTheCaller() public {
        _grant(clinician, _mask(LABS), 1, IN_30_DAYS);
        vm.prank(stranger);
        consent.revokeAll();
        assertTrue(consent.canAccess(patient, clinician, LABS, TREATMENT), "patient's grant intact");
    }

    // --- publishKeyring ---

    function test_publishKeyring_emitsForGrantInForce() public {
        _grant(clinician, _mask(LABS), 1, IN_30_DAYS);
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.KeyringPublished(patient, clinician, CID);
        vm.prank(patient);
        consent.publishKeyring(clinician, CID);
    }

    function test_publishKeyring_revertsWithoutGrant() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.AccessNotGranted.selector, patient, clinician, 0, 0));
        vm.prank(patient);
        consent.publishKeyring(clinician, CID);
    }

    function test_publishKeyring_revertsOnEmptyCid() public {
        _grant(clinician, _mask(LABS), 1, IN_30_DAYS);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidCid.selector));
        vm.prank(patient);
        consent.publishKeyring(clinician, "");
    }

    // --- fuzz ---

    function testFuzz_canAccess_isExactlyTheGrantedBits(uint32 cats, uint16 purps, uint8 category, uint8 purpose)
        public
    {
        vm.assume(cats != 0 && purps != 0);
        _grant(clinician, cats, purps, IN_30_DAYS);
        bool expected = category < 32 && purpose < 16 && (cats >> category) & 1 == 1 && (purps >> purpose) & 1 == 1;
        assertEq(consent.canAccess(patient, clinician, category, purpose), expected, "bits");
    }

    function testFuzz_expiry(uint64 expiresAt, uint64 at) public {
        expiresAt = uint64(bound(expiresAt, START + 1, type(uint64).max));
        at = uint64(bound(at, START, type(uint64).max));
        _grant(clinician, 1, 1, expiresAt);
        vm.warp(at);
        assertEq(consent.canAccess(patient, clinician, VITALS, TREATMENT), at < expiresAt, "expiry");
    }

    function testFuzz_onlyThePatientChangesTheirGrants(address caller) public {
        vm.assume(caller != patient);
        _grant(clinician, 1, 1, START + 1 days);
        vm.startPrank(caller);
        consent.revoke(clinician);
        consent.revokeAll();
        vm.stopPrank();
        assertTrue(consent.canAccess(patient, clinician, VITALS, TREATMENT), "others cannot end it");
    }
}
