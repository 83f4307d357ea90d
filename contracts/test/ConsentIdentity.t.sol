// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IConsentRegistry} from "../src/interfaces/IConsentRegistry.sol";
import {ConsentBase} from "./ConsentBase.sol";

/// @notice Grants follow the grantee's identity and verification; one-shot grants.
contract ConsentIdentityTest is ConsentBase {
    uint64 internal constant IN_30_DAYS = START + 30 days;

    function _expectStatus(address grantee, IConsentRegistry.GrantStatus expected, string memory message)
        internal
        view
    {
        assertEq(uint256(_status(grantee)), uint256(expected), message);
    }

    // --- identity ---

    /// Regression: a model that swapped its artifact kept its grants and its receipts were
    /// accepted. A new artifact is a new identity: the grant ends, even once re-verified.
    function test_modelThatSwapsItsArtifactLosesAccess() public {
        _grant(model, _mask(LABS), uint16(_mask(AI_INFERENCE)), IN_30_DAYS);
        vm.prank(model);
        directory.setModelArtifact("bafkreiotherartifact", "1.0.0");

        assertFalse(consent.canAccess(patient, model, LABS, AI_INFERENCE), "no access");
        _expectStatus(model, IConsentRegistry.GrantStatus.IdentityChanged, "identity changed");
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.GranteeIdentityChanged.selector, model));
        vm.prank(model);
        consent.logAccess(patient, _ids(_recordId(1, LABS)), AI_INFERENCE);

        _verify(admin, model);
        assertFalse(consent.canAccess(patient, model, LABS, AI_INFERENCE), "re-verification is not consent");

        vm.prank(patient);
        consent.grant(_termsAt(model, _mask(LABS), uint16(_mask(AI_INFERENCE)), IN_30_DAYS, 2));
        assertTrue(consent.canAccess(patient, model, LABS, AI_INFERENCE), "new consent for the new artifact");
    }

    function test_newEncryptionKeyEndsTheGrant() public {
        _grant(clinician, _mask(LABS), 1, IN_30_DAYS);
        vm.prank(clinician);
        directory.setEncryptionKey(keccak256("new key"));
        assertFalse(consent.canAccess(patient, clinician, LABS, TREATMENT), "ended");
        _expectStatus(clinician, IConsentRegistry.GrantStatus.IdentityChanged, "identity changed");
        assertTrue(directory.isVerified(clinician), "still verified: it is the consent that ends");
    }

    /// Regression: a provider whose verification was withdrawn kept its grants.
    function test_lapsedVerificationSuspendsAndAttestationRestores() public {
        _grant(clinician, _mask(NOTES), 1, IN_30_DAYS);
        IConsentRegistry.GrantTerms memory t = _terms(clinician, _mask(NOTES), 1, IN_30_DAYS);
        t.write = true;
        vm.prank(patient);
        consent.grant(t);
        vm.prank(admin);
        directory.revokeVerification(clinician);

        assertFalse(consent.canAccess(patient, clinician, NOTES, TREATMENT), "suspended: no access");
        assertFalse(consent.canWrite(patient, clinician, NOTES), "suspended: no write");
        _expectStatus(clinician, IConsentRegistry.GrantStatus.Suspended, "suspended");
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.GranteeNotVerified.selector, clinician));
        vm.prank(clinician);
        consent.logAccess(patient, _ids(_recordId(1, NOTES)), TREATMENT);
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.WriteNotGranted.selector, patient, clinician, _mask(NOTES))
        );
        _anchor(clinician, patient, _recordId(2, NOTES));

        _verify(admin, clinician);
        assertTrue(consent.canAccess(patient, clinician, NOTES, TREATMENT), "restored");
        assertTrue(consent.canWrite(patient, clinician, NOTES), "write restored");
    }

    /// Regression: editing a display name cleared verification and so suspended every grant.
    function test_profileEditDoesNotSuspend() public {
        _grant(clinician, _mask(LABS), 1, IN_30_DAYS);
        vm.prank(clinician);
        directory.updateProfile("Dr. M. Rivera", "bafkreinewprofile");
        assertTrue(consent.canAccess(patient, clinician, LABS, TREATMENT), "still active");
        _verify(admin, clinician);
        assertTrue(consent.canAccess(patient, clinician, LABS, TREATMENT), "still active once attested");
    }

    /// A grant the patient gave knowingly to an unverified grantee has no verification to lapse.
    function test_grantToUnverifiedIgnoresVerification() public {
        IConsentRegistry.GrantTerms memory t = _terms(unverified, _mask(LABS), 1, IN_30_DAYS);
        t.allowUnverified = true;
        vm.prank(patient);
        consent.grant(t);
        _verify(admin, unverified);
        vm.prank(admin);
        directory.revokeVerification(unverified);
        assertTrue(consent.canAccess(patient, unverified, LABS, TREATMENT), "as the patient agreed");
    }

    function test_regrantAfterIdentityChangeBindsTheNewIdentity() public {
        _grant(clinician, _mask(LABS), 1, IN_30_DAYS);
        vm.prank(clinician);
        directory.setEncryptionKey(keccak256("new key"));
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.AccessGranted(
            patient,
            clinician,
            _grantWord(IConsentRegistry.Grant(_mask(LABS), 1, IN_30_DAYS, false, false, true, 0, 2, 0, 2)),
            KEYRING
        );
        vm.prank(patient);
        consent.grant(_termsAt(clinician, _mask(LABS), 1, IN_30_DAYS, 2));
        (IConsentRegistry.Grant memory g,) = consent.grantOf(patient, clinician);
        assertEq(g.identity, 2, "bound to the new identity");
    }

    // --- one-shot ---

    function _oneShot(address grantee, uint32 categories, uint16 purposes) internal {
        IConsentRegistry.GrantTerms memory t = _terms(grantee, categories, purposes, IN_30_DAYS);
        t.oneShot = true;
        vm.prank(patient);
        consent.grant(t);
    }

    function test_oneShot_firstAcceptedReceiptUsesItUp() public {
        _oneShot(model, _mask(LABS), uint16(_mask(AI_INFERENCE)));
        _anchor(patient, patient, _recordId(1, LABS));
        bytes32[] memory ids = _ids(_recordId(1, LABS));
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.AccessLogged(patient, model, AI_INFERENCE, ids);
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.OneShotGrantUsed(patient, model);
        vm.prank(model);
        consent.logAccess(patient, ids, AI_INFERENCE);

        _expectStatus(model, IConsentRegistry.GrantStatus.None, "used up");
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.AccessNotGranted.selector, patient, model, _mask(LABS), AI_INFERENCE)
        );
        vm.prank(model);
        consent.logAccess(patient, ids, AI_INFERENCE);
    }

    function test_oneShot_refusedReceiptDoesNotUseIt() public {
        _oneShot(model, _mask(LABS), uint16(_mask(AI_INFERENCE)));
        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.AccessNotGranted.selector, patient, model, _mask(LABS), AI_TRAINING)
        );
        vm.prank(model);
        consent.logAccess(patient, _ids(_recordId(1, LABS)), AI_TRAINING);
        _expectStatus(model, IConsentRegistry.GrantStatus.Active, "still there");
    }

    /// "Run this model once": the model anchors its result and logs its read in one multicall;
    /// the receipt uses the grant up, so neither can be done again.
    function test_oneShot_modelAnchorsItsResultAndLogsInOneTransaction() public {
        _oneShot(model, _mask(LABS) | _mask(VITALS), uint16(_mask(AI_INFERENCE)));
        _anchor(patient, patient, _recordId(1, LABS));
        bytes32 result = _recordId(7, AI_RESULTS);
        bytes[] memory calls = new bytes[](2);
        calls[0] = abi.encodeCall(consent.anchorRecords, (patient, _anchors(result)));
        calls[1] = abi.encodeCall(consent.logAccess, (patient, _ids(_recordId(1, LABS)), AI_INFERENCE));
        vm.prank(model);
        consent.multicall(calls);
        (bool anchored,,) = consent.recordOf(patient, result);
        assertTrue(anchored, "result anchored");
        assertFalse(consent.canWrite(patient, model, AI_RESULTS), "no second result");

        vm.expectRevert(
            abi.encodeWithSelector(IConsentRegistry.WriteNotGranted.selector, patient, model, _mask(AI_RESULTS))
        );
        _anchor(model, patient, _recordId(8, AI_RESULTS));
    }

    function testFuzz_oneShot_acceptsExactlyOneReceipt(uint8 attempts, uint8 category) public {
        attempts = uint8(bound(attempts, 1, 12));
        category = uint8(bound(category, 0, 31));
        _oneShot(clinician, _mask(category), 1);
        uint256 accepted;
        for (uint256 i; i < attempts; i++) {
            _anchor(patient, patient, _recordId(i, category));
            vm.prank(clinician);
            try consent.logAccess(patient, _ids(_recordId(i, category)), TREATMENT) {
                accepted++;
            } catch {}
        }
        assertEq(accepted, 1, "exactly one receipt");
    }
}
