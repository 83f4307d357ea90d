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
        emit IConsentRegistry.AccessGranted(
            patient, clinician, _verifiedGrant(cats, uint16(_mask(TREATMENT)), IN_30_DAYS, 1), KEYRING
        );
        _grant(clinician, cats, uint16(_mask(TREATMENT)), IN_30_DAYS);

        (IConsentRegistry.Grant memory g, IConsentRegistry.GrantStatus status) = consent.grantOf(patient, clinician);
        assertEq(uint256(status), uint256(IConsentRegistry.GrantStatus.Active), "active");
        assertEq(g.categories, cats, "categories");
        assertEq(g.purposes, 1, "purposes");
        assertEq(g.expiresAt, IN_30_DAYS, "expiry");
        assertFalse(g.write, "no write");
        assertFalse(g.oneShot, "not one-shot");
        assertTrue(g.requireVerified, "given to a verified grantee");
        assertEq(g.epoch, 0, "epoch");
        assertEq(g.identity, 1, "bound to the grantee's identity");
        assertEq(g.signedAt, 0, "sent as a transaction, not signed");
        assertEq(g.nonce, 1, "the first decision about this grantee");
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
        emit IConsentRegistry.AccessGranted(patient, clinician, _verifiedGrant(_mask(VITALS), 1, IN_30_DAYS + 1, 2), KEYRING);
        _grant(clinician, _mask(VITALS), 1, IN_30_DAYS + 1);
        assertFalse(consent.canAccess(patient, clinician, LABS, TREATMENT), "labs gone");
        assertTrue(consent.canAccess(patient, clinician, VITALS, TREATMENT), "vitals now");
    }

    /// Granting the same terms again is a new decision: the nonce moves on, so signatures made
    /// before it no longer count.
    function test_grant_sameTermsAgainIsANewDecision() public {
        _grant(clinician, _mask(LABS), 1, IN_30_DAYS);
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.AccessGranted(patient, clinician, _verifiedGrant(_mask(LABS), 1, IN_30_DAYS, 2), KEYRING);
        _grant(clinician, _mask(LABS), 1, IN_30_DAYS);
        (, uint16 nonce,) = consent.signatureStateOf(patient, clinician);
        assertEq(nonce, 2, "decided again");
    }

    /// Regression (v2 review): the grant is for the identity the patient saw. A grantee that
    /// changes its key or artifact just before the patient's grant is mined gets nothing.
    function test_grant_refusedForAnIdentityThatChangedMeanwhile() public {
        IConsentRegistry.GrantTerms memory t = _terms(model, _mask(LABS), uint16(_mask(AI_INFERENCE)), IN_30_DAYS);
        vm.prank(model);
        directory.setModelArtifact("bafkreiswapped", "2.0.0");
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.GranteeIdentityChanged.selector, model));
        vm.prank(patient);
        consent.grant(t);
    }

    function testFuzz_decodeGrant_readsTheDocumentedLayout(IConsentRegistry.Grant memory g) public view {
        IConsentRegistry.Grant memory d = consent.decodeGrant(_grantWord(g));
        assertEq(_grantWord(d), _grantWord(g), "round trip");
        assertEq(d.categories, g.categories, "categories");
        assertEq(d.expiresAt, g.expiresAt, "expiresAt");
        assertEq(d.signedAt, g.signedAt, "signedAt");
        assertEq(d.nonce, g.nonce, "nonce");
        assertEq(d.oneShot, g.oneShot, "oneShot");
    }

    function test_grant_expiresByTime() public {
        _grant(clinician, _mask(LABS), 1, IN_30_DAYS);
        vm.warp(IN_30_DAYS - 1);
        assertTrue(consent.canAccess(patient, clinician, LABS, TREATMENT), "last second");
        vm.warp(IN_30_DAYS);
        assertFalse(consent.canAccess(patient, clinician, LABS, TREATMENT), "expired");
        assertEq(uint256(_status(clinician)), uint256(IConsentRegistry.GrantStatus.Expired), "expired status");
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
        (IConsentRegistry.Grant memory g,) = consent.grantOf(patient, unverified);
        assertFalse(g.requireVerified, "nothing to lapse");
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
        (IConsentRegistry.Grant memory g, IConsentRegistry.GrantStatus status) = consent.grantOf(patient, clinician);
        assertEq(g.categories, 0, "no categories left");
        assertEq(g.nonce, 2, "the revocation is a new decision");
        assertEq(uint256(status), uint256(IConsentRegistry.GrantStatus.None), "none");
    }

    /// A revoke without a grant is still a decision: signatures made before it no longer count.
    function test_revoke_withoutGrantIsStillADecision() public {
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.AccessRevoked(patient, clinician);
        vm.prank(patient);
        consent.revoke(clinician);
        (, uint16 nonce,) = consent.signatureStateOf(patient, clinician);
        assertEq(nonce, 1, "decided");
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
        assertEq(uint256(_status(clinician)), uint256(IConsentRegistry.GrantStatus.AllRevoked), "status");
        (uint32 signatureEpoch,,) = consent.signatureStateOf(patient, clinician);
        assertEq(signatureEpoch, 1, "signatures made until now are void too");
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

    /// The patient's own keyring: only the patient can publish it, and needs no grant.
    function test_publishKeyring_ownKeyringByThePatient() public {
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.KeyringPublished(patient, patient, CID);
        vm.prank(patient);
        consent.publishKeyring(patient, CID);
    }

    function test_publishKeyring_revertsForSuspendedGrant() public {
        _grant(clinician, _mask(LABS), 1, IN_30_DAYS);
        vm.prank(admin);
        directory.revokeVerification(clinician);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.AccessNotGranted.selector, patient, clinician, 0, 0));
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
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidCid.selector));
        vm.prank(patient);
        consent.publishKeyring(patient, "");
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
