import {
  type Account,
  type Address,
  type Chain,
  concat,
  type Hex,
  type PublicActions,
  type Transport,
  type WalletClient,
} from "viem";
import {
  CREATE2_FACTORY,
  CREATE2_SALT,
  consentInitCode,
  create2Address,
  directoryInitCode,
} from "../../lib/contracts/addresses.ts";

type DeployClient = WalletClient<Transport, Chain, Account> & PublicActions<Transport, Chain>;

export type Deployment = { directory: Address; consent: Address; deployed: string[] };

/**
 * Deploys the Directory and the ConsentRegistry through the CREATE2 factory, so their
 * addresses depend only on bytecode and constructor arguments: contracts a chain already has
 * (e.g. a restarted dev chain) are left as they are.
 */
export async function deployContracts(client: DeployClient, admin: Address): Promise<Deployment> {
  if (!(await hasCode(client, CREATE2_FACTORY))) {
    throw new Error(
      `Chain ${client.chain.id} has no CREATE2 factory at ${CREATE2_FACTORY}. Deploy it first ` +
        "(anvil and most public chains have it).",
    );
  }
  const deployed: string[] = [];
  const directory = await deployOnce(client, "Directory", directoryInitCode(admin), deployed);
  const consent = await deployOnce(client, "ConsentRegistry", consentInitCode(directory), deployed);
  return { directory, consent, deployed };
}

async function deployOnce(
  client: DeployClient,
  name: string,
  initCode: Hex,
  deployed: string[],
): Promise<Address> {
  const address = create2Address(initCode);
  if (await hasCode(client, address)) return address;
  const hash = await client.sendTransaction({ to: CREATE2_FACTORY, data: concat([CREATE2_SALT, initCode]) });
  const receipt = await client.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success" || !(await hasCode(client, address))) {
    throw new Error(`Deploying ${name} failed (transaction ${hash}).`);
  }
  deployed.push(name);
  return address;
}

async function hasCode(client: DeployClient, address: Address): Promise<boolean> {
  const code = await client.getCode({ address });
  return code !== undefined && code !== "0x";
}
