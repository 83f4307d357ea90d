import { type Address, encodeAbiParameters, getContractAddress, type Hex, keccak256, toHex } from "viem";
import { privateKeyToAddress } from "viem/accounts";
import { DEV_ACCOUNTS } from "../dev/accounts";
import { directoryBytecode } from "./generated";

/** The deterministic CREATE2 deployer (Arachnid's proxy), predeployed on anvil and on most chains. */
export const CREATE2_FACTORY: Address = "0x4e59b44847b379578588920cA78FbF26c0B4956C";
export const CREATE2_SALT: Hex = keccak256(toHex("carekeys/v1"));

export function directoryInitCode(admin: Address): Hex {
  return `${directoryBytecode}${encodeAbiParameters([{ type: "address" }], [admin]).slice(2)}`;
}

/** Where the Directory lands when deployed through the CREATE2 factory with `admin`. */
export function directoryAddressFor(admin: Address): Address {
  return getContractAddress({
    opcode: "CREATE2",
    from: CREATE2_FACTORY,
    salt: CREATE2_SALT,
    bytecode: directoryInitCode(admin),
  });
}

/** The local chain's Directory: deployed by the dev stack with anvil's first account as admin. */
export const LOCAL_DIRECTORY_ADDRESS = directoryAddressFor(
  privateKeyToAddress(DEV_ACCOUNTS.deployer.privateKey),
);
