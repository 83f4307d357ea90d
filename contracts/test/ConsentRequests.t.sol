// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IConsentRegistry} from "../src/interfaces/IConsentRegistry.sol";
import {ConsentBase} from "./ConsentBase.sol";

contract ConsentRequestsTest is ConsentBase {

    uint32 internal constant ASKED = (uint32(1) << VITALS) | (uint32(1) << LABS);

    function _request() internal returns (uint256) {
        vm.prank(clinician);
        return consent.requestAccess(patient, ASKED, 1, 90 days, false, CID);
    }

    function _writeRequest() internal returns (uint256) {
        vm.prank(clinician);
        return consent.requestAccess(patient, _mask(NOTES), 1, 90 days, true, CID);
    }

    function test_requestAccess_storesAndEmits() public {
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.AccessRequested(1, patient, clinician, ASKED, 1, 90 days, false, START + 30 days, CID);
        uint256 id = _request();
        assertEq(id, 1, "first id");
        IConsentRegistry.AccessRequest memory r = consent.requestOf(id);
        assertEq(r.grantee, clinician, "grantee");
        assertEq(r.patient, patient, "patient");
        assertEq(r.categories, ASKED, "categories");
        assertEq(r.duration, 90 days, "duration");
        assertEq(r.expiresAt, START + 30 days, "request expiry");
        assertFalse(r.write, "read only");
        vm.prank(unverified);
        assertEq(consent.requestAccess(patient, ASKED, 1, 90 days, false, CID), 2, "ids count up");
    }

    function test_requestAccess_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidGrantee.selector, clinician));
        vm.prank(clinician);
        consent.requestAccess(clinician, ASKED, 1, 1 days, false, CID);

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidGrantee.selector, clinician));
        vm.prank(clinician);
        consent.requestAccess(address(0), ASKED, 1, 1 days, false, CID);

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.GranteeNotRegistered.selector, stranger));
        vm.prank(stranger);
        consent.requestAccess(patient, ASKED, 1, 1 days, false, CID);

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.EmptyCategories.selector));
        vm.prank(clinician);
        consent.requestAccess(patient, 0, 1, 1 days, false, CID);

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.EmptyPurposes.selector));
        vm.prank(clinician);
        consent.requestAccess(patient, ASKED, 0, 1 days, false, CID);

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidDuration.selector, 0));
        vm.prank(clinician);
        consent.requestAccess(patient, ASKED, 1, 0, false, CID);
    }

    /// The reason CID is length-checked like every other CID.
    function test_requestAccess_revertsOnMissingOrLongReason() public {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidCid.selector));
        vm.prank(clinician);
        consent.requestAccess(patient, ASKED, 1, 1 days, false, "");
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.InvalidCid.selector));
        vm.prank(clinician);
        consent.requestAccess(patient, ASKED, 1, 1 days, false, new bytes(129));
    }

    function test_requestAccess_canAskForWrite() public {
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.AccessRequested(1, patient, clinician, _mask(NOTES), 1, 90 days, true, START + 30 days, CID);
        uint256 id = _writeRequest();
        assertTrue(consent.requestOf(id).write, "write asked for");
        IConsentRegistry.GrantTerms memory t = _terms(clinician, _mask(NOTES), 1, START + 90 days);
        t.write = true;
        vm.prank(patient);
        consent.approveRequest(id, t);
        assertTrue(consent.canWrite(patient, clinician, NOTES), "write granted as asked");
    }

    /// Regression (v2 review): a request made by one identity cannot be approved for another.
    function test_approveRequest_refusedAfterTheRequesterChangedIdentity() public {
        uint256 id = _request();
        assertEq(consent.requestOf(id).identity, 1, "asked as identity 1");
        IConsentRegistry.GrantTerms memory asked = _terms(clinician, ASKED, 1, START + 1 days);
        vm.prank(clinician);
        directory.setEncryptionKey(keccak256("another key"));
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ExceedsRequest.selector, id));
        vm.prank(patient);
        consent.approveRequest(id, _termsAt(clinician, ASKED, 1, START + 1 days, 2));
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.GranteeIdentityChanged.selector, clinician));
        vm.prank(patient);
        consent.approveRequest(id, asked);
    }

    /// Regression: an approval could add write to a read-only request.
    function test_approveRequest_cannotAddWrite() public {
        uint256 id = _request();
        IConsentRegistry.GrantTerms memory t = _terms(clinician, ASKED, 1, START + 1 days);
        t.write = true;
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ExceedsRequest.selector, id));
        vm.prank(patient);
        consent.approveRequest(id, t);
    }

    function test_approveRequest_canNarrowWriteToReadOnlyAndOneShot() public {
        uint256 id = _writeRequest();
        IConsentRegistry.GrantTerms memory t = _terms(clinician, _mask(NOTES), 1, START + 1 days);
        t.oneShot = true;
        vm.prank(patient);
        consent.approveRequest(id, t);
        assertTrue(consent.canAccess(patient, clinician, NOTES, TREATMENT), "read");
        assertFalse(consent.canWrite(patient, clinician, NOTES), "no write");
    }

    function test_approveRequest_becomesAGrant() public {
        uint256 id = _request();
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.AccessRequestApproved(id, patient, clinician);
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.AccessGranted(patient, clinician, _verifiedGrant(ASKED, 1, START + 90 days, 1), KEYRING);
        vm.prank(patient);
        consent.approveRequest(id, _terms(clinician, ASKED, 1, START + 90 days));
        assertTrue(consent.canAccess(patient, clinician, LABS, TREATMENT), "granted");
        assertEq(consent.requestOf(id).patient, address(0), "request cleared");
    }

    function test_approveRequest_canNarrow() public {
        uint256 id = _request();
        vm.prank(patient);
        consent.approveRequest(id, _terms(clinician, _mask(LABS), 1, START + 7 days));
        assertTrue(consent.canAccess(patient, clinician, LABS, TREATMENT), "labs");
        assertFalse(consent.canAccess(patient, clinician, VITALS, TREATMENT), "vitals left out");
    }

    function test_approveRequest_cannotWiden() public {
        uint256 id = _request();
        IConsentRegistry.GrantTerms[4] memory wider = [
            _terms(clinician, ASKED | _mask(NOTES), 1, START + 1 days),
            _terms(clinician, ASKED, 3, START + 1 days),
            _terms(clinician, ASKED, 1, START + 90 days + 1),
            _terms(model, ASKED, 1, START + 1 days)
        ];
        for (uint256 i; i < wider.length; i++) {
            vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.ExceedsRequest.selector, id));
            vm.prank(patient);
            consent.approveRequest(id, wider[i]);
        }
    }

    function test_approveRequest_revertsForOthersUnknownOrExpired() public {
        uint256 id = _request();
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.NotRequestPatient.selector, id, stranger));
        vm.prank(stranger);
        consent.approveRequest(id, _terms(clinician, ASKED, 1, START + 1 days));

        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.UnknownRequest.selector, 99));
        vm.prank(patient);
        consent.approveRequest(99, _terms(clinician, ASKED, 1, START + 1 days));

        vm.warp(START + 30 days);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.RequestExpired.selector, id, START + 30 days));
        vm.prank(patient);
        consent.approveRequest(id, _terms(clinician, ASKED, 1, START + 31 days));
    }

    function test_denyRequest_clearsAndEmits() public {
        uint256 id = _request();
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.AccessRequestDenied(id, patient, clinician);
        vm.prank(patient);
        consent.denyRequest(id);
        assertEq(consent.requestOf(id).patient, address(0), "cleared");
        assertFalse(consent.canAccess(patient, clinician, LABS, TREATMENT), "no access");
    }

    function test_denyRequest_reverts() public {
        uint256 id = _request();
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.NotRequestPatient.selector, id, clinician));
        vm.prank(clinician);
        consent.denyRequest(id);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.UnknownRequest.selector, 7));
        vm.prank(patient);
        consent.denyRequest(7);
    }

    function testFuzz_approveRequest_withinRequestAlwaysWorks(uint32 cats, uint16 purps, uint40 duration) public {
        cats = cats & ASKED;
        purps = purps & 1;
        vm.assume(cats != 0 && purps != 0);
        duration = uint40(bound(duration, 1, 90 days));
        uint256 id = _request();
        vm.prank(patient);
        consent.approveRequest(id, _terms(clinician, cats, purps, uint64(START + duration)));
        (IConsentRegistry.Grant memory g, IConsentRegistry.GrantStatus status) = consent.grantOf(patient, clinician);
        assertEq(uint256(status), uint256(IConsentRegistry.GrantStatus.Active), "granted");
        assertEq(g.categories, cats, "as approved");
    }

    // --- one open request per (requester, patient) ---

    function _expectPending(uint256 openId) internal {
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.RequestPending.selector, openId));
    }

    /// Regression (F3, security review): one unverified stranger sent 500 requests to one patient,
    /// all of them on the patient's list. A second request waits until the first is answered.
    function test_requestAccess_secondWhilePendingReverts() public {
        vm.prank(unverified);
        uint256 id = consent.requestAccess(patient, ASKED, 1, 90 days, false, CID);
        assertEq(consent.openRequestOf(unverified, patient), id, "open");
        for (uint256 i; i < 3; i++) {
            _expectPending(id);
            vm.prank(unverified);
            consent.requestAccess(patient, _mask(LABS), 1, 1 days, false, CID);
        }
        // others may still ask, and the stranger may ask another patient
        assertEq(_request(), id + 1, "another requester");
        vm.prank(unverified);
        consent.requestAccess(stranger, ASKED, 1, 1 days, false, CID);
    }

    function test_requestAccess_againAfterApproval() public {
        uint256 id = _request();
        vm.prank(patient);
        consent.approveRequest(id, _terms(clinician, ASKED, 1, START + 1 days));
        assertEq(consent.openRequestOf(clinician, patient), 0, "answered");
        assertEq(_request(), id + 1, "may ask again");
    }

    function test_requestAccess_againAfterDenial() public {
        uint256 id = _request();
        vm.prank(patient);
        consent.denyRequest(id);
        assertEq(consent.openRequestOf(clinician, patient), 0, "answered");
        assertEq(_request(), id + 1, "may ask again");
    }

    /// A lapsed request no longer blocks; asking again clears it (it can never be approved).
    function test_requestAccess_againAfterExpiryClearsTheLapsedOne() public {
        uint256 id = _request();
        vm.warp(START + 30 days - 1);
        _expectPending(id);
        _request();
        vm.warp(START + 30 days);
        assertEq(consent.openRequestOf(clinician, patient), 0, "lapsed");
        uint256 next = _request();
        assertEq(consent.openRequestOf(clinician, patient), next, "the new one is open");
        assertEq(consent.requestOf(id).patient, address(0), "the lapsed one is cleared");
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.UnknownRequest.selector, id));
        vm.prank(patient);
        consent.denyRequest(id);
        _expectPending(next);
        _request();
    }

    /// Denying a lapsed request ends it like a pending one.
    function test_denyRequest_ofALapsedRequestLetsTheRequesterAskAgain() public {
        uint256 id = _request();
        vm.warp(START + 31 days);
        vm.prank(patient);
        consent.denyRequest(id);
        assertEq(_request(), id + 1, "may ask again");
    }

    function test_withdrawRequest_clearsAndEmits() public {
        uint256 id = _request();
        vm.expectEmit(true, true, true, true, address(consent));
        emit IConsentRegistry.AccessRequestWithdrawn(id, patient, clinician);
        vm.prank(clinician);
        consent.withdrawRequest(id);
        assertEq(consent.requestOf(id).patient, address(0), "cleared");
        assertEq(consent.openRequestOf(clinician, patient), 0, "not open");
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.UnknownRequest.selector, id));
        vm.prank(patient);
        consent.approveRequest(id, _terms(clinician, ASKED, 1, START + 1 days));
        assertEq(_request(), id + 1, "may ask again");
    }

    function test_withdrawRequest_reverts() public {
        uint256 id = _request();
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.NotRequester.selector, id, patient));
        vm.prank(patient);
        consent.withdrawRequest(id);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.NotRequester.selector, id, unverified));
        vm.prank(unverified);
        consent.withdrawRequest(id);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.UnknownRequest.selector, 9));
        vm.prank(clinician);
        consent.withdrawRequest(9);
        vm.prank(clinician);
        consent.withdrawRequest(id);
        vm.expectRevert(abi.encodeWithSelector(IConsentRegistry.UnknownRequest.selector, id));
        vm.prank(clinician);
        consent.withdrawRequest(id);
    }

    /// Requester and patient, asking and answering in any order: never two open requests of a pair.
    function testFuzz_atMostOneOpenRequestPerPair(uint8[12] memory steps) public {
        uint256 open;
        for (uint256 i; i < steps.length; i++) {
            uint8 step = steps[i] % 5;
            if (step == 0) {
                vm.prank(clinician);
                try consent.requestAccess(patient, ASKED, 1, 1 days, false, CID) returns (uint256 id) {
                    assertEq(open, 0, "asked while one was open");
                    open = id;
                } catch {
                    assertTrue(open != 0, "refused with none open");
                }
            } else if (open != 0 && step == 1) {
                vm.prank(patient);
                consent.denyRequest(open);
                open = 0;
            } else if (open != 0 && step == 2) {
                vm.prank(clinician);
                consent.withdrawRequest(open);
                open = 0;
            } else if (open != 0 && step == 3) {
                vm.prank(patient);
                consent.approveRequest(open, _terms(clinician, ASKED, 1, uint64(block.timestamp + 1 hours)));
                open = 0;
            } else if (step == 4) {
                vm.warp(block.timestamp + 16 days);
                if (open != 0 && block.timestamp >= consent.requestOf(open).expiresAt) open = 0;
            }
            assertEq(consent.openRequestOf(clinician, patient), open, "open request as modelled");
        }
    }
}
