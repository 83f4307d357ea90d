import type { LocalAccount } from "viem";
import { deployContracts } from "../../contracts/deploy/deploy";
import { directoryAbi } from "../contracts/generated";
import { DEV_ACCOUNTS } from "../dev/accounts";
import { attestParticipant } from "../directory/verify";
import type { startAnvil } from "./anvil";

type Anvil = Awaited<ReturnType<typeof startAnvil>>;

/**
 * Deploys the contracts on a test chain and registers `provider` in the Directory, verified by
 * the deployer (the local verifier): the set-up of tests that need a clinician to share with.
 */
export async function deployWithVerifiedProvider(
  anvil: Anvil,
  provider: LocalAccount,
  name = "Dr. Maya Rivera",
) {
  const deployer = anvil.wallet(DEV_ACCOUNTS.deployer.privateKey);
  const deployment = await deployContracts(deployer, deployer.account.address);
  const wallet = anvil.wallet(provider);
  await wallet.waitForTransactionReceipt({
    hash: await wallet.writeContract({
      address: deployment.directory,
      abi: directoryAbi,
      functionName: "registerProvider",
      args: [name, `0x${"11".repeat(32)}`, "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"],
    }),
  });
  await attestParticipant(deployer, deployment.directory, provider.address);
  return deployment;
}
