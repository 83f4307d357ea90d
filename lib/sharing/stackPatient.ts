// A patient acting from Node against a running stack (the e2e stack, the dev stack): sets up a key,
// adds records, shares them and ends a share exactly as the app does (own keyring first, sealed in
// this process, uploaded to the IPFS node, one transaction per step). For end-to-end tests that need
// a patient on the other side of a clinician's browser.

import { type Address, createWalletClient, type Hex, http, publicActions } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { consentWriter, type RecordAnchor } from "../consent/consent";
import { directoryAbi } from "../contracts/generated";
import { sendCall } from "../contracts/sendCall";
import { createIdentityKey, type IdentityKey } from "../crypto/identity";
import { acceptCar } from "../ipfs/acceptCar";
import type { Car } from "../ipfs/car";
import { ipfsClient } from "../ipfs/client";
import { currentKey } from "../records/keyring";
import { loadOwnKeyring, ownKeyringCar, withKeysFor } from "../records/ownKeyring";
import { prepareFile } from "../records/prepare";
import { sealDraft } from "../records/seal";
import { localChain } from "../wallet/localAccountWallet";
import { sendSharingCall } from "./calls";
import { listDirectory } from "./directory";
import { type GrantChoice, planGrant } from "./grantKeyring";
import { listPatientShares } from "./grants";
import { holdersOf, planRevocation } from "./revocation";

export type StackCoordinates = {
  rpcUrl: string;
  chainId: number;
  /** The origin the app is served from: the identity key is derived for it, as the app derives it. */
  appOrigin: string;
  ipfsApiUrl: string;
  ipfsGatewayUrl: string;
  directory: Address;
  consent: Address;
};

/** A patient with a registered identity key, driven from Node. */
export async function stackPatient(stack: StackCoordinates, privateKey: Hex) {
  const wallet = createWalletClient({
    account: privateKeyToAccount(privateKey),
    chain: localChain(stack.chainId, stack.rpcUrl),
    transport: http(stack.rpcUrl),
  }).extend(publicActions);
  const address = wallet.account.address;
  const ipfs = ipfsClient(stack.ipfsApiUrl);
  const writer = consentWriter(wallet, stack.consent);
  const identity: IdentityKey = await createIdentityKey(
    (message) => wallet.account.signMessage({ message }),
    {
      origin: stack.appOrigin,
      chainId: stack.chainId,
      address,
    },
  );
  await sendCall(wallet, {
    address: stack.directory,
    abi: directoryAbi,
    functionName: "registerPatientKey",
    args: [identity.publicKeyHex],
  });

  const upload = async (car: Car) => acceptCar(Buffer.concat(car.parts), car.cid.toString(), ipfs);
  /** The patient's own keys as published last (what the app seals with). */
  const own = () =>
    loadOwnKeyring({
      client: wallet,
      consent: stack.consent,
      gatewayUrl: stack.ipfsGatewayUrl,
      chainId: stack.chainId,
      patient: address,
      identityPrivateKey: identity.privateKey,
    });

  /** Imports files as the app does (one record per category found), sealed with the current keys, anchored in one transaction. */
  async function addFiles(files: { name: string; bytes: Uint8Array }[]): Promise<Hex[]> {
    const prepared = await Promise.all(
      files.map((file) => prepareFile(file, { maxBytes: Number.POSITIVE_INFINITY })),
    );
    const drafts = prepared.flatMap((file) => file.drafts);
    const current = await own();
    const { keys, added } = withKeysFor(
      current.keys,
      drafts.map((draft) => draft.category),
    );
    if (added.length > 0) {
      const keyring = await ownKeyringCar(
        keys,
        { chainId: stack.chainId, patient: address, identity },
        current.archived,
      );
      await upload(keyring);
      await writer.publishKeyring(address, keyring.cid.toString());
    }
    const anchors: RecordAnchor[] = [];
    for (const draft of drafts) {
      const sealed = await sealDraft({
        draft,
        chainId: stack.chainId,
        consent: stack.consent,
        patient: address,
        categoryKey: currentKey(keys, draft.category)!,
        patientPublicKey: identity.publicKey,
      });
      await acceptCar(Buffer.concat(sealed.carParts), sealed.cid, ipfs);
      anchors.push({ recordId: sealed.recordId, cid: sealed.cid, contentHash: sealed.contentHash });
    }
    await writer.anchorRecords(address, anchors);
    return anchors.map((a) => a.recordId);
  }

  /** Shares with a Directory entry: its keyring uploaded, then the one grant transaction. */
  async function grant(grantee: Address, choice: GrantChoice) {
    const entry = (await listDirectory(wallet, stack.directory)).find((e) => e.address === grantee);
    if (!entry) throw new Error(`${grantee} is not in the Directory`);
    const current = await own();
    const plan = await planGrant({
      chainId: stack.chainId,
      consent: stack.consent,
      patient: address,
      identity,
      own: { keys: current.keys, archived: current.archived },
      grantee: entry,
      choice,
    });
    for (const car of plan.uploads) await upload(car);
    return sendSharingCall(wallet, plan.call);
  }

  /** Revokes a share and rotates every key it held, with the remaining holders' keyrings, in one transaction. */
  async function revoke(grantee: Address) {
    const [shares, directory, current] = await Promise.all([
      listPatientShares(wallet, stack.consent, address),
      listDirectory(wallet, stack.directory),
      own(),
    ]);
    const share = shares.find((s) => s.grantee === grantee);
    if (!share) throw new Error(`${grantee} holds no share of this patient`);
    const plan = await planRevocation({
      chainId: stack.chainId,
      consent: stack.consent,
      patient: address,
      identity,
      own: { keys: current.keys, archived: current.archived },
      holders: holdersOf(shares, directory),
      change: { kind: "revoke", grantee, held: share.categories },
    });
    for (const car of plan.uploads) await upload(car);
    return sendSharingCall(wallet, plan.call);
  }

  return { address, identity, wallet, addFiles, grant, revoke };
}
