// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ConsentRegistry} from "../src/ConsentRegistry.sol";
import {IConsentRegistry} from "../src/interfaces/IConsentRegistry.sol";
import {ConsentBase} from "./ConsentBase.sol";
import {ConsentSigning} from "./utils/ConsentSigning.sol";
import {Test} from "./utils/Test.sol";

/// @notice Drives the registry with random grants, revocations, time jumps, receipts and
/// forged signatures, keeping a plain model of what each patient has granted.
contract ConsentHandler is Test {
    struct Model {
        uint32 categories;
        uint16 purposes;
        uint64 expiresAt;
        uint64 epoch;
    }

    ConsentRegistry internal immutable consent;
    uint256[3] internal patientKeys = [uint256(0xA11CE5), 0xB0B5, 0xCA7];
    address[3] internal patients;
    address[] internal grantees;

    mapping(address patient => mapping(address grantee => Model)) internal model;
    mapping(address patient => uint64) internal epochs;

    bool public receiptOutsideGrant;
    bool public unauthorizedChange;
    uint256 public receiptsAccepted;

    constructor(ConsentRegistry consent_, address[] memory grantees_) {
        consent = consent_;
        grantees = grantees_;
        for (uint256 i; i < 3; i++) {
            patients[i] = vm.addr(patientKeys[i]);
        }
    }

    function patientAt(uint256 i) public view returns (address) {
        return patients[i % 3];
    }

    function granteeAt(uint256 i) public view returns (address) {
        return grantees[i % grantees.length];
    }

    function granteeCount() external view returns (uint256) {
        return grantees.length;
    }

    /// The model's answer: granted, in the current epoch, not expired, bits set.
    function modelAllows(address patient, address grantee, uint8 category, uint8 purpose) public view returns (bool) {
        Model memory m = model[patient][grantee];
        return m.categories != 0 && m.epoch == epochs[patient] && block.timestamp < m.expiresAt
            && (m.categories >> category) & 1 == 1 && (m.purposes >> purpose) & 1 == 1;
    }

    function grant(uint256 p, uint256 g, uint32 categories, uint16 purposes, uint32 ttl) external {
        if (categories == 0 || purposes == 0 || ttl == 0) return;
        address patient = patientAt(p);
        address grantee = granteeAt(g);
        uint64 expiresAt = uint64(block.timestamp) + ttl;
        vm.prank(patient);
        consent.grant(IConsentRegistry.GrantTerms(grantee, categories, purposes, expiresAt, false, true, hex"01"));
        model[patient][grantee] = Model(categories, purposes, expiresAt, epochs[patient]);
    }

    function revoke(uint256 p, uint256 g) external {
        address patient = patientAt(p);
        address grantee = granteeAt(g);
        vm.prank(patient);
        consent.revoke(grantee);
        delete model[patient][grantee];
    }

    function revokeAll(uint256 p) external {
        address patient = patientAt(p);
        vm.prank(patient);
        consent.revokeAll();
        epochs[patient] += 1;
    }

    function wait(uint32 seconds_) external {
        vm.warp(block.timestamp + (seconds_ % 10 days));
    }

    function strangerActs(address caller, uint256 g) external {
        for (uint256 i; i < 3; i++) {
            if (caller == patientAt(i)) return;
        }
        vm.startPrank(caller);
        consent.revoke(granteeAt(g));
        consent.revokeAll();
        vm.stopPrank();
    }

    function logAccess(uint256 p, uint256 g, uint8 category, uint8 purpose) external {
        address patient = patientAt(p);
        address grantee = granteeAt(g);
        category = category % 32;
        purpose = purpose % 16;
        bytes32[] memory ids = new bytes32[](1);
        ids[0] = bytes32((uint256(keccak256(abi.encode(p, g))) << 8) | category);
        bool allowed = modelAllows(patient, grantee, category, purpose);
        vm.prank(grantee);
        try consent.logAccess(patient, ids, purpose) {
            receiptsAccepted += 1;
            if (!allowed) receiptOutsideGrant = true;
        } catch {}
    }

    function forgedGrantBySig(uint256 p, uint256 g, uint256 key) external {
        key = bound(key, 1, 1e70);
        address patient = patientAt(p);
        if (vm.addr(key) == patient) return;
        IConsentRegistry.GrantTerms memory t =
            IConsentRegistry.GrantTerms(granteeAt(g), 1, 1, uint64(block.timestamp + 1 days), false, true, hex"01");
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 digest = ConsentSigning.grantDigest(consent, patient, t, consent.nonces(patient), deadline);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        try consent.grantBySig(patient, t, deadline, abi.encodePacked(r, s, v)) {
            unauthorizedChange = true;
        } catch {}
    }
}

contract ConsentInvariantsTest is ConsentBase {
    ConsentHandler internal handler;

    function setUp() public override {
        super.setUp();
        address[] memory grantees = new address[](3);
        grantees[0] = clinician;
        grantees[1] = model;
        grantees[2] = unverified;
        handler = new ConsentHandler(consent, grantees);
        targetContract(address(handler));
    }

    /// canAccess implies granted, not revoked (no later epoch), not expired; and the reverse.
    function invariant_canAccessMatchesTheModel() public view {
        for (uint256 p; p < 3; p++) {
            for (uint256 g; g < 3; g++) {
                for (uint8 category; category < 32; category += 7) {
                    for (uint8 purpose; purpose < 5; purpose++) {
                        address patient = handler.patientAt(p);
                        address grantee = handler.granteeAt(g);
                        assertEq(
                            consent.canAccess(patient, grantee, category, purpose),
                            handler.modelAllows(patient, grantee, category, purpose),
                            "canAccess differs from the model"
                        );
                    }
                }
            }
        }
    }

    /// Only the patient (or the patient's valid signature) changes the patient's grants.
    function invariant_noForgedSignatureIsAccepted() public view {
        assertFalse(handler.unauthorizedChange(), "a forged signature changed a grant");
    }

    /// A receipt is never accepted outside a valid grant.
    function invariant_noReceiptOutsideAGrant() public view {
        assertFalse(handler.receiptOutsideGrant(), "a receipt was accepted without a grant");
    }
}
