// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IConsentRegistry} from "../src/interfaces/IConsentRegistry.sol";
import {ConsentBase} from "./ConsentBase.sol";
import {ConsentSigning} from "./utils/ConsentSigning.sol";

/// @notice Consent signed off chain (EIP-712) and relayed by anyone; revocation beats it.
contract ConsentSignaturesTest is ConsentBase {
    address internal relayer = address(0xBEEF);
    uint256 internal deadline = START + 1 hours;

    function _labsTerms() internal pure returns (IConsentRegistry.GrantTerms memory) {
        return _terms(address(0xD0C), uint32(1) << LABS, 1, START + 1 days);
    }

    function _signGrant(uint256 key, IConsentRegistry.GrantTerms memory t) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, ConsentSigning.grantDigest(consent, patient, t, deadline));
        return abi.encodePacked(r, s, v);
    }

    function _signRevoke(uint256 key, address grantee) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, ConsentSigning.revokeDigest(consent, patient, grantee, deadline));
        return abi.encodePacked(r, s, v);
    }

    function _expectInvalidSignature() internal {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidSignature.selector, patient));
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
        bytes memory sig = _signGrant(PATIENT_KEY, t);
        vm.prank(relayer);
        consent.grantBySig(patient, t, deadline, sig);
        assertTrue(consent.canAccess(patient, clinician, LABS, TREATMENT), "granted for the signer");
        assertFalse(consent.canAccess(relayer, clinician, LABS, TREATMENT), "not for the relayer");
        (, uint32 nonce) = consent.signatureNoncesOf(patient, clinician);
        assertEq(nonce, 1, "nonce used");
    }

    function test_grantBySig_replayReverts() public {
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory sig = _signGrant(PATIENT_KEY, t);
        consent.grantBySig(patient, t, deadline, sig);
        _expectInvalidSignature();
        consent.grantBySig(patient, t, deadline, sig);
    }

    function test_grantBySig_wrongSignerReverts() public {
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory sig = _signGrant(0xBAD, t);
        _expectInvalidSignature();
        consent.grantBySig(patient, t, deadline, sig);
    }

    function test_grantBySig_alteredTermsRevert() public {
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory sig = _signGrant(PATIENT_KEY, t);
        t.categories = type(uint32).max;
        _expectInvalidSignature();
        consent.grantBySig(patient, t, deadline, sig);
        t = _labsTerms();
        t.oneShot = true;
        _expectInvalidSignature();
        consent.grantBySig(patient, t, deadline, sig);
    }

    function test_grantBySig_expiredDeadlineReverts() public {
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory sig = _signGrant(PATIENT_KEY, t);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ExpiredSignature.selector, deadline));
        consent.grantBySig(patient, t, deadline, sig);
    }

    /// Regression: a grant signed off chain and not yet relayed could be submitted after the
    /// patient's revoke-all and restored access.
    function test_grantBySig_refusedAfterRevokeAll() public {
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory sig = _signGrant(PATIENT_KEY, t);
        vm.prank(patient);
        consent.revokeAll();
        _expectInvalidSignature();
        consent.grantBySig(patient, t, deadline, sig);
        assertFalse(consent.canAccess(patient, clinician, LABS, TREATMENT), "no access");
    }

    /// Regression: the same after a plain revoke of that grantee, with or without a grant.
    function test_grantBySig_refusedAfterRevoke() public {
        _grant(clinician, _mask(VITALS), 1, START + 1 days);
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory sig = _signGrant(PATIENT_KEY, t);
        vm.prank(patient);
        consent.revoke(clinician);
        _expectInvalidSignature();
        consent.grantBySig(patient, t, deadline, sig);

        bytes memory second = _signGrant(PATIENT_KEY, t);
        vm.prank(patient);
        consent.revoke(clinician); // no grant in force, still voids the signature
        _expectInvalidSignature();
        consent.grantBySig(patient, t, deadline, second);
    }

    function test_grantBySig_refusedAfterAnyLaterChangeToTheGrant() public {
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory sig = _signGrant(PATIENT_KEY, t);
        _grant(clinician, _mask(VITALS), 1, START + 2 days); // the patient decided otherwise since
        _expectInvalidSignature();
        consent.grantBySig(patient, t, deadline, sig);
    }

    function test_grantBySig_otherGranteesSignaturesSurviveARevoke() public {
        IConsentRegistry.GrantTerms memory t = _terms(model, _mask(LABS), uint16(_mask(AI_INFERENCE)), START + 1 days);
        bytes memory sig = _signGrant(PATIENT_KEY, t);
        vm.prank(patient);
        consent.revoke(clinician);
        consent.grantBySig(patient, t, deadline, sig);
        assertTrue(consent.canAccess(patient, model, LABS, AI_INFERENCE), "a revoke is per grantee");
    }

    function test_cancelSignatures_voidsOutstandingButKeepsGrants() public {
        _grant(clinician, _mask(VITALS), 1, START + 1 days);
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory grantSig = _signGrant(PATIENT_KEY, t);
        bytes memory revokeSig = _signRevoke(PATIENT_KEY, clinician);

        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.SignaturesCancelled(patient, 1);
        vm.prank(patient);
        consent.cancelSignatures();

        _expectInvalidSignature();
        consent.grantBySig(patient, t, deadline, grantSig);
        _expectInvalidSignature();
        consent.revokeBySig(patient, clinician, deadline, revokeSig);
        assertTrue(consent.canAccess(patient, clinician, VITALS, TREATMENT), "the grant in force stays");
    }

    function test_revokeBySig_endsGrantOnce() public {
        _grant(clinician, _mask(LABS), 1, START + 1 days);
        bytes memory sig = _signRevoke(PATIENT_KEY, clinician);
        vm.prank(relayer);
        consent.revokeBySig(patient, clinician, deadline, sig);
        assertFalse(consent.canAccess(patient, clinician, LABS, TREATMENT), "revoked");
        _expectInvalidSignature();
        consent.revokeBySig(patient, clinician, deadline, sig);
    }

    function test_revokeBySig_voidsAGrantSignedBefore() public {
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory grantSig = _signGrant(PATIENT_KEY, t);
        bytes memory revokeSig = _signRevoke(PATIENT_KEY, clinician);
        consent.revokeBySig(patient, clinician, deadline, revokeSig);
        _expectInvalidSignature();
        consent.grantBySig(patient, t, deadline, grantSig);
    }

    /// A revocation signed before a later grant cannot be replayed to end that grant.
    function test_revokeBySig_staleRevocationCannotEndALaterGrant() public {
        bytes memory revokeSig = _signRevoke(PATIENT_KEY, clinician);
        _grant(clinician, _mask(LABS), 1, START + 1 days);
        _expectInvalidSignature();
        consent.revokeBySig(patient, clinician, deadline, revokeSig);
    }

    function testFuzz_grantBySig_onlyThePatientsKeyWorks(uint256 key) public {
        key = bound(key, 1, 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364140);
        vm.assume(key != PATIENT_KEY);
        IConsentRegistry.GrantTerms memory t = _labsTerms();
        bytes memory sig = _signGrant(key, t);
        _expectInvalidSignature();
        consent.grantBySig(patient, t, deadline, sig);
    }
}
