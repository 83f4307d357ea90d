// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IConsentRegistry} from "../src/interfaces/IConsentRegistry.sol";
import {ConsentBase} from "./ConsentBase.sol";
import {ConsentSigning} from "./utils/ConsentSigning.sol";

/// @notice Consent signed off chain (EIP-712) and relayed by anyone. A signature names the
/// patient's signature epoch and the grant's nonce, so any later transaction of the patient about
/// that grantee (or a revoke-all, a cancellation) voids it, whatever time it claims; among signed
/// decisions, the one issued last wins, whichever is relayed first.
contract ConsentSignaturesTest is ConsentBase {
    address internal relayer = address(0xBEEF);
    uint256 internal deadline = START + 1 days;

    function _labsTerms() internal view returns (IConsentRegistry.GrantTerms memory) {
        return _terms(clinician, _mask(LABS), 1, START + 30 days);
    }

    function _signGrant(uint256 key, IConsentRegistry.GrantTerms memory t, uint40 issuedAt)
        internal
        view
        returns (bytes memory)
    {
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(key, ConsentSigning.grantDigest(consent, patient, t, issuedAt, deadline));
        return abi.encodePacked(r, s, v);
    }

    function _signRevoke(address grantee, uint40 issuedAt) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(PATIENT_KEY, ConsentSigning.revokeDigest(consent, patient, grantee, issuedAt, deadline));
        return abi.encodePacked(r, s, v);
    }

    function _expectInvalidSignature() internal {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidSignature.selector, patient));
    }

    function _expectStale(address grantee, uint40 issuedAt) internal {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.StaleSignature.selector, patient, grantee, issuedAt));
    }

    function _later(uint256 seconds_) internal {
        vm.warp(block.timestamp + seconds_);
    }

    function test_domainSeparator_bindsChainAndContract() public view {
        bytes32 expected = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("CareKeys Consent"),
                keccak256("2"),
                block.chainid,
                address(consent)
            )
        );
        assertEq(consent.DOMAIN_SEPARATOR(), expected, "domain");
    }

    function test_grantBySig_relayedByAnyone() public {
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory sig = _signGrant(PATIENT_KEY, t, START);
        _later(10);
        vm.prank(relayer);
        consent.grantBySig(patient, t, START, deadline, sig);
        assertTrue(consent.canAccess(patient, clinician, LABS, TREATMENT), "granted for the signer");
        assertFalse(consent.canAccess(relayer, clinician, LABS, TREATMENT), "not for the relayer");
        (,, uint40 signedAt) = consent.signatureStateOf(patient, clinician);
        assertEq(signedAt, START, "decided when it was signed, not when relayed");
    }

    function test_grantBySig_replayReverts() public {
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory sig = _signGrant(PATIENT_KEY, t, START);
        consent.grantBySig(patient, t, START, deadline, sig);
        _expectStale(clinician, START);
        consent.grantBySig(patient, t, START, deadline, sig);
    }

    function test_grantBySig_wrongSignerOrAlteredTermsRevert() public {
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory sig = _signGrant(0xBAD, t, START);
        _expectInvalidSignature();
        consent.grantBySig(patient, t, START, deadline, sig);

        sig = _signGrant(PATIENT_KEY, t, START);
        t.categories = type(uint32).max;
        _expectInvalidSignature();
        consent.grantBySig(patient, t, START, deadline, sig);
        t = _labsTerms();
        t.oneShot = true;
        _expectInvalidSignature();
        consent.grantBySig(patient, t, START, deadline, sig);
        _expectInvalidSignature();
        consent.grantBySig(patient, _labsTerms(), START - 1, deadline, sig); // another issue time
    }

    function test_grantBySig_expiredDeadlineOrFutureIssueRevert() public {
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory sig = _signGrant(PATIENT_KEY, t, START);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ExpiredSignature.selector, deadline));
        consent.grantBySig(patient, t, START, deadline, sig);

        vm.warp(START);
        bytes memory future = _signGrant(PATIENT_KEY, t, START + 60);
        _expectStale(clinician, START + 60);
        consent.grantBySig(patient, t, START + 60, deadline, future);
    }

    /// Regression: a grant signed off chain and not yet relayed could be submitted after the
    /// patient's revoke-all and restored access.
    function test_grantBySig_refusedAfterRevokeAll() public {
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory sig = _signGrant(PATIENT_KEY, t, START);
        _later(1);
        vm.prank(patient);
        consent.revokeAll();
        _expectInvalidSignature();
        consent.grantBySig(patient, t, START, deadline, sig);
        assertFalse(consent.canAccess(patient, clinician, LABS, TREATMENT), "no access");
    }

    /// Regression: the same after a plain revoke of that grantee, with or without a grant.
    function test_grantBySig_refusedAfterRevoke() public {
        _grant(clinician, _mask(VITALS), 1, START + 1 days);
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory sig = _signGrant(PATIENT_KEY, t, START);
        vm.prank(patient);
        consent.revoke(clinician); // the same second: the nonce, not the time, tells it came later
        _expectInvalidSignature();
        consent.grantBySig(patient, t, START, deadline, sig);
    }

    function test_grantBySig_refusedAfterAnyLaterDecisionAboutTheGrantee() public {
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory sig = _signGrant(PATIENT_KEY, t, START);
        _later(1);
        _grant(clinician, _mask(VITALS), 1, START + 2 days); // the patient decided otherwise since
        _expectInvalidSignature();
        consent.grantBySig(patient, t, START, deadline, sig);
    }

    function test_grantBySig_otherGranteesSignaturesSurviveARevoke() public {
        IConsentRegistry.GrantTerms memory t = _terms(model, _mask(LABS), uint16(_mask(AI_INFERENCE)), START + 1 days);
        bytes memory sig = _signGrant(PATIENT_KEY, t, START);
        _later(1);
        vm.prank(patient);
        consent.revoke(clinician);
        consent.grantBySig(patient, t, START, deadline, sig);
        assertTrue(consent.canAccess(patient, model, LABS, AI_INFERENCE), "a revoke is per grantee");
    }

    /// Regression (v2 review): a signed grant named no identity, so a model that swapped its
    /// artifact after the patient signed could relay the signature for its new artifact.
    function test_grantBySig_refusedForAGranteeThatChangedIdentity() public {
        IConsentRegistry.GrantTerms memory t = _terms(model, _mask(LABS), uint16(_mask(AI_INFERENCE)), START + 1 days);
        bytes memory sig = _signGrant(PATIENT_KEY, t, START);
        vm.prank(model);
        directory.setModelArtifact("bafkreiunreviewed", "2.0.0");
        _verify(admin, model); // even once the new artifact is reviewed
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.GranteeIdentityChanged.selector, model));
        vm.prank(model);
        consent.grantBySig(patient, t, START, deadline, sig);
    }

    /// Regression (v2 review): a signed revocation could be beaten by relaying a grant the
    /// patient had signed before it: the grant moved the nonce and the revocation was refused.
    /// Now a revocation ends every grant decided before it was issued, whichever came first.
    function test_revokeBySig_beatsAnEarlierSignedGrantRelayedFirst() public {
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        t.write = true;
        bytes memory grantSig = _signGrant(PATIENT_KEY, t, START);
        _later(60);
        bytes memory revokeSig = _signRevoke(clinician, START + 60);
        vm.prank(clinician);
        consent.grantBySig(patient, t, START, deadline, grantSig); // the front-run
        assertTrue(consent.canAccess(patient, clinician, LABS, TREATMENT), "granted for a moment");
        vm.prank(relayer);
        consent.revokeBySig(patient, clinician, START + 60, deadline, revokeSig);
        assertFalse(consent.canAccess(patient, clinician, LABS, TREATMENT), "the later decision wins");
        assertFalse(consent.canWrite(patient, clinician, LABS), "no write either");

        _expectStale(clinician, START);
        consent.grantBySig(patient, t, START, deadline, grantSig); // and the grant cannot come back
    }

    function test_revokeBySig_endsAGrantOnce() public {
        _grant(clinician, _mask(LABS), 1, START + 1 days);
        _later(1);
        bytes memory sig = _signRevoke(clinician, START + 1);
        vm.prank(relayer);
        consent.revokeBySig(patient, clinician, START + 1, deadline, sig);
        assertFalse(consent.canAccess(patient, clinician, LABS, TREATMENT), "revoked");
        _expectStale(clinician, START + 1);
        consent.revokeBySig(patient, clinician, START + 1, deadline, sig);
    }

    /// A revocation signed before a later grant cannot be replayed to end that grant.
    function test_revokeBySig_staleRevocationCannotEndALaterGrant() public {
        bytes memory revokeSig = _signRevoke(clinician, START);
        _grant(clinician, _mask(LABS), 1, START + 1 days);
        _expectInvalidSignature();
        consent.revokeBySig(patient, clinician, START, deadline, revokeSig);
        assertTrue(consent.canAccess(patient, clinician, LABS, TREATMENT), "the later grant stands");
    }

    /// A grant signed after a revocation wins over it, whichever is relayed first.
    function test_grantSignedAfterARevocationWins() public {
        bytes memory revokeSig = _signRevoke(clinician, START);
        _later(1);
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory grantSig = _signGrant(PATIENT_KEY, t, START + 1);
        consent.revokeBySig(patient, clinician, START, deadline, revokeSig);
        consent.grantBySig(patient, t, START + 1, deadline, grantSig);
        assertTrue(consent.canAccess(patient, clinician, LABS, TREATMENT), "the later grant stands");
    }

    function test_cancelSignatures_voidsOutstandingButKeepsGrants() public {
        _grant(clinician, _mask(VITALS), 1, START + 1 days);
        _later(1);
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory grantSig = _signGrant(PATIENT_KEY, t, START + 1);
        bytes memory revokeSig = _signRevoke(clinician, START + 1);
        _later(1);

        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.SignaturesCancelled(patient, 1);
        vm.prank(patient);
        consent.cancelSignatures();

        _expectInvalidSignature();
        consent.grantBySig(patient, t, START + 1, deadline, grantSig);
        _expectInvalidSignature();
        consent.revokeBySig(patient, clinician, START + 1, deadline, revokeSig);
        assertTrue(consent.canAccess(patient, clinician, VITALS, TREATMENT), "the grant in force stays");

        _later(1);
        consent.grantBySig(patient, t, START + 3, deadline, _signGrant(PATIENT_KEY, t, START + 3));
        assertTrue(consent.canAccess(patient, clinician, LABS, TREATMENT), "signatures issued later count");
    }

    /// Regression (second v2 review): a signature dated ahead of the chain could not be voided in
    /// advance: revoke, revoke-all and cancellation compared times, and it was relayed later.
    function test_aFutureDatedGrantIsVoidedByARevokeARevokeAllOrACancellation() public {
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        t.write = true;
        uint40 future = START + 600;
        bytes memory sig = _signGrant(PATIENT_KEY, t, future);
        _expectStale(clinician, future);
        consent.grantBySig(patient, t, future, deadline, sig); // not yet

        uint256 snapshot = vm.snapshotState();
        for (uint256 action; action < 3; action++) {
            vm.revertToState(snapshot);
            vm.warp(START + 60);
            vm.prank(patient);
            if (action == 0) consent.revoke(clinician);
            else if (action == 1) consent.revokeAll();
            else consent.cancelSignatures();
            vm.warp(future);
            _expectInvalidSignature();
            vm.prank(clinician);
            consent.grantBySig(patient, t, future, deadline, sig);
        }
    }

    /// ...and a revocation dated ahead could end a grant the patient sent later.
    function test_aFutureDatedRevocationCannotEndALaterGrant() public {
        bytes memory revokeSig = _signRevoke(clinician, START + 3600);
        vm.warp(START + 100);
        _grant(clinician, _mask(LABS), 1, START + 1 days);
        vm.warp(START + 3600);
        _expectInvalidSignature();
        consent.revokeBySig(patient, clinician, START + 3600, deadline, revokeSig);
        assertTrue(consent.canAccess(patient, clinician, LABS, TREATMENT), "the later grant stands");
    }

    /// A revocation signed right after a grant the patient sent, in the same second, counts.
    function test_aRevocationSignedInTheSameSecondAsAGrantCounts() public {
        _grant(clinician, _mask(LABS), 1, START + 1 days);
        bytes memory revokeSig = _signRevoke(clinician, START);
        consent.revokeBySig(patient, clinician, START, deadline, revokeSig);
        assertFalse(consent.canAccess(patient, clinician, LABS, TREATMENT), "revoked");
    }

    function testFuzz_grantBySig_onlyThePatientsKeyWorks(uint256 key) public {
        key = bound(key, 1, 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364140);
        vm.assume(key != PATIENT_KEY);
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory sig = _signGrant(key, t, START);
        _expectInvalidSignature();
        consent.grantBySig(patient, t, START, deadline, sig);
    }

    /// Whatever the order of relaying, the decision issued last is the one in force.
    function testFuzz_theLatestSignedDecisionWins(uint8 grantAt, uint8 revokeAt, bool revokeFirst) public {
        vm.assume(grantAt != revokeAt);
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory grantSig = _signGrant(PATIENT_KEY, t, START + grantAt);
        bytes memory revokeSig = _signRevoke(clinician, START + revokeAt);
        vm.warp(START + 300);
        if (revokeFirst) {
            try consent.revokeBySig(patient, clinician, START + revokeAt, deadline, revokeSig) {} catch {}
            try consent.grantBySig(patient, t, START + grantAt, deadline, grantSig) {} catch {}
        } else {
            try consent.grantBySig(patient, t, START + grantAt, deadline, grantSig) {} catch {}
            try consent.revokeBySig(patient, clinician, START + revokeAt, deadline, revokeSig) {} catch {}
        }
        assertEq(consent.canAccess(patient, clinician, LABS, TREATMENT), grantAt > revokeAt, "latest wins");
    }
}
