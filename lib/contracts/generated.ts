// GENERATED FILE - DO NOT EDIT. Run `npm run contracts:build` to regenerate.
// Source: contracts/src, compiled by forge (solc 0.8.30).

export const directoryAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_CID_LENGTH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_NAME_LENGTH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_VERSION_LENGTH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "VERIFIER_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "attestationOf",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "identity",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "entryHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isVerified",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "kindOf",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "enum IDirectory.Kind"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "participantOf",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IDirectory.Participant",
        "components": [
          {
            "name": "kind",
            "type": "uint8",
            "internalType": "enum IDirectory.Kind"
          },
          {
            "name": "verified",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "identity",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "registeredAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "updatedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "encryptionKey",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "name",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "metadataCid",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "artifactCid",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "version",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "pendingName",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "pendingMetadataCid",
            "type": "string",
            "internalType": "string"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "patientKeyOf",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "registerModel",
    "inputs": [
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "encryptionKey",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "metadataCid",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "artifactCid",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "registerPatientKey",
    "inputs": [
      {
        "name": "encryptionKey",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "registerProvider",
    "inputs": [
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "encryptionKey",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "metadataCid",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeVerification",
    "inputs": [
      {
        "name": "participant",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setEncryptionKey",
    "inputs": [
      {
        "name": "encryptionKey",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setModelArtifact",
    "inputs": [
      {
        "name": "artifactCid",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "statusOf",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "kind",
        "type": "uint8",
        "internalType": "enum IDirectory.Kind"
      },
      {
        "name": "verified",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "identity",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "updateProfile",
    "inputs": [
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "metadataCid",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "verify",
    "inputs": [
      {
        "name": "participant",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "identity",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "entryHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "EncryptionKeyChanged",
    "inputs": [
      {
        "name": "participant",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "encryptionKey",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "identity",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ModelArtifactSet",
    "inputs": [
      {
        "name": "model",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "artifactCid",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "identity",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ParticipantRegistered",
    "inputs": [
      {
        "name": "participant",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "kind",
        "type": "uint8",
        "indexed": true,
        "internalType": "enum IDirectory.Kind"
      },
      {
        "name": "name",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "encryptionKey",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "metadataCid",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ParticipantVerified",
    "inputs": [
      {
        "name": "participant",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "verifier",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PatientKeyRegistered",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "encryptionKey",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProfileChangeProposed",
    "inputs": [
      {
        "name": "participant",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "name",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "metadataCid",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProfileUpdated",
    "inputs": [
      {
        "name": "participant",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "name",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "metadataCid",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "VerificationRevoked",
    "inputs": [
      {
        "name": "participant",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "AlreadyRegistered",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "EntryChanged",
    "inputs": [
      {
        "name": "participant",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidCid",
    "inputs": [
      {
        "name": "maxLength",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidEncryptionKey",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidName",
    "inputs": [
      {
        "name": "maxLength",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidVersion",
    "inputs": [
      {
        "name": "maxLength",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotAModel",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotRegistered",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  }
] as const;

export const directoryBytecode = "0x60803461007257601f61261f38819003918201601f19168301916001600160401b038311848410176100765780849260209460405283398101031261007257516001600160a01b0381168103610072578061005c6100629261008a565b50610100565b5060405161242b90816101948239f35b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f5160206125ff5f395f51905f52602052604090205460ff166100fb576001600160a01b03165f8181525f5160206125ff5f395f51905f5260205260408120805460ff191660011790553391905f5160206125bf5f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f5160206125df5f395f51905f52602052604090205460ff166100fb576001600160a01b03165f8181525f5160206125df5f395f51905f5260205260408120805460ff191660011790553391907f0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea09905f5160206125bf5f395f51905f529080a460019056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a714610f8e5750806305c0ea2914610f725780631614b2fa14610f58578063205589f414610f13578063248a9ca314610ee15780632f2ff15d14610ea457806330756d0e14610ad857806336568abe14610a6e5780635a5d78c714610a0c57806386074985146109f157806391d148541461099b57806397a5d5b51461092f578063998fb58514610635578063a217fddf1461061b578063a82da60d14610600578063b5c58b45146105e6578063b9209e3314610599578063c9d3cc6a146102eb578063d3b441a81461029c578063d547741f1461025a578063d8f780861461023e578063e20e91d0146101e3578063e4c223cc146101a4578063e7705db61461016a5763e998d2fa1461012f575f80fd5b346101665760206003193601126101665761016461014b6110ac565b610153611b3c565b61015c8161179f565b903391611aae565b005b5f80fd5b34610166575f6003193601126101665760206040517f0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea098152f35b34610166576060600319360112610166576101bd6110ac565b6024359063ffffffff8216820361016657610164916101da611b3c565b60443591611630565b346101665760206003193601126101665773ffffffffffffffffffffffffffffffffffffffff6102116110ac565b165f5260026020526040805f2061023263ffffffff825460101c1691612360565b82519182526020820152f35b34610166576020600319360112610166576101646004356115d8565b34610166576040600319360112610166576101646004356102796110cf565b90610297610292825f525f602052600160405f20015490565b611bc4565b611f6f565b346101665760206003193601126101665773ffffffffffffffffffffffffffffffffffffffff6102ca6110ac565b165f526002602052602060ff60405f2054166102e960405180926110f2565bf35b34610166576102f93661105a565b9290916103053361179f565b936103108284612019565b61031a8185612063565b845460081c60ff161561055c57600685019467ffffffffffffffff83116104be5761034f836103498854611252565b88611575565b5f95601f84116001146104f6576103818480600795969798995f916104eb575b505f198260011b9260031b1c19161790565b90555b0167ffffffffffffffff82116104be576103a8826103a28354611252565b83611575565b5f601f83116001146104345791610424916103fa82807f27da420e3bb566b2d0729337ca39630d8140acb7985335e665d0650f71b404fe9897965f9161042957505f198260011b9260031b1c19161790565b90555b6104146040519485946040865260408601916115b8565b90838203602085015233966115b8565b0390a2005b90508901358a61036f565b601f19831690825f5260205f20915f5b8181106104a65750916104249391857f27da420e3bb566b2d0729337ca39630d8140acb7985335e665d0650f71b404fe989796941061048d575b5050600182811b0190556103fd565b5f1960f88560031b161c1990890135169055878061047e565b9192602060018192868c013581550194019201610444565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b90508801358a61036f565b601f198416815f5260205f20905f5b81811061054457509785600795969798991061052b575b5050600185811b019055610384565b5f1960f88860031b161c1990880135169055878061051c565b878a013583556020998a019960019093019201610505565b9192610589859461059193610576600661016499016120ad565b610582600788016120ad565b3691611383565b923691611383565b9133906120fb565b346101665760206003193601126101665773ffffffffffffffffffffffffffffffffffffffff6105c76110ac565b165f526002602052602060ff60405f205460081c166040519015158152f35b34610166575f600319360112610166576020604051818152f35b34610166575f60031936011261016657602060405160808152f35b34610166575f6003193601126101665760206040515f8152f35b346101665760206003193601126101665773ffffffffffffffffffffffffffffffffffffffff6106636110ac565b6060610160604051610674816112a3565b5f81525f60208201525f60408201525f838201525f60808201525f60a08201528260c08201528260e08201528261010082015282610120820152826101408201520152165f52600260205260405f206040516106cf816112a3565b81549160ff8316600381101561090257825260208201928060081c60ff161515845260408301908060101c63ffffffff16825260608401908060301c67ffffffffffffffff168252608085019060701c67ffffffffffffffff168152600184015460a086019081526040518080600288019061074a916114dd565b0361075590826112c0565b60c08701908152604051918261076e8160038a016114dd565b0361077990846112c0565b60e0880192835260405193846107928160048b016114dd565b0361079d90866112c0565b610100890194855260405195866107b78160058c016114dd565b036107c290886112c0565b6101208a0196875260405197886107dc8160068d016114dd565b036107e7908a6112c0565b6101408b01988952604051806007819c0190610802916114dd565b0361080d908b6112c0565b6101608b01998a526040519b8c9b60208d5260208d0190519061082f916110f2565b51151560408c01525163ffffffff1660608b01525167ffffffffffffffff1660808a01525167ffffffffffffffff1660a08901525160c08801525160e0870161018090526101a08701610881916110ff565b905190868103601f190161010088015261089a916110ff565b905190858103601f19016101208701526108b3916110ff565b905190848103601f19016101408601526108cc916110ff565b905190838103601f19016101608501526108e5916110ff565b905190828103601f19016101808401526108fe916110ff565b0390f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b346101665760206003193601126101665773ffffffffffffffffffffffffffffffffffffffff61095d6110ac565b165f526002602052606060405f205463ffffffff604051916109828360ff83166110f2565b60ff8160081c161515602084015260101c166040820152f35b34610166576040600319360112610166576109b46110cf565b6004355f525f60205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f52602052602060ff60405f2054166040519015158152f35b34610166575f60031936011261016657602060405160608152f35b346101665760606003193601126101665760043567ffffffffffffffff811161016657610a3d90369060040161102c565b906044359167ffffffffffffffff831161016657610a6261016493369060040161102c565b92909160243591611cde565b3461016657604060031936011261016657610a876110cf565b3373ffffffffffffffffffffffffffffffffffffffff821603610ab05761016490600435611f6f565b7f6697b232000000000000000000000000000000000000000000000000000000005f5260045ffd5b346101665760a06003193601126101665760043567ffffffffffffffff811161016657610b0990369060040161102c565b60243560443567ffffffffffffffff811161016657610b2c90369060040161102c565b909360643567ffffffffffffffff811161016657610b4e90369060040161102c565b92909160843567ffffffffffffffff811161016657610b7190369060040161102c565b969095335f52600260205260405f2093845460ff8116600381101561090257610e7857610b9e8486612019565b8215610e505760ff19600291610bb4848e612063565b7fffffffffffffffffffff0000000000000000ffffffffffffffffffffffffffff7fffffffffffffffffffffffffffffffffffff000000000000000000000000ffff92909116929092171642603081901b6dffffffffffffffff000000000000169190911762010000179190911660709190911b75ffffffffffffffff0000000000000000000000000000161785558160018601556002850167ffffffffffffffff84116104be57610c6a846103a28354611252565b5f84601f8111600114610def5780610c94925f91610de457505f198260011b9260031b1c19161790565b90555b6003850167ffffffffffffffff82116104be57610cb8826103a28354611252565b5f601f8311600114610d53577f3d794174baeffbe872a32ccc2dced650139896ab1a7a7e5ddcd7e369d4cfcaa093836101649d9693610d118260029a97610d40965f91610d4857505f198260011b9260031b1c19161790565b90555b610d2b6040519586956060875260608701916115b8565b916020850152838203604085015233966115b8565b0390a3611804565b90508a01355f61036f565b601f19831690825f5260205f20915f5b818110610dcc5750936101649d9693610d40937f3d794174baeffbe872a32ccc2dced650139896ab1a7a7e5ddcd7e369d4cfcaa097938360029b9810610db3575b5050600182811b019055610d14565b5f1960f88560031b161c19908a01351690558f80610da4565b8e830135845560019093019260209283019201610d63565b90508701358e61036f565b601f191690825f528560205f20925f5b818110610e35575010610e1c575b5050600184811b019055610c97565b5f1960f88760031b161c19908701351690558b80610e0d565b89840135855560019094019360209384019389935001610dff565b7f411ca7ca000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f45ed80e9000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3461016657604060031936011261016657610164600435610ec36110cf565b90610edc610292825f525f602052600160405f20015490565b611c2a565b34610166576020600319360112610166576020610f0b6004355f525f602052600160405f20015490565b604051908152f35b346101665760206003193601126101665773ffffffffffffffffffffffffffffffffffffffff610f416110ac565b165f526001602052602060405f2054604051908152f35b3461016657610164610f693661105a565b929190916113c9565b3461016657602060031936011261016657610164600435611168565b3461016657602060031936011261016657600435907fffffffff00000000000000000000000000000000000000000000000000000000821680920361016657817f7965db0b0000000000000000000000000000000000000000000000000000000060209314908115611002575b5015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501483610ffb565b9181601f840112156101665782359167ffffffffffffffff8311610166576020838186019501011161016657565b60406003198201126101665760043567ffffffffffffffff811161016657816110859160040161102c565b929092916024359067ffffffffffffffff8211610166576110a89160040161102c565b9091565b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361016657565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361016657565b9060038210156109025752565b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b63ffffffff1663ffffffff811461113b5760010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b6111713361179f565b8115610e505760018101908282541461124d578263ffffffff925561121961119e83835460101c16611124565b82547fffffffffffffffffffffffffffffffffffffffffffffffffffff00000000ffff16601082901b65ffffffff000016178355915b80547fffffffffffffffffffff0000000000000000ffffffffffffffffffffffffffff164260701b75ffffffffffffffff000000000000000000000000000016179055565b6040519283521660208201527f1770e45957c1beb84a6901abe1ea54c01d25539d7c25bcf00dedab3505c1c8ad60403392a2565b505050565b90600182811c92168015611299575b602083101461126c57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f1691611261565b610180810190811067ffffffffffffffff8211176104be57604052565b90601f601f19910116810190811067ffffffffffffffff8211176104be57604052565b9060405191825f8254926112f684611252565b8084529360018116908115611361575060011461131d575b5061131b925003836112c0565b565b90505f9291925260205f20905f915b81831061134557505090602061131b928201015f61130e565b602091935080600191548385890101520191019091849261132c565b6020935061131b95925060ff1991501682840152151560051b8201015f61130e565b92919267ffffffffffffffff82116104be57604051916113ad601f8201601f1916602001846112c0565b829481845281830111610166578281602093845f960137010152565b926113d33361179f565b9283549260ff84166003811015610902576002036114b1576113f7600486016112e3565b60208151910120611409368389611383565b602081519101201480611485575b61147d5761131b9561146e61143763ffffffff6114749760101c16611124565b87547fffffffffffffffffffffffffffffffffffffffffffffffffffff00000000ffff1660109190911b65ffffffff000016178755565b85611804565b33903390611aae565b505050505050565b50611492600586016112e3565b602081519101206114a4368585611383565b6020815191012014611417565b7ffe088df3000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b5f92918154916114ec83611252565b8083529260018116908115611541575060011461150857505050565b5f9081526020812093945091925b838310611527575060209250010190565b600181602092949394548385870101520191019190611516565b9050602094955060ff1991509291921683830152151560051b010190565b81811061156a575050565b5f815560010161155f565b9190601f811161158457505050565b61131b925f5260205f20906020601f840160051c830193106115ae575b601f0160051c019061155f565b90915081906115a1565b601f8260209493601f1993818652868601375f8582860101520116010190565b8015610e5057335f5260016020528060405f20541461162d57335f5260016020528060405f20556040519081527f88386857cb3e7985b815dae98a18a18a545d2898bef9fcfaf0ca1641bce2a1c360203392a2565b50565b919061163b8361179f565b9182549163ffffffff808460101c169116149081159161178c575b5061174a57600682019060ff61166c8354611252565b159160081c1680611743575b61173d57156116eb575b506101007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff82541617905573ffffffffffffffffffffffffffffffffffffffff3391167fae5997c24301624d418030703a2737dc6cfb610bed4835635ec7ae4b7cc487c75f80a3565b6117379061173260078401916117326040516117128161170b81866114dd565b03826112c0565b6040519061172b8261172481896114dd565b03836112c0565b88886120fb565b6120ad565b5f611682565b50505050565b5080611678565b73ffffffffffffffffffffffffffffffffffffffff837faae8a03f000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b905061179783612360565b14155f611656565b73ffffffffffffffffffffffffffffffffffffffff1690815f52600260205260405f209160ff835416600381101561090257156117d95750565b7fbfc6c337000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b94939290926118138385612063565b80158015611aa4575b611a77576004860167ffffffffffffffff84116104be57611841846103a28354611252565b5f84601f8111600114611a16578061186b925f91611a0b57505f198260011b9260031b1c19161790565b90555b600586019567ffffffffffffffff82116104be57611896826118908954611252565b89611575565b5f96601f83116001146119785763ffffffff8392611951926118f38561195f98977f38c9d971496cc567a79d2f6b6dfea843b4485f75ae4bdee7478bd9e94859910b9b9c9d5f9161196d57505f198260011b9260031b1c19161790565b90555b80547fffffffffffffffffffff0000000000000000ffffffffffffffffffffffffffff164260701b75ffffffffffffffff0000000000000000000000000000161781555460101c1696604051956060875260608701916115b8565b9184830360208601526115b8565b9260408201528033930390a2565b90508801355f61036f565b601f198316815f5260205f20905f5b8181106119f35750926119519263ffffffff927f38c9d971496cc567a79d2f6b6dfea843b4485f75ae4bdee7478bd9e94859910b999a9b8761195f999897106119da575b5050600185811b0190556118f6565b5f1960f88860031b161c19908801351690555f806119cb565b868b0135835560209a8b019a60019093019201611987565b90508701355f61036f565b601f191690825f528560205f20925f5b818110611a5c575010611a43575b5050600184811b01905561186e565b5f1960f88760031b161c19908701351690555f80611a34565b89840135855560019094019360209384019389935001611a26565b7f1de2bca4000000000000000000000000000000000000000000000000000000005f52602060045260245ffd5b506020811161181c565b9091611abc600683016120ad565b611ac8600783016120ad565b81549060ff8260081c161561173d5773ffffffffffffffffffffffffffffffffffffffff927fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff84931690551691167f22ff857ce664c4d31b473cf4a8e45de08f4a5a1a23872143d6c914a7b013e2605f80a3565b335f9081527f1da0b5176dfe03406af5a6eed66ca01dda9b45ac4da671c3fa379cb93717ef81602052604090205460ff1615611b7457565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f52336004527f0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea0960245260445ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260ff60405f20541615611bfb5750565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f205416155f14611cd857805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f20600160ff1982541617905573ffffffffffffffffffffffffffffffffffffffff339216907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d5f80a4600190565b50505f90565b91949394335f52600260205260405f2095865460ff8116600381101561090257610e7857611d0c8486612019565b8215610e505760ff19600191611d228489612063565b7fffffffffffffffffffff0000000000000000ffffffffffffffffffffffffffff7fffffffffffffffffffffffffffffffffffff000000000000000000000000ffff92909116929092171642603081901b6dffffffffffffffff000000000000169190911762010000179190911660709190911b75ffffffffffffffff0000000000000000000000000000161787558160018801556002870167ffffffffffffffff84116104be57611dd8846103a28354611252565b5f84601f8111600114611f0e5780611e02925f91611a0b57505f198260011b9260031b1c19161790565b90555b6003870167ffffffffffffffff82116104be57611e26826103a28354611252565b5f601f8311600114611e81579282611e7c92610d11827f3d794174baeffbe872a32ccc2dced650139896ab1a7a7e5ddcd7e369d4cfcaa0989660019b9a985f91610d4857505f198260011b9260031b1c19161790565b0390a3565b601f19831690825f5260205f20915f5b818110611ef657509260019897959285927f3d794174baeffbe872a32ccc2dced650139896ab1a7a7e5ddcd7e369d4cfcaa09896611e7c9610611edd575b50508882811b019055610d14565b5f1960f88560031b161c19908a01351690555f80611ecf565b9192602060018192868d013581550194019201611e91565b601f191690825f528560205f20925f5b818110611f54575010611f3b575b5050600184811b019055611e05565b5f1960f88760031b161c19908701351690555f80611f2c565b89840135855560019094019360209384019389935001611f1e565b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f2054165f14611cd857805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f2060ff19815416905573ffffffffffffffffffffffffffffffffffffffff339216907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b5f80a4600190565b508015908115612058575b5061202b57565b7fc4efc01c000000000000000000000000000000000000000000000000000000005f52606060045260245ffd5b60609150115f612024565b5080159081156120a2575b5061207557565b7f825065bd000000000000000000000000000000000000000000000000000000005f52608060045260245ffd5b60809150115f61206e565b6120b78154611252565b90816120c1575050565b81601f5f93116001146120d2575055565b818352602083206120ee91601f0160051c81019060010161155f565b8082528160208120915555565b9392919060028501825167ffffffffffffffff81116104be57612128816121228454611252565b84611575565b6020601f8211600114612300579080612153925f916122f557505f198260011b9260031b1c19161790565b90555b8251946003810167ffffffffffffffff87116104be5761217a876103a28354611252565b602096601f811160011461226657612256926122469594926121d68361221d947f6eb3a1c6a4675ba92d44e090515b1ceea358f26565d2854df0c99c3f5eaf98509a9b9c5f9161225b57505f198260011b9260031b1c19161790565b905580547fffffffffffffffffffff0000000000000000ffffffffffffffffffffffffffff164260701b75ffffffffffffffff000000000000000000000000000016179055565b73ffffffffffffffffffffffffffffffffffffffff6040519485946040865260408601906110ff565b91848303602086015216956110ff565b0390a2565b90508b01515f61036f565b601f198116825f52885f20905f5b8181106122dd57509260018361225696937f6eb3a1c6a4675ba92d44e090515b1ceea358f26565d2854df0c99c3f5eaf98509a9b9c61221d966122469b9a98106122c5575b5050811b0190556111d4565b8c01515f1960f88460031b161c191690555f806122b9565b888b0151835560209a8b019a60019093019201612274565b90508501515f61036f565b601f19821690835f52805f20915f5b81811061234857509083600194939210612330575b5050811b019055612156565b8601515f1960f88460031b161c191690555f80612324565b9192602060018192868b01518155019401920161230f565b6123c161240960068301926123fb6123788554611252565b15159160ff81541695835f1461242057925b1561240f5760056123e86123d3600784015b6040519889976123b060208a01809d6110f2565b60a060408a015260c08901906114dd565b90601f198883030160608901526114dd565b601f19868203016080870152600484016114dd565b91601f198584030160a0860152016114dd565b03601f1981018352826112c0565b51902090565b60056123e86123d36003840161239c565b50600281019261238a562f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d1da0b5176dfe03406af5a6eed66ca01dda9b45ac4da671c3fa379cb93717ef81ad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5" as const;

export const consentRegistryAbi = [
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "directory_",
        "type": "address",
        "internalType": "contract IDirectory"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "AI_INFERENCE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "AI_RESULTS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DOMAIN_SEPARATOR",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_CID_LENGTH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "REQUEST_TTL",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "anchorRecords",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "records",
        "type": "tuple[]",
        "internalType": "struct IConsentRegistry.RecordAnchor[]",
        "components": [
          {
            "name": "recordId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "contentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "cid",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "approveRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct IConsentRegistry.GrantTerms",
        "components": [
          {
            "name": "grantee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "categories",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "purposes",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "expiresAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "identity",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "write",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "oneShot",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "allowUnverified",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "keyringCid",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "canAccess",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "category",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "purpose",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "canWrite",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "author",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "category",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "cancelSignatures",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "decodeGrant",
    "inputs": [
      {
        "name": "packed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IConsentRegistry.Grant",
        "components": [
          {
            "name": "categories",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "purposes",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "expiresAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "write",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "oneShot",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "requireVerified",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "epoch",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "identity",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "signedAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "nonce",
            "type": "uint16",
            "internalType": "uint16"
          }
        ]
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "denyRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "directory",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IDirectory"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "eip712Domain",
    "inputs": [],
    "outputs": [
      {
        "name": "fields",
        "type": "bytes1",
        "internalType": "bytes1"
      },
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "verifyingContract",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "extensions",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "epochOf",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grant",
    "inputs": [
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct IConsentRegistry.GrantTerms",
        "components": [
          {
            "name": "grantee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "categories",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "purposes",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "expiresAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "identity",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "write",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "oneShot",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "allowUnverified",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "keyringCid",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "grantBySig",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct IConsentRegistry.GrantTerms",
        "components": [
          {
            "name": "grantee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "categories",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "purposes",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "expiresAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "identity",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "write",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "oneShot",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "allowUnverified",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "keyringCid",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      },
      {
        "name": "issuedAt",
        "type": "uint40",
        "internalType": "uint40"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "grantOf",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "g",
        "type": "tuple",
        "internalType": "struct IConsentRegistry.Grant",
        "components": [
          {
            "name": "categories",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "purposes",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "expiresAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "write",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "oneShot",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "requireVerified",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "epoch",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "identity",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "signedAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "nonce",
            "type": "uint16",
            "internalType": "uint16"
          }
        ]
      },
      {
        "name": "status",
        "type": "uint8",
        "internalType": "enum IConsentRegistry.GrantStatus"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "logAccess",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "recordIds",
        "type": "bytes32[]",
        "internalType": "bytes32[]"
      },
      {
        "name": "purpose",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "multicall",
    "inputs": [
      {
        "name": "data",
        "type": "bytes[]",
        "internalType": "bytes[]"
      }
    ],
    "outputs": [
      {
        "name": "results",
        "type": "bytes[]",
        "internalType": "bytes[]"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "publishKeyring",
    "inputs": [
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "keyringCid",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "recordDigest",
    "inputs": [
      {
        "name": "author",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "contentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "cid",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "recordOf",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "anchored",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "superseded",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "digest",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "requestAccess",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "categories",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "purposes",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "duration",
        "type": "uint40",
        "internalType": "uint40"
      },
      {
        "name": "write",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "reasonCid",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "requestOf",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IConsentRegistry.AccessRequest",
        "components": [
          {
            "name": "grantee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "categories",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "purposes",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "duration",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "write",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "patient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "expiresAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "identity",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "revoke",
    "inputs": [
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeAll",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeBySig",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "issuedAt",
        "type": "uint40",
        "internalType": "uint40"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "signatureStateOf",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "signatureEpoch",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "nonce",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "signedAt",
        "type": "uint40",
        "internalType": "uint40"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "supersedeRecord",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "replacement",
        "type": "tuple",
        "internalType": "struct IConsentRegistry.RecordAnchor",
        "components": [
          {
            "name": "recordId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "contentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "cid",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "AccessGranted",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "grant",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "keyringCid",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AccessLogged",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "purpose",
        "type": "uint8",
        "indexed": true,
        "internalType": "uint8"
      },
      {
        "name": "recordIds",
        "type": "bytes32[]",
        "indexed": false,
        "internalType": "bytes32[]"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AccessRequestApproved",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AccessRequestDenied",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AccessRequested",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "categories",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      },
      {
        "name": "purposes",
        "type": "uint16",
        "indexed": false,
        "internalType": "uint16"
      },
      {
        "name": "duration",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "write",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "expiresAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "reasonCid",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AccessRevoked",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AllAccessRevoked",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "epoch",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EIP712DomainChanged",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "KeyringPublished",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "keyringCid",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OneShotGrantUsed",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RecordSuperseded",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "recordId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "replacementId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RecordsAnchored",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "author",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "records",
        "type": "tuple[]",
        "indexed": false,
        "internalType": "struct IConsentRegistry.RecordAnchor[]",
        "components": [
          {
            "name": "recordId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "contentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "cid",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SignaturesCancelled",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "signatureEpoch",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessNotGranted",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "categories",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "purpose",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "AddressEmptyCode",
    "inputs": [
      {
        "name": "target",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "CategoryMismatch",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "replacementId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "EmptyCategories",
    "inputs": []
  },
  {
    "type": "error",
    "name": "EmptyPurposes",
    "inputs": []
  },
  {
    "type": "error",
    "name": "EmptyRecordList",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ExceedsRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ExpiredSignature",
    "inputs": [
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "FailedCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "GranteeIdentityChanged",
    "inputs": [
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "GranteeNotRegistered",
    "inputs": [
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "GranteeNotVerified",
    "inputs": [
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidCid",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidContentHash",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidDuration",
    "inputs": [
      {
        "name": "duration",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidExpiry",
    "inputs": [
      {
        "name": "expiresAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidGrantee",
    "inputs": [
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidPurpose",
    "inputs": [
      {
        "name": "purpose",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidRecordId",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidShortString",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidSignature",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotRequestPatient",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RecordAlreadySuperseded",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "RecordExists",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "RequestExpired",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "expiredAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "StaleSignature",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "issuedAt",
        "type": "uint40",
        "internalType": "uint40"
      }
    ]
  },
  {
    "type": "error",
    "name": "StringTooLong",
    "inputs": [
      {
        "name": "str",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnknownRecord",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnknownRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WriteNotGranted",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "author",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "categories",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  }
] as const;

export const consentRegistryBytecode = "0x610180806040523461019057602081613b9580380380916100208285610194565b83398101031261019057516001600160a01b038116810361019057604051610049604082610194565b6010815260208101906f10d85c9952d95e5cc810dbdb9cd95b9d60821b825260405191610077604084610194565b600183526020830191601960f91b8352610090816101cb565b6101205261009d846101cb565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261010660c082610194565b5190206080523060c05260016006556101605260405161395e9081610237823960805181612d87015260a05181612e44015260c05181612d58015260e05181612dd601526101005181612dfc0152610120518161138a015261014051816113b301526101605181818161023701528181610a8f01528181611b830152818161304f01526134ee0152f35b5f80fd5b601f909101601f19168101906001600160401b038211908210176101b757604052565b634e487b7160e01b5f52604160045260245ffd5b601f8151116101f65760208151910151602082106101e7571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c8063054e7e3d14612439578063245114a0146121f757806325fbaead1461217e578063324e03be146120905780633644e515146120765780633706b8dd146120255780633cc29ad51461200a578063475f374914611fef578063582805d914611fb15780635b0d887914611f12578063611dacf71461186b578063718c97a9146116a657806374a8f103146116045780637538f68d1461156457806379f96c571461148657806384b0196e146113725780638d92a0c3146112e257806398269c4a14610fde578063a340fff414610f10578063a82da60d14610ef5578063ac9650d814610d73578063ae4dce8d14610c57578063aef0fbb114610c09578063b98e822614610af2578063bde3de4314610ab3578063c41c2f2414610a70578063d150239014610a53578063e1751b6414610990578063f52b7156146106725763fcf177fd14610163575f80fd5b3461066e5760c060031936011261066e5761017c6126f4565b6024359063ffffffff821680830361066e576044359261ffff84169384810361066e5760643564ffffffffff811680910361066e576084359586151580970361066e5760a4359467ffffffffffffffff861161066e576101e86001600160a01b03963690600401612751565b969097169485158015610665575b61063957604051947f97a5d5b50000000000000000000000000000000000000000000000000000000086523360048701526060866024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa95861561062e575f905f976105f8575b5060038110156105cb571561059f57610281916136ab565b8215610573576102918688613666565b600654967fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8814610546576001880160065562278d00420190814211610546578960209a7f404a5f694300f9b0f335fbc405da6a0a284056e50fff44b62886b0554e1a344e96898c998a6001600160a01b038060018b8d64ffffffffff61053b9d169a8b967effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff6040519461034386612862565b338652602086019081526040860194855260608601928d84526080870194855260a087019c8d5260c087019a8b5263ffffffff60e088019c168c525f52602060059052878060405f20975116167fffffffffffffffffffffffff000000000000000000000000000000000000000087541617865551937fff0000000000000000000000ffffffffffffffffffffffffffffffffffffffff77ffffffff00000000000000000000000000000000000000007fff000000000000000000000000000000000000000000000000000000000000007effffffffff000000000000000000000000000000000000000000000000000079ffff0000000000000000000000000000000000000000000000008a54955160c01b16965160d01b169651151560f81b169660a01b1691161716171717815501945116167fffffffffffffffffffffffff000000000000000000000000000000000000000084541617835551907fffffff000000000000000000ffffffffffffffffffffffffffffffffffffffff78ffffffffff00000000000000000000000000000000000000007cffffffff000000000000000000000000000000000000000000000000008554935160c81b169360a01b1691161717905560405196879687528d87015260408601526060850152608084015260c060a0840152339760c084019161294e565b0390a4604051908152f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b827f019451cb000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7faa0b0e55000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b905061061d91965060603d606011610627575b610615818361287f565b810190612ba6565b969190505f610269565b503d61060b565b6040513d5f823e3d90fd5b7f042ab5da000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b503386146101f6565b5f80fd5b3461066e57604060031936011261066e5760043560243567ffffffffffffffff811161066e578060040190610120600319823603011261066e576106b461296e565b50825f52600560205260405f2090604051916106cf83612862565b8054916001600160a01b0383168452602084019263ffffffff8160a01c168452604085019261ffff8260c01c1684526001606087019164ffffffffff8460d01c168352608088019360f81c151584520154936001600160a01b03851660a0880181815260c089019164ffffffffff8860a01c16835263ffffffff60e08b019860c81c1688521561096457516001600160a01b031633036109345764ffffffffff90511680421015610905575061078488612a44565b6001600160a01b0380895116911614958615966108e1575b5085156108bf575b50841561088b575b508315610863575b508215610840575b505061081457916001600160a01b0361081293825f5260056020525f600160408220828155015551169033907f041548f228e3428eca4778d24a6ff88e01fb28914736808bd964d0dd64fc2bdc5f80a433612ff2565b005b827f25ef54d2000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63ffffffff9192506108556084839201612b64565b9251169116141584806107bc565b90925061087260a48401612b99565b9081610881575b5091866107b4565b9050511586610879565b90935064ffffffffff6108a060648401612b84565b9151164201908142116105465767ffffffffffffffff161192876107ac565b61ffff809296506108d260448601612b75565b915116191616151593886107a4565b63ffffffff809297506108f660248701612b64565b9151161916161515948961079c565b897fa3242b71000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b897ff63acfcd000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b8a7f1f79bbe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461066e57602060031936011261066e576109a9612b08565b506101406109b86004356133bd565b610a51604051809261ffff610120809263ffffffff815116855282602082015116602086015267ffffffffffffffff604082015116604086015260608101511515606086015260808101511515608086015260a0810151151560a086015263ffffffff60c08201511660c086015263ffffffff60e08201511660e086015264ffffffffff61010082015116610100860152015116910152565bf35b3461066e575f60031936011261066e57602060405162278d008152f35b3461066e575f60031936011261066e5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461066e57602060031936011261066e5760043567ffffffffffffffff811161066e57610120600319823603011261066e576108129060040133612ff2565b3461066e57604060031936011261066e57610b0b6126f4565b610b59610b1661270a565b91610b1f612b08565b506001600160a01b0381165f52600260205260405f206001600160a01b0384165f52602052610b5160405f20546133bd565b928391613454565b5090610bf4604051809261ffff610120809263ffffffff815116855282602082015116602086015267ffffffffffffffff604082015116604086015260608101511515606086015260808101511515608086015260a0810151151560a086015263ffffffff60c08201511660c086015263ffffffff60e08201511660e086015264ffffffffff61010082015116610100860152015116910152565b60068210156105cb5761016091610140820152f35b3461066e57608060031936011261066e57610c226126f4565b610c2a61270a565b90610c336127b8565b6064359060ff8216820361066e57602093610c4d93612a58565b6040519015158152f35b3461066e57604060031936011261066e57610c706126f4565b60243567ffffffffffffffff811161066e57610c90903690600401612751565b90610c9b8282613666565b6001600160a01b03831692338403610cef575b50610cea7fe65cdfb481838444e928dbc870cb70f88a5c233b37434cc81c4aae50d4aed21e91604051918291602083523395602084019161294e565b0390a3005b610d1990335f52600260205260405f20855f52602052610d1260405f20546133bd565b9033613454565b5060068110156105cb57600103610d305783610cae565b608483604051907f81b7d5d300000000000000000000000000000000000000000000000000000000825233600483015260248201525f60448201525f6064820152fd5b3461066e57602060031936011261066e5760043567ffffffffffffffff811161066e57610da4903690600401612720565b602091604051610db4848261287f565b5f815283810190601f198501368337610dcc846128a2565b92610dda604051948561287f565b848452601f19610de9866128a2565b01865f5b828110610ee6575050505f5b85811015610e6b57600190610e4f610e49610e198360051b8601866127c8565b91908b89846040519586948486013783018281015f81528b519283915e01015f815203601f19810183528261287f565b306135ac565b610e5982886128f4565b52610e6481876128f4565b5001610df9565b604080518881528651818a018190525f92600582901b8301810191898c01918c9085015b828710610e9c5785850386f35b909192938280610ed6837fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08a600196030186528851612793565b9601920196019592919092610e8f565b60608782018301528101610ded565b3461066e575f60031936011261066e57602060405160808152f35b3461066e575f60031936011261066e57335f5260036020527fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000610fb060405f20610f7863ffffffff825481610f66818316612a2d565b16958691161780845560201c16612a2d565b7fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff67ffffffff0000000083549260201b169116179055565b6040519081527fa8d7197963abc7ea0cc8494f38bae6e74f67386951a94742a3ae65edf4ad81ec60203392a2005b3461066e57606060031936011261066e57610ff76126f4565b60243567ffffffffffffffff811161066e57611017903690600401612720565b90916110216127b8565b82156112ba5760ff1691601083101561128e575f91825b828410156110665760019063ffffffff8260ff61105a8860051b8b0135613380565b161b1617930192611038565b925084936001600160a01b03821694855f52600260205260405f206001600160a01b0333165f5260205260405f2054946110ab6110a2876133bd565b80953390613454565b5060068110156105cb576005811461126257600481146112365760011480159061121d575b8015611208575b6111bf5750604051602081528460208201527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff851161066e577f837818b7d168e1da4d829ad1e3f6e034bb2f52e5b9e05c8123f3974b349a8424879160809660051b8094604083013760408133958101030190a4015161115357005b815f52600260205260405f206001600160a01b0333165f526020527fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000060405f209116905533907f08c833af6b02a040184bebe4f1b98a01b48c184fa3df3f387f660b15ba9920e25f80a3005b868363ffffffff608493604051937f81b7d5d300000000000000000000000000000000000000000000000000000000855260048501523360248501521660448301526064820152fd5b5061ffff60208501516001851b1616156110d7565b5063ffffffff818551161663ffffffff821614156110d0565b7fd9592b1b000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b7ff84e3ca8000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b827f525aca88000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f32b5a0e1000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461066e57606060031936011261066e5760206112fd6126f4565b61130561270a565b9060ff6113106127b8565b16908382109283611329575b5050506040519015158152f35b909192506001600160a01b0382166001600160a01b03821614928315611355575b50505082808061131c565b61136a9350600163ffffffff911b1691612c9e565b82808061134a565b3461066e575f60031936011261066e5761142a6113ae7f000000000000000000000000000000000000000000000000000000000000000061384b565b6113d77f000000000000000000000000000000000000000000000000000000000000000061384b565b6020611438604051926113ea838561287f565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190612793565b908582036040870152612793565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061146f57505050500390f35b835185528695509381019392810192600101611460565b3461066e57602060031936011261066e57600435805f52600560205260405f206001600160a01b036001820154168015611538573303611508576001600160a01b0390541690805f5260056020525f600160408220828155015533907f498bf922731a8e663db0e060bb631cad4253cc2de8934b82973f8a61e21371a15f80a4005b507ff63acfcd000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b827f1f79bbe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461066e57604060031936011261066e57606061ffff64ffffffffff6115e761158b6126f4565b61159361270a565b906001600160a01b031690815f5260026020526001600160a01b0360405f2091165f5260205260405f2054905f52600360205263ffffffff60405f205460201c169164ffffffffff8260f01c9260c81c1690565b91939063ffffffff60405195168552166020840152166040820152f35b3461066e57602060031936011261066e576001600160a01b036116256126f4565b335f52600260205260405f208282165f5260205260405f205478ffffffffffffffffffffffffffffffffffffffffff000000006116625f836137e0565b911617335f52600260205260405f208383165f5260205260405f205516337f825c8be24eb0df19500f63e86c29e7d0d951e73056b889b891d85e40938d9b6e5f80a3005b3461066e5760a060031936011261066e576116bf6126f4565b6116c761270a565b6116cf61277f565b6064359260843567ffffffffffffffff811161066e5782906116f5903690600401612751565b94909561175082856001600160a01b031690815f5260026020526001600160a01b0360405f2091165f5260205260405f2054905f52600360205263ffffffff60405f205460201c169164ffffffffff8260f01c9260c81c1690565b5096909760405160208101907fdfdd9cc19c92b5f6f6f44b0163451ebde3aed788e427fd6439070e80c04666bd82526001600160a01b038816998a60408301526001600160a01b0387169b8c606084015264ffffffffff8916608084015263ffffffff1660a083015261ffff1660c08201528460e082015260e081526117d86101008261287f565b519020926117e69387612e6a565b6117ef92612f32565b815f52600260205260405f20835f5260205260405f20549061181190826137e0565b9078ffffffffffffffffffffffffffffffffffffffffff000000001617815f52600260205260405f20835f5260205260405f20557f825c8be24eb0df19500f63e86c29e7d0d951e73056b889b891d85e40938d9b6e5f80a3005b3461066e5760a060031936011261066e576118846126f4565b67ffffffffffffffff6024351161066e576101206003196024353603011261066e576118ae61277f565b60843567ffffffffffffffff811161066e576118ce903690600401612751565b6118dc600460243501612a44565b61193490856001600160a01b031690815f5260026020526001600160a01b0360405f2091165f5260205260405f2054905f52600360205263ffffffff60405f205460201c169164ffffffffff8260f01c9260c81c1690565b509190928560243560040161194890612a44565b946024356024019561195987612b64565b611967604460243501612b75565b611975606460243501612b84565b611983608460243501612b64565b9161199260a460243501612b99565b936119a160c460243501612b99565b956040519860208a017f72ba7c4674af12a72a83be52865a3be6f7c8ff9b69e6e76d7dbffb5abaaabc3290526001600160a01b031660408a01526001600160a01b0316606089015263ffffffff16608088015261ffff1660a087015267ffffffffffffffff1660c086015263ffffffff1660e0850152151561010084015215156101208301526101208252611a386101408361287f565b611a4660e460243501612b99565b94611a5b6024356101048101906004016127c8565b3690611a6692612908565b805190602001209160405192602084019715158852604084015264ffffffffff8916606084015263ffffffff16608083015261ffff1660a082015260643560c082015260c08152611ab860e08261287f565b604051948591602083019380516020819201865e83019060208201905f8252519283915e016020015f815203601f1981018552611af5908561287f565b6064359351902092611b079387612e6a565b81611b16600460243501612a44565b90611b219185612f32565b611b2f600460243501612a44565b6001600160a01b03169283158015611f00575b611ed457604051927f97a5d5b50000000000000000000000000000000000000000000000000000000084528460048501526060846024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa90811561062e575f5f955f93611ead575b5060038110156105cb5715611e815763ffffffff611bd8608460243501612b64565b1663ffffffff831603611e5557841580611e40575b611e1457611c11611bfd85612b64565b611c0b604460243501612b75565b906136ab565b611c1f606460243501612b84565b67ffffffffffffffff4291161115611dd15778ffffffff000000000000000000000000000000000000000000611d6f610cea96611d1463ffffffff611ca27f9f61ab2716afc19f324246e70dcff981fb8012b3f0ee396623c5491f0b35281399611c9d611c97610104602435016024356004016127c8565b90613666565b612b64565b1665ffff00000000611cb8604460243501612b75565b60201b16176dffffffffffffffff000000000000611cda606460243501612b84565b60301b1617611cf5611cf060a460243501612b99565b6137d2565b60701b17611d0a611cf060c460243501612b99565b60781b17916137d2565b60801b176001600160a01b0386165f52600360205274ffffffff000000000000000000000000000000000060405f205460881b1617926001600160a01b0386165f52600260205260405f20895f5260205260405f20546137e0565b9260a81b1617176001600160a01b0382165f52600260205260405f20855f526020528060405f2055611dac610104602435016024356004016127c8565b94906001600160a01b036040519485948552604060208601521695604084019161294e565b67ffffffffffffffff611de8606460243501612b84565b7f5e23ca68000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b857ff84e3ca8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50611e4f60e460243501612b99565b15611bed565b857fd9592b1b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b857faa0b0e55000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b91955050611eca915060603d60601161062757610615818361287f565b9490949187611bb6565b837f042ab5da000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506001600160a01b0381168414611b42565b3461066e575f60031936011261066e57335f52600360205260405f20611f7d611f4463ffffffff835460201c16612a2d565b82547fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff16602082901b67ffffffff000000001617909255565b63ffffffff604051911681527fe1e1f5bcd075a2a44a046a98487f52432ab99596e217b1d49f34d68df4d8f20e60203392a2005b3461066e57602060031936011261066e576001600160a01b03611fd26126f4565b165f526003602052602063ffffffff60405f205416604051908152f35b3461066e575f60031936011261066e57602060405160018152f35b3461066e575f60031936011261066e57602060405160098152f35b3461066e57606060031936011261066e5761203e6126f4565b60443567ffffffffffffffff811161066e5760209161206461206e923690600401612751565b91602435906129aa565b604051908152f35b3461066e575f60031936011261066e57602061206e612d4e565b3461066e57602060031936011261066e576120a961296e565b506004355f52600560205261010060405f2063ffffffff8064ffffffffff604051936120d485612862565b6001600160a01b0381549581871696878252846020830194878360a01c16865261ffff60408501818560c01c16815260016060870193858760d01c168552608088019660f81c151587520154998a988160e060a08a01998b8d168b528860c082019d60a01c168d52019c60c81c168c526040519d8e52511660208d0152511660408b0152511660608901525115156080880152511660a0860152511660c0840152511660e0820152f35b3461066e57604060031936011261066e576001600160a01b0361219f6126f4565b165f52600460205260405f206024355f52602052606060405f20547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff006040519180151583526002811615156020840152166040820152f35b3461066e57604060031936011261066e576122106126f4565b60243567ffffffffffffffff811161066e57612230903690600401612720565b9182156112ba5791906001600160a01b03831690815f52600460205260405f205f945f937fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa184360301965b868610156122c0578560051b850135908882121561066e576122b760019287016122a860408201826127c8565b9160208101359035888a612be1565b1795019461227b565b868891869481853314159182612425575b50506123eb5750909260405191806020840160208552526040830160408260051b85010195835f915b84831061232b5733887fbe6bbd918c5eda260a9bf57796ed8fbfa7de9d6244bb1f61222b484d57c6a71f898c038aa3005b9091929394977fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc087820301855288358281121561066e578301803582526020810135602083015260408101357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18236030181121561066e57016020813591019067ffffffffffffffff811161066e57803603821361066e576123dd60209283926060868160406001990152019161294e565b9a01969501930191906122fa565b63ffffffff90847f67253e0e000000000000000000000000000000000000000000000000000000005f52600452336024521660445260645ffd5b61243192503390612c9e565b1581876122d1565b3461066e57604060031936011261066e5760243560043567ffffffffffffffff821161066e5781600401916060600319823603011261066e57335f52600460205260405f2092825f528360205260405f20549384156126c457600285166126985781359460ff851660ff871603612668576002906024850135926124ce6124c46044880180976127c8565b90868b3386612be1565b50865f526020521760405f20556040928351926124eb858561287f565b60018452601f1985015f5b81811061264057505084519261250b84612819565b8784526020840152359067ffffffffffffffff821161066e57013660238201121561066e57612544903690602460048201359101612908565b83820152612551826128ba565b5261255b816128ba565b5081519160208301602084528251809152818401916020818360051b8701019401925f915b8383106125dc5750505050507fbe6bbd918c5eda260a9bf57796ed8fbfa7de9d6244bb1f61222b484d57c6a71f33928033930390a3337fcbd9aaf7315ad4bbad7cc1c16a422da25362399177b89352fd517275ef4e669b5f80a4005b9091929394602080612631837fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08b600196030187526060868b5180518452858101518685015201519181888201520190612793565b97019301930191939290612580565b602090875161264e81612819565b5f81525f83820152606089820152828289010152016124f6565b85857f36beb064000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b837f233f2e84000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b837f0e228ea1000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b600435906001600160a01b038216820361066e57565b602435906001600160a01b038216820361066e57565b9181601f8401121561066e5782359167ffffffffffffffff831161066e576020808501948460051b01011161066e57565b9181601f8401121561066e5782359167ffffffffffffffff831161066e576020838186019501011161066e57565b6044359064ffffffffff8216820361066e57565b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b6044359060ff8216820361066e57565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18136030182121561066e570180359067ffffffffffffffff821161066e5760200191813603831361066e57565b6060810190811067ffffffffffffffff82111761283557604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b610100810190811067ffffffffffffffff82111761283557604052565b90601f601f19910116810190811067ffffffffffffffff82111761283557604052565b67ffffffffffffffff81116128355760051b60200190565b8051156128c75760200190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b80518210156128c75760209160051b010190565b92919267ffffffffffffffff82116128355760405191612932601f8201601f19166020018461287f565b82948184528183011161066e578281602093845f960137010152565b601f8260209493601f1993818652868601375f8582860101520116010190565b6040519061297b82612862565b5f60e0838281528260208201528260408201528260608201528260808201528260a08201528260c08201520152565b91906054612a26917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0095806040519586937fffffffffffffffffffffffffffffffffffffffff000000000000000000000000602086019960601b16895260348501528484013781015f838201520301601f19810183528261287f565b5190201690565b63ffffffff1663ffffffff81146105465760010190565b356001600160a01b038116810361066e5790565b929160ff169260208410801590612afa575b612af257806001600160a01b03612aa392165f52600260205260405f206001600160a01b0384165f52602052610b5160405f20546133bd565b5060068110156105cb576001149283612ada575b5082612ac257505090565b61ffff925060ff6020600192015192161b1616151590565b8151600190911b1663ffffffff16151592505f612ab7565b505050505f90565b50601060ff84161015612a6a565b60405190610140820182811067ffffffffffffffff821117612835576040525f610120838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e0820152826101008201520152565b3563ffffffff8116810361066e5790565b3561ffff8116810361066e5790565b3567ffffffffffffffff8116810361066e5790565b35801515810361066e5790565b9081606091031261066e578051600381101561066e57916020820151801515810361066e5760409092015163ffffffff8116810361066e5790565b929491939094612bf085613380565b95612bfb8484613666565b8115612c7657855f528460205260405f2054612c3d5750926001612c2b63ffffffff979482979460ff97336129aa565b17915f5260205260405f2055161b1690565b6001600160a01b0386917fa4f071ee000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b7f68e1d61b000000000000000000000000000000000000000000000000000000005f5260045ffd5b612cde909291926001600160a01b0381165f52600260205260405f206001600160a01b0385165f52602052612cd660405f20546133bd565b938491613454565b9060068110156105cb57600103612d475760038110156105cb57600214612d2557606082015115159182612d1157505090565b8163ffffffff929350829151161691161490565b63ffffffff16610200149081612d39575090565b600291506020015116151590565b5050505f90565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016301480612e41575b15612da9577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152612e3b60c08261287f565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614612d80565b939291804211612f075750612eca92916042612ec392612e88612d4e565b90604051917f190100000000000000000000000000000000000000000000000000000000000083526002830152602282015220923691612908565b9083613711565b15612ed25750565b6001600160a01b03907fd855c4f4000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b7fbd2a913c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b64ffffffffff80612f9184846001600160a01b031690815f5260026020526001600160a01b0360405f2091165f5260205260405f2054905f52600360205263ffffffff60405f205460201c169164ffffffffff8260f01c9260c81c1690565b969150501693168311801590612fe9575b612fab57505050565b906001600160a01b0380927f70287ea0000000000000000000000000000000000000000000000000000000005f52166004521660245260445260645ffd5b50428311612fa2565b6001600160a01b0361300383612a44565b16918215801561336e575b61334257604051907f97a5d5b50000000000000000000000000000000000000000000000000000000082528360048301526060826024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa801561062e575f5f935f9261331c575b5060038110156105cb57156132f05763ffffffff6130a160808401612b64565b1663ffffffff8216036132c4578215806132b1575b6132855760208201926130c884612b64565b6130d96040850191611c0b83612b75565b60608401906130e782612b84565b67ffffffffffffffff42911611156132735761010085019561310987876127c8565b61311291613666565b61311b90612b64565b63ffffffff169061312b90612b75565b60201b65ffff0000000016179061314190612b84565b60301b6dffffffffffffffff000000000000161760a0840161316290612b99565b61316b906137d2565b60701b1761317b60c08501612b99565b613184906137d2565b60781b1790613192906137d2565b60801b17936001600160a01b031693845f52600360205260405f205460881b74ffffffff00000000000000000000000000000000001617845f52600260205260405f20865f5260205260405f20545f6131ea916137e0565b9160a81b78ffffffff00000000000000000000000000000000000000000016171791835f52600260205260405f20855f526020528260405f205561322d916127c8565b919060405192839283526020830160409052604083019061324d9261294e565b037f9f61ab2716afc19f324246e70dcff981fb8012b3f0ee396623c5491f0b35281391a3565b67ffffffffffffffff611de883612b84565b847ff84e3ca8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506132be60e08301612b99565b156130b6565b847fd9592b1b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b847faa0b0e55000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b91505061333991925060603d60601161062757610615818361287f565b9092915f613081565b827f042ab5da000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506001600160a01b038216831461300e565b9060ff82169160208310156133925750565b7fe51a3ed6000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b906133c6612b08565b9163ffffffff8116835261ffff8160201c16602084015267ffffffffffffffff8160301c16604084015260ff8160701c161515606084015260ff8160781c161515608084015260ff8160801c16151560a084015263ffffffff8160881c1660c084015263ffffffff8160a81c1660e084015264ffffffffff8160c81c1661010084015260f01c610120830152565b9291925f9063ffffffff855116156135a1576001600160a01b0363ffffffff60c08701511691165f52600360205263ffffffff60405f205416036135985767ffffffffffffffff60408501511642101561358f57506001600160a01b03604051917f97a5d5b50000000000000000000000000000000000000000000000000000000083521660048201526060816024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa92831561062e575f5f925f95613569575b50809463ffffffff8060e08501511691160361355f575060a0015115159081613556575b506135505760019190565b60059190565b9050155f613545565b9350505060049190565b91945050613586915060603d60601161062757610615818361287f565b9390915f613521565b92505060029190565b92505060039190565b50505090505f905f90565b905f8091602081519101845af48080613653575b156135e05750506040513d81523d5f602083013e60203d82010160405290565b1561361a576001600160a01b03907f9996b315000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b3d1561362b576040513d5f823e3d90fd5b7fd6bda275000000000000000000000000000000000000000000000000000000005f5260045ffd5b503d1515806135c05750813b15156135c0565b5080159081156136a0575b5061367857565b7fb2c30520000000000000000000000000000000000000000000000000000000005f5260045ffd5b60809150115f613671565b63ffffffff16156136e95761ffff16156136c157565b7fff594b6d000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f1b8c244f000000000000000000000000000000000000000000000000000000005f5260045ffd5b9190823b61374c5790613723916138a2565b5060048110156105cb5715918261373957505090565b6001600160a01b03919250811691161490565b916020926064601f19601f855f965190604051957f1626ba7e00000000000000000000000000000000000000000000000000000000875260048701526040602487015288820190604487015e86848287010152011601915afa7f1626ba7e000000000000000000000000000000000000000000000000000000005f5114601f3d11161690565b156137dc57600190565b5f90565b7fffff0000000000000000000000000000000000000000000000000000000000007dffffffffff000000000000000000000000000000000000000000000000009160f01c64ffffffffff84161561383f575b60f01b169160c81b161790565b60010161ffff16613832565b60ff811690601f821161387a576040519161386760408461287f565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b81519190604183036138d2576138cb9250602082015190606060408401519301515f1a906138dc565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411613953579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa1561062e575f516001600160a01b0381161561394957905f905f90565b505f906001905f90565b5050505f916003919056" as const;
