// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ConsentRegistry} from "../src/ConsentRegistry.sol";
import {Directory} from "../src/Directory.sol";
import {IConsentRegistry} from "../src/interfaces/IConsentRegistry.sol";
import {IDirectory} from "../src/interfaces/IDirectory.sol";
import {ConsentBase} from "./ConsentBase.sol";
import {ConsentSigning} from "./utils/ConsentSigning.sol";
import {Test} from "./utils/Test.sol";

/// @notice Acts as every role honestly: patients grant, sign grants and revocations with their
/// real keys (relayed later, some after the patient changed their mind), revoke, revoke all and
/// cancel signatures; grantees log receipts and change their keys or artifacts; the verifier
/// attests and withdraws; time passes; strangers forge signatures. Keeps a plain model of what
/// each patient has consented to.
contract ConsentHandler is Test {
    struct Model {
        uint32 categories;
        uint16 purposes;
        uint64 expiresAt;
        bool write;
        bool oneShot;
        bool requireVerified;
        uint32 epoch;
        uint32 identity;
    }

    struct Signed {
        bool isGrant;
        address patient;
        IConsentRegistry.GrantTerms terms;
        uint40 issuedAt;
        uint256 deadline;
        bytes signature;
        uint32 signatureEpoch; // the model's, when signed
        uint16 nonce;
    }

    ConsentRegistry internal immutable consent;
    Directory internal immutable directory;
    address internal immutable admin;
    uint256[3] internal patientKeys = [uint256(0xA11CE5), 0xB0B5, 0xCA7];
    address[3] internal patients;
    address[3] internal grantees;
    bool[3] internal isModel;

    mapping(address patient => mapping(address grantee => Model)) internal model;
    mapping(address patient => mapping(address grantee => uint40)) internal signedAt;
    mapping(address patient => mapping(address grantee => uint16)) internal nonces;
    mapping(address patient => uint32) internal epochs;
    mapping(address patient => uint32) internal signatureEpochs;
    mapping(address grantee => uint32) internal identities;
    mapping(address grantee => bool) internal verified;
    Signed[] internal signed;
    uint256 internal keyCounter;
    uint256 internal lastPatient;
    uint256 internal lastGrantee;

    bool public receiptOutsideGrant;
    bool public receiptForUnknownRecord;
    bool public forgedSignatureAccepted;
    bool public staleSignatureAccepted;
    uint256 public receiptsAccepted;
    uint256 public signaturesAccepted;

    constructor(ConsentRegistry consent_, Directory directory_, address admin_, address[3] memory grantees_) {
        consent = consent_;
        directory = directory_;
        admin = admin_;
        grantees = grantees_;
        for (uint256 i; i < 3; i++) {
            patients[i] = vm.addr(patientKeys[i]);
            (, bool isVerified, uint32 identity) = directory.statusOf(grantees[i]);
            verified[grantees[i]] = isVerified;
            identities[grantees[i]] = identity;
            isModel[i] = directory.kindOf(grantees[i]) == IDirectory.Kind.Model;
        }
    }

    function patientAt(uint256 i) public view returns (address) {
        return patients[i % 3];
    }

    function granteeAt(uint256 i) public view returns (address) {
        return grantees[i % 3];
    }

    /// The model's answer: granted, current epoch, not expired, same identity, verified if it
    /// was when granted, bits set.
    function modelAllows(address patient, address grantee, uint8 category, uint8 purpose) public view returns (bool) {
        Model memory m = model[patient][grantee];
        return m.categories != 0 && m.epoch == epochs[patient] && block.timestamp < m.expiresAt
            && m.identity == identities[grantee] && (!m.requireVerified || verified[grantee])
            && (m.categories >> category) & 1 == 1 && (m.purposes >> purpose) & 1 == 1;
    }

    // ------------------------------------------------------------ patients

    function grant(uint256 p, uint256 g, uint32 categories, uint16 purposes, uint32 ttl, uint8 flags) external {
        address patient = patientAt(p);
        IConsentRegistry.GrantTerms memory t = _terms(granteeAt(g), categories, purposes, ttl, flags);
        vm.prank(patient);
        try consent.grant(t) {
            _applyGrant(patient, t, 0);
            (lastPatient, lastGrantee) = (p, g);
        } catch {}
    }

    function signGrant(uint256 p, uint256 g, uint32 categories, uint16 purposes, uint32 ttl, uint8 flags) external {
        IConsentRegistry.GrantTerms memory t = _terms(granteeAt(g), categories, purposes, ttl, flags);
        signed.push(_signed(true, p, t));
    }

    /// The patient's genuine signature of a grant (`isGrant`) or revocation, issued now.
    function _signed(bool isGrant, uint256 p, IConsentRegistry.GrantTerms memory t)
        internal
        view
        returns (Signed memory s)
    {
        s = Signed(
            isGrant,
            patientAt(p),
            t,
            uint40(block.timestamp),
            block.timestamp + 2 days,
            "",
            signatureEpochs[patientAt(p)],
            nonces[patientAt(p)][t.grantee]
        );
        bytes32 digest = isGrant
            ? ConsentSigning.grantDigest(consent, s.patient, t, s.issuedAt, s.deadline)
            : ConsentSigning.revokeDigest(consent, s.patient, t.grantee, s.issuedAt, s.deadline);
        (uint8 v, bytes32 r, bytes32 sig) = vm.sign(patientKeys[p % 3], digest);
        s.signature = abi.encodePacked(r, sig, v);
    }

    function signRevoke(uint256 p, uint256 g) external {
        signed.push(_signed(false, p, _terms(granteeAt(g), 1, 1, 1, 0)));
    }

    /// A relayer submits a signature the patient gave earlier, perhaps after they decided otherwise.
    function relay(uint256 i) external {
        if (signed.length == 0) return;
        Signed memory s = signed[i % signed.length];
        // Current: no transaction of the patient about this grantee, revoke-all or cancellation
        // since it was signed, and issued after the signed decision in force.
        bool current = s.signatureEpoch == signatureEpochs[s.patient] && s.nonce == nonces[s.patient][s.terms.grantee]
            && s.issuedAt > signedAt[s.patient][s.terms.grantee] && block.timestamp <= s.deadline;
        bool accepted;
        if (s.isGrant) {
            try consent.grantBySig(s.patient, s.terms, s.issuedAt, s.deadline, s.signature) {
                accepted = true;
                _applyGrant(s.patient, s.terms, s.issuedAt);
            } catch {}
        } else {
            try consent.revokeBySig(s.patient, s.terms.grantee, s.issuedAt, s.deadline, s.signature) {
                accepted = true;
                _applyRevoke(s.patient, s.terms.grantee, s.issuedAt);
            } catch {}
        }
        if (accepted) {
            signaturesAccepted += 1;
            if (!current) staleSignatureAccepted = true;
        }
    }

    function revoke(uint256 p, uint256 g) external {
        address patient = patientAt(p);
        vm.prank(patient);
        consent.revoke(granteeAt(g));
        _applyRevoke(patient, granteeAt(g), 0);
    }

    function revokeAll(uint256 p) external {
        address patient = patientAt(p);
        vm.prank(patient);
        consent.revokeAll();
        epochs[patient] += 1;
        signatureEpochs[patient] += 1;
    }

    function cancelSignatures(uint256 p) external {
        address patient = patientAt(p);
        vm.prank(patient);
        consent.cancelSignatures();
        signatureEpochs[patient] += 1;
    }

    // ------------------------------------------------------------ others

    function wait(uint32 seconds_) external {
        vm.warp(block.timestamp + (seconds_ % 10 days));
    }

    function logAccess(uint256 p, uint256 g, uint8 category, uint8 purpose) external {
        // mostly a record the patient anchored; sometimes an id that was never anchored
        bool anchored = purpose & 0x20 == 0;
        // mostly the grantee of the latest grant, which is where receipts are accepted
        if (purpose & 0x40 == 0) (p, g) = (lastPatient, lastGrantee);
        address patient = patientAt(p);
        address grantee = granteeAt(g);
        Model memory m = model[patient][grantee];
        if (purpose & 0x80 == 0 && m.categories != 0) {
            // an honest grantee mostly reads what it was granted; otherwise anything
            category = _nthBit(m.categories, category);
            purpose = _nthBit(m.purposes, purpose);
        }
        category = category % 32;
        purpose = purpose % 16;
        bytes32[] memory ids = new bytes32[](1);
        ids[0] = bytes32((uint256(keccak256(abi.encode(p, g, receiptsAccepted))) << 8) | category);
        if (anchored) {
            IConsentRegistry.RecordAnchor[] memory list = new IConsentRegistry.RecordAnchor[](1);
            list[0] = IConsentRegistry.RecordAnchor(ids[0], keccak256("content"), "bafkreirecord");
            vm.prank(patient);
            consent.anchorRecords(patient, list);
        }
        bool allowed = modelAllows(patient, grantee, category, purpose);
        vm.prank(grantee);
        try consent.logAccess(patient, ids, purpose) {
            receiptsAccepted += 1;
            if (!allowed) receiptOutsideGrant = true;
            if (!anchored) receiptForUnknownRecord = true;
            if (model[patient][grantee].oneShot) model[patient][grantee].categories = 0; // used up
        } catch {}
    }

    function verifierActs(uint256 g, bool attest) external {
        address grantee = granteeAt(g);
        (uint32 identity, bytes32 entryHash) = directory.attestationOf(grantee);
        vm.prank(admin);
        if (attest) directory.verify(grantee, identity, entryHash);
        else directory.revokeVerification(grantee);
        verified[grantee] = attest;
    }

    /// A grantee takes a new encryption key, or a model a new artifact: a new identity.
    function granteeChangesIdentity(uint256 g) external {
        address grantee = granteeAt(g);
        keyCounter += 1;
        vm.prank(grantee);
        if (isModel[g % 3]) {
            directory.setModelArtifact(string(abi.encodePacked("bafkreiartifact", keyCounter)), "2.0.0");
            verified[grantee] = false;
        } else {
            directory.setEncryptionKey(keccak256(abi.encode("key", keyCounter)));
        }
        identities[grantee] += 1;
    }

    function strangerActs(address caller, uint256 g) external {
        for (uint256 i; i < 3; i++) {
            if (caller == patientAt(i)) return;
        }
        vm.startPrank(caller);
        consent.revoke(granteeAt(g));
        consent.revokeAll();
        consent.cancelSignatures();
        vm.stopPrank();
    }

    function forgedGrantBySig(uint256 p, uint256 g, uint256 key) external {
        key = bound(key, 1, 1e70);
        address patient = patientAt(p);
        if (vm.addr(key) == patient) return;
        IConsentRegistry.GrantTerms memory t = _terms(granteeAt(g), 1, 1, 1 days, 2);
        uint256 deadline = block.timestamp + 1 hours;
        uint40 issuedAt = uint40(block.timestamp);
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(key, ConsentSigning.grantDigest(consent, patient, t, issuedAt, deadline));
        try consent.grantBySig(patient, t, issuedAt, deadline, abi.encodePacked(r, s, v)) {
            forgedSignatureAccepted = true;
        } catch {}
    }

    // ------------------------------------------------------------ model

    /// The (n mod popcount)-th set bit of a non-zero mask.
    function _nthBit(uint256 mask, uint256 n) internal pure returns (uint8) {
        uint256 count;
        for (uint256 i; i < 32; i++) {
            if ((mask >> i) & 1 == 1) count++;
        }
        n %= count;
        for (uint8 i; i < 32; i++) {
            if ((mask >> i) & 1 == 1) {
                if (n == 0) return i;
                n--;
            }
        }
        return 0;
    }

    function _terms(address grantee, uint32 categories, uint16 purposes, uint32 ttl, uint8 flags)
        internal
        view
        returns (IConsentRegistry.GrantTerms memory)
    {
        return IConsentRegistry.GrantTerms(
            grantee,
            categories == 0 ? 1 : categories,
            purposes == 0 ? 1 : purposes,
            uint64(block.timestamp) + (ttl == 0 ? 1 : ttl),
            identities[grantee],
            flags & 1 != 0,
            flags & 2 != 0,
            flags & 4 != 0,
            hex"01"
        );
    }

    /// Every accepted grant is a new decision: it replaces the model's grant. `at` is the time of a
    /// relayed signature, or 0 for the patient's own transaction (which moves the nonce on).
    function _applyGrant(address patient, IConsentRegistry.GrantTerms memory t, uint40 at) internal {
        model[patient][t.grantee] = Model(
            t.categories,
            t.purposes,
            t.expiresAt,
            t.write,
            t.oneShot,
            verified[t.grantee],
            epochs[patient],
            t.identity // what the patient consented to: a grant for another identity gives no access
        );
        _applyDecision(patient, t.grantee, at);
    }

    function _applyRevoke(address patient, address grantee, uint40 at) internal {
        model[patient][grantee].categories = 0;
        _applyDecision(patient, grantee, at);
    }

    function _applyDecision(address patient, address grantee, uint40 at) internal {
        signedAt[patient][grantee] = at;
        if (at == 0) {
            unchecked {
                nonces[patient][grantee] += 1;
            }
        }
    }
}

contract ConsentInvariantsTest is ConsentBase {
    ConsentHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new ConsentHandler(consent, directory, admin, [clinician, model, unverified]);
        targetContract(address(handler));
        bytes4[] memory actions = new bytes4[](14);
        actions[0] = ConsentHandler.grant.selector;
        actions[1] = ConsentHandler.signGrant.selector;
        actions[2] = ConsentHandler.signRevoke.selector;
        actions[3] = ConsentHandler.relay.selector;
        actions[4] = ConsentHandler.revoke.selector;
        actions[5] = ConsentHandler.revokeAll.selector;
        actions[6] = ConsentHandler.cancelSignatures.selector;
        actions[7] = ConsentHandler.wait.selector;
        actions[8] = ConsentHandler.logAccess.selector;
        actions[9] = ConsentHandler.verifierActs.selector;
        actions[10] = ConsentHandler.granteeChangesIdentity.selector;
        actions[11] = ConsentHandler.strangerActs.selector;
        actions[12] = ConsentHandler.forgedGrantBySig.selector;
        actions[13] = ConsentHandler.relay.selector; // relaying is where stale signatures are caught
        targetSelector(address(handler), actions);
    }

    /// canAccess implies granted, not revoked (no later epoch), not expired, same identity,
    /// not suspended; and the reverse.
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

    /// Only the patient's own key signs for the patient.
    function invariant_noForgedSignatureIsAccepted() public view {
        assertFalse(handler.forgedSignatureAccepted(), "a forged signature changed a grant");
    }

    /// A genuine signature never outlives a later decision (grant, revoke, revoke-all, cancellation).
    function invariant_noStaleSignatureIsAccepted() public view {
        assertFalse(handler.staleSignatureAccepted(), "a signature outlived the patient's later decision");
    }

    /// A receipt is never accepted outside an active grant; a one-shot grant accepts one.
    function invariant_noReceiptOutsideAGrant() public view {
        assertFalse(handler.receiptOutsideGrant(), "a receipt was accepted without a grant");
    }

    /// Regression (F4a): a receipt never names a record that was not anchored for the patient.
    function invariant_noReceiptForAnUnanchoredRecord() public view {
        assertFalse(handler.receiptForUnknownRecord(), "a receipt named a record that does not exist");
    }
}
