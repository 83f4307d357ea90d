import { concatBytes, createWalletClient, type Hex, http } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { toChainAnchors } from "../lib/consent/consent";
import { consentRegistryAbi, directoryAbi } from "../lib/contracts/generated";
import { createIdentityKey } from "../lib/crypto/identity";
import { acceptCar } from "../lib/ipfs/acceptCar";
import { buildCar } from "../lib/ipfs/car";
import { ipfsClient } from "../lib/ipfs/client";
import { newCategoryKey } from "../lib/records/categoryKeys";
import { prepareFile } from "../lib/records/prepare";
import { sealDraft } from "../lib/records/seal";
import { syntheticPatientBundle } from "../lib/records/synthetic";
import { localChain } from "../lib/wallet/localAccountWallet";
import { chainClient, connectThroughModal, expect, fundedNewAccount, test } from "./support/fixtures";
import { stackEnv } from "./support/stackEnv";

test("a record whose content does not match its anchor is shown as a warning, never as content", async ({
  page,
  installWallet,
}) => {
  const { rpcUrl, chainId, directory, appUrl } = stackEnv();
  const consent = process.env.E2E_CONSENT as Hex;
  const privateKey = await fundedNewAccount();
  const account = privateKeyToAccount(privateKey);
  const wallet = createWalletClient({ account, chain: localChain(chainId, rpcUrl), transport: http(rpcUrl) });
  const send = async (hash: Promise<Hex>) => chainClient().waitForTransactionReceipt({ hash: await hash });

  // The patient's own key, as the app would derive it, registered in the Directory.
  const identity = await createIdentityKey((message) => account.signMessage({ message }), {
    origin: appUrl,
    chainId,
    address: account.address,
  });
  await send(
    wallet.writeContract({
      address: directory,
      abi: directoryAbi,
      functionName: "registerPatientKey",
      args: [identity.publicKeyHex],
    }),
  );
  // A genuine labs record, sealed and pinned, but anchored with a commitment that does not match.
  const [labs] = (
    await prepareFile(
      {
        name: "export.json",
        bytes: new TextEncoder().encode(JSON.stringify(syntheticPatientBundle({ seed: 21 }))),
      },
      { maxBytes: 10_000_000 },
    )
  ).drafts.filter((d) => d.category === "labs");
  const sealed = await sealDraft({
    draft: labs,
    chainId,
    consent,
    patient: account.address,
    categoryKey: newCategoryKey(),
    patientPublicKey: identity.publicKey,
  });
  await acceptCar(
    concatBytes(sealed.carParts),
    sealed.cid,
    ipfsClient(`http://127.0.0.1:${process.env.E2E_IPFS_API_PORT}`),
  );
  // And a document anchored with a CID that no IPFS node has.
  const missing = await buildCar(new TextEncoder().encode("never uploaded"));
  await send(
    wallet.writeContract({
      address: consent,
      abi: consentRegistryAbi,
      functionName: "anchorRecords",
      args: [
        account.address,
        toChainAnchors([
          {
            recordId: sealed.recordId,
            cid: sealed.cid,
            contentHash: `0x${"66".repeat(32)}`,
          },
          {
            recordId: `0x${"12".repeat(31)}08`,
            cid: missing.cid.toString(),
            contentHash: `0x${"77".repeat(32)}`,
          },
        ]),
      ],
    }),
  );

  await installWallet(privateKey);
  await connectThroughModal(page, "Test Wallet");
  await page.getByRole("link", { name: "Open your records" }).click();
  await page.getByRole("button", { name: "Unlock my records" }).click();

  const labsRegion = page.getByRole("region", { name: "Files: lab results", exact: true });
  await expect(labsRegion.getByText("Check failed")).toBeVisible();
  await labsRegion.getByRole("button").first().click();
  await expect(labsRegion.getByRole("alert")).toContainText(
    "does not match the fingerprint anchored on the chain",
  );
  await expect(labsRegion.getByTestId("measurement").filter({ hasText: "Total cholesterol" })).toHaveCount(0);
  await expect(labsRegion.getByTestId("integrity")).toHaveCount(0);

  const documents = page.getByRole("region", { name: "Files: documents", exact: true });
  await documents.getByRole("button").first().click();
  await expect(documents.getByRole("status")).toContainText("could not be fetched from IPFS");
});
