// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IConsentRegistry} from "../src/interfaces/IConsentRegistry.sol";
import {ConsentBase} from "./ConsentBase.sol";
import {ConsentSigning} from "./utils/ConsentSigning.sol";

/// @notice Consent signed off chain (EIP-712) and relayed by anyone.
contract ConsentSignaturesTest is ConsentBase {
    address internal relayer = address(0xBEEF);
    uint256 internal deadline = START + 1 hours;

    function _signGrant(uint256 key, IConsentRegistry.GrantTerms memory t, uint256 nonce)
        internal
        view
        returns (bytes memory)
    {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, ConsentSigning.grantDigest(consent, patient, t, nonce, deadline));
        return abi.encodePacked(r, s, v);
    }

    function _signRevoke(uint256 key, address grantee, uint256 nonce) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(key, ConsentSigning.revokeDigest(consent, patient, grantee, nonce, deadline));
        return abi.encodePacked(r, s, v);
    }

    function test_domainSeparator_bindsChainAndContract() public view {
        bytes32 expected = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("CareKeys Consent"),
                keccak256("1"),
                block.chainid,
                address(consent)
            )
        );
        assertEq(consent.DOMAIN_SEPARATOR(), expected, "domain");
    }

    function test_grantBySig_relayedByAnyone() public {
        IConsentRegistry.GrantTerms memory t = _terms(clinician, _mask(LABS), 1, START + 1 days);
        bytes memory sig = _signGrant(PATIENT_KEY, t, 0);
        vm.prank(relayer);
        consent.grantBySig(patient, t, deadline, sig);
        assertTrue(consent.canAccess(patient, clinician, LABS, TREATMENT), "granted for the signer");
        assertFalse(consent.canAccess(relayer, clinician, LABS, TREATMENT), "not for the relayer");
        assertEq(consent.nonces(patient), 1, "nonce used");
    }

    function test_grantBySig_replayReverts() public {
        IConsentRegistry.GrantTerms memory t = _terms(clinician, _mask(LABS), 1, START + 1 days);
        bytes memory sig = _signGrant(PATIENT_KEY, t, 0);
        consent.grantBySig(patient, t, deadline, sig);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidSignature.selector, patient));
        consent.grantBySig(patient, t, deadline, sig);
    }

    function test_grantBySig_wrongSignerReverts() public {
        IConsentRegistry.GrantTerms memory t = _terms(clinician, _mask(LABS), 1, START + 1 days);
        bytes memory sig = _signGrant(0xBAD, t, 0);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidSignature.selector, patient));
        consent.grantBySig(patient, t, deadline, sig);
    }

    function test_grantBySig_alteredTermsRevert() public {
        IConsentRegistry.GrantTerms memory t = _terms(clinician, _mask(LABS), 1, START + 1 days);
        bytes memory sig = _signGrant(PATIENT_KEY, t, 0);
        t.categories = type(uint32).max;
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidSignature.selector, patient));
        consent.grantBySig(patient, t, deadline, sig);
    }

    function test_grantBySig_expiredDeadlineReverts() public {
        IConsentRegistry.GrantTerms memory t = _terms(clinician, _mask(LABS), 1, START + 1 days);
        bytes memory sig = _signGrant(PATIENT_KEY, t, 0);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ExpiredSignature.selector, deadline));
        consent.grantBySig(patient, t, deadline, sig);
    }

    function test_revokeBySig_endsGrantOnce() public {
        _grant(clinician, _mask(LABS), 1, START + 1 days);
        bytes memory sig = _signRevoke(PATIENT_KEY, clinician, 0);
        vm.prank(relayer);
        consent.revokeBySig(patient, clinician, deadline, sig);
        assertFalse(consent.canAccess(patient, clinician, LABS, TREATMENT), "revoked");
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidSignature.selector, patient));
        consent.revokeBySig(patient, clinician, deadline, sig);
    }

    function test_nonces_areShared_soASignedGrantCannotOutliveALaterRevoke() public {
        IConsentRegistry.GrantTerms memory t = _terms(clinician, _mask(LABS), 1, START + 1 days);
        bytes memory grantSig = _signGrant(PATIENT_KEY, t, 0);
        bytes memory revokeSig = _signRevoke(PATIENT_KEY, clinician, 0);
        consent.revokeBySig(patient, clinician, deadline, revokeSig);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidSignature.selector, patient));
        consent.grantBySig(patient, t, deadline, grantSig);
        assertEq(consent.nonces(patient), 1, "one nonce used");
    }

    function testFuzz_grantBySig_onlyThePatientsKeyWorks(uint256 key) public {
        key = bound(key, 1, 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364140);
        vm.assume(key != PATIENT_KEY);
        IConsentRegistry.GrantTerms memory t = _terms(clinician, _mask(LABS), 1, START + 1 days);
        bytes memory sig = _signGrant(key, t, 0);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidSignature.selector, patient));
        consent.grantBySig(patient, t, deadline, sig);
    }

}
