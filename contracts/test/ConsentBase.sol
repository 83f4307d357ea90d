// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ConsentRegistry} from "../src/ConsentRegistry.sol";
import {Directory} from "../src/Directory.sol";
import {IConsentRegistry} from "../src/interfaces/IConsentRegistry.sol";
import {Test} from "./utils/Test.sol";

/// @notice Shared set-up: a Directory with a verified clinician and a verified model, an
/// unverified provider, and a ConsentRegistry bound to it.
abstract contract ConsentBase is Test {
    // Categories (bit positions) and purposes (bit positions), as in lib/consent.
    uint8 internal constant VITALS = 0;
    uint8 internal constant LABS = 1;
    uint8 internal constant CONDITIONS = 2;
    uint8 internal constant NOTES = 6;
    uint8 internal constant AI_RESULTS = 9;
    uint8 internal constant TREATMENT = 0;
    uint8 internal constant AI_INFERENCE = 1;
    uint8 internal constant AI_TRAINING = 2;

    Directory internal directory;
    ConsentRegistry internal consent;

    uint256 internal constant PATIENT_KEY = 0xA11CE5;
    address internal patient;
    address internal admin = address(0xAD);
    address internal clinician = address(0xD0C);
    address internal model = address(0xA1);
    address internal unverified = address(0x0BAD);
    address internal stranger = address(0x5757);

    bytes internal constant KEYRING = hex"01551220aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    bytes internal constant CID = hex"01551220bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    bytes32 internal constant HASH = keccak256("salted commitment");
    uint40 internal constant START = 1_750_000_000;

    function setUp() public virtual {
        vm.warp(START);
        patient = vm.addr(PATIENT_KEY);
        directory = new Directory(admin);
        _register(clinician, "Dr. Maya Rivera", true);
        _register(unverified, "Unchecked Clinic", false);
        vm.prank(model);
        directory.registerModel("ASCVD risk", keccak256("model key"), "bafkreicard", "bafkreiartifact", "1.0.0");
        _verify(admin, model);
        consent = new ConsentRegistry(directory);
    }

    function _register(address who, string memory name, bool verify) internal {
        vm.prank(who);
        directory.registerProvider(name, keccak256(bytes(name)), "bafkreiprofile");
        if (verify) {
            _verify(admin, who);
        }
    }

    /// A verifier attests the entry as it stands (what `attestationOf` shows it).
    function _verify(address by, address who) internal {
        (uint32 identity, bytes32 entryHash) = directory.attestationOf(who);
        vm.prank(by);
        directory.verify(who, identity, entryHash);
    }

    function _mask(uint8 bit) internal pure returns (uint32) {
        return uint32(1) << bit;
    }

    /// Terms for a grantee at its first identity revision (every participant of the set-up).
    function _terms(address grantee, uint32 categories, uint16 purposes, uint64 expiresAt)
        internal
        pure
        returns (IConsentRegistry.GrantTerms memory)
    {
        return _termsAt(grantee, categories, purposes, expiresAt, 1);
    }

    function _termsAt(address grantee, uint32 categories, uint16 purposes, uint64 expiresAt, uint32 identity)
        internal
        pure
        returns (IConsentRegistry.GrantTerms memory)
    {
        return IConsentRegistry.GrantTerms(
            grantee, categories, purposes, expiresAt, identity, false, false, false, KEYRING
        );
    }

    function _grant(address grantee, uint32 categories, uint16 purposes, uint64 expiresAt) internal {
        vm.prank(patient);
        consent.grant(_terms(grantee, categories, purposes, expiresAt));
    }

    /// A grant packed as the registry documents it (bits: categories 0, purposes 32, expiresAt 48,
    /// write 112, oneShot 120, requireVerified 128, epoch 136, identity 168, signedAt 200, nonce 240), written
    /// out independently of the contract, for expected {AccessGranted} events.
    function _grantWord(IConsentRegistry.Grant memory g) internal pure returns (uint256) {
        return uint256(g.categories) | uint256(g.purposes) << 32 | uint256(g.expiresAt) << 48
            | (g.write ? uint256(1) << 112 : 0) | (g.oneShot ? uint256(1) << 120 : 0)
            | (g.requireVerified ? uint256(1) << 128 : 0) | uint256(g.epoch) << 136 | uint256(g.identity) << 168
            | uint256(g.signedAt) << 200 | uint256(g.nonce) << 240;
    }

    /// The word of a plain grant the patient sent to a verified grantee at identity 1 in epoch 0,
    /// as the `nonce`-th transaction about that grantee.
    function _verifiedGrant(uint32 categories, uint16 purposes, uint64 expiresAt, uint16 nonce)
        internal
        pure
        returns (uint256)
    {
        return _grantWord(IConsentRegistry.Grant(categories, purposes, expiresAt, false, false, true, 0, 1, 0, nonce));
    }

    function _anchors(bytes32 id) internal pure returns (IConsentRegistry.RecordAnchor[] memory list) {
        list = new IConsentRegistry.RecordAnchor[](1);
        list[0] = IConsentRegistry.RecordAnchor(id, HASH, CID);
    }

    function _anchor(address caller, address owner, bytes32 id) internal {
        vm.prank(caller);
        consent.anchorRecords(owner, _anchors(id));
    }

    function _status(address grantee) internal view returns (IConsentRegistry.GrantStatus status) {
        (, status) = consent.grantOf(patient, grantee);
    }

    function _recordId(uint256 seed, uint8 category) internal pure returns (bytes32) {
        return bytes32((uint256(keccak256(abi.encode(seed))) & ~uint256(0xff)) | category);
    }

    function _ids(bytes32 a) internal pure returns (bytes32[] memory ids) {
        ids = new bytes32[](1);
        ids[0] = a;
    }

    function _ids(bytes32 a, bytes32 b) internal pure returns (bytes32[] memory ids) {
        ids = new bytes32[](2);
        ids[0] = a;
        ids[1] = b;
    }
}
