import { type Address, encodeAbiParameters, getContractAddress, type Hex, keccak256, toHex } from "viem";
import { privateKeyToAddress } from "viem/accounts";
import { DEV_ACCOUNTS } from "../dev/accounts";
import { consentRegistryBytecode, directoryBytecode } from "./generated";

/** The deterministic CREATE2 deployer (Arachnid's proxy), predeployed on anvil and on most chains. */
export const CREATE2_FACTORY: Address = "0x4e59b44847b379578588920cA78FbF26c0B4956C";
/** v2: the consent contracts of issue 7 (records per patient, grants bound to identity). */
export const CREATE2_SALT: Hex = keccak256(toHex("carekeys/v2"));

const withAddressArg = (bytecode: Hex, arg: Address): Hex =>
  `${bytecode}${encodeAbiParameters([{ type: "address" }], [arg]).slice(2)}`;

export const directoryInitCode = (admin: Address): Hex => withAddressArg(directoryBytecode, admin);
export const consentInitCode = (directory: Address): Hex =>
  withAddressArg(consentRegistryBytecode, directory);

/** Where a contract lands when deployed through the CREATE2 factory with this init code. */
export function create2Address(initCode: Hex): Address {
  return getContractAddress({
    opcode: "CREATE2",
    from: CREATE2_FACTORY,
    salt: CREATE2_SALT,
    bytecode: initCode,
  });
}

/** The deployment for an admin: the Directory, and the ConsentRegistry bound to it. */
export function deploymentFor(admin: Address): { directory: Address; consent: Address } {
  const directory = create2Address(directoryInitCode(admin));
  return { directory, consent: create2Address(consentInitCode(directory)) };
}

/** The local chain's contracts: deployed by the dev stack with anvil's first account as admin. */
export const LOCAL_DEPLOYMENT = deploymentFor(privateKeyToAddress(DEV_ACCOUNTS.deployer.privateKey));
