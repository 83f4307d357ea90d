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
    "name": "openRequestOf",
    "inputs": [
      {
        "name": "grantee",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "requestId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
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
    "type": "function",
    "name": "withdrawRequest",
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
    "name": "AccessRequestWithdrawn",
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
    "name": "NotRequester",
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
    "name": "RequestPending",
    "inputs": [
      {
        "name": "openRequestId",
        "type": "uint256",
        "internalType": "uint256"
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

export const consentRegistryBytecode = "0x610180806040523461019057602081613e6180380380916100208285610194565b83398101031261019057516001600160a01b038116810361019057604051610049604082610194565b6010815260208101906f10d85c9952d95e5cc810dbdb9cd95b9d60821b825260405191610077604084610194565b600183526020830191601960f91b8352610090816101cb565b6101205261009d846101cb565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261010660c082610194565b5190206080523060c052600160075561016052604051613c2a9081610237823960805181613053015260a05181613110015260c05181613024015260e051816130a2015261010051816130c8015261012051816114cd015261014051816114f601526101605181818161026b01528181610b5901528181611db20152818161331b01526137ba0152f35b5f80fd5b601f909101601f19168101906001600160401b038211908210176101b757604052565b634e487b7160e01b5f52604160045260245ffd5b601f8151116101f65760208151910151602082106101e7571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c8063054e7e3d146126f55780630ac1614014612668578063245114a01461242657806325fbaead146123ad578063324e03be146122bf5780633644e515146122a55780633706b8dd146122545780633cc29ad514612239578063475f37491461221e578063582805d9146121e05780635b0d887914612141578063611dacf714611a9a578063718c97a9146118d557806374899a7e1461180357806374a8f103146117615780637538f68d146116c157806379f96c57146115c957806384b0196e146114b55780638d92a0c31461142557806398269c4a146110a8578063a340fff414610fda578063a82da60d14610fbf578063ac9650d814610e3d578063ae4dce8d14610d21578063aef0fbb114610cd3578063b98e822614610bbc578063bde3de4314610b7d578063c41c2f2414610b3a578063d150239014610b1d578063e1751b6414610a5a578063f52b7156146107205763fcf177fd14610179575f80fd5b3461071c5760c060031936011261071c576101926129b0565b6024359063ffffffff821680830361071c576044359261ffff84169384810361071c5760643564ffffffffff811680910361071c576084359586151580970361071c5760a4359467ffffffffffffffff861161071c576101fe6001600160a01b03963690600401612a0d565b969097169485158015610713575b6106e757335f52600660205260405f20865f5260205260405f205480610683575b50604051947f97a5d5b50000000000000000000000000000000000000000000000000000000086523360048701526060866024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa958615610678575f905f97610642575b50600381101561061557156105e9576102b591613977565b82156105bd576102c58688613932565b600754967fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8814610590576001880160075562278d00420190814211610590578960209a7f404a5f694300f9b0f335fbc405da6a0a284056e50fff44b62886b0554e1a344e96898c998a6001600160a01b038060018b8d64ffffffffff6105859d169a8b967effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff6040519461037786612b1e565b338652602086019081526040860194855260608601928d84526080870194855260a087019c8d5260c087019a8b5263ffffffff60e088019c168c525f52602060059052878060405f20975116167fffffffffffffffffffffffff000000000000000000000000000000000000000087541617865551937fff0000000000000000000000ffffffffffffffffffffffffffffffffffffffff77ffffffff00000000000000000000000000000000000000007fff000000000000000000000000000000000000000000000000000000000000007effffffffff000000000000000000000000000000000000000000000000000079ffff0000000000000000000000000000000000000000000000008a54955160c01b16965160d01b169651151560f81b169660a01b1691161716171717815501945116167fffffffffffffffffffffffff000000000000000000000000000000000000000084541617835551907fffffff000000000000000000ffffffffffffffffffffffffffffffffffffffff78ffffffffff00000000000000000000000000000000000000007cffffffff000000000000000000000000000000000000000000000000008554935160c81b169360a01b16911617179055335f5260068d5260405f208a5f528d528860405f205560405196879687528d87015260408601526060850152608084015260c060a0840152339760c0840191612c0a565b0390a4604051908152f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b827f019451cb000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7faa0b0e55000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b905061066791965060603d606011610671575b61065f8183612b3b565b810190612e72565b969190505f61029d565b503d610655565b6040513d5f823e3d90fd5b805f52600560205264ffffffffff600160405f20015460a01c1642106106bc575f5260056020525f60016040822082815501555f61022d565b7ff78a10be000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f042ab5da000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b5033861461020c565b5f80fd5b3461071c57604060031936011261071c5760043560243567ffffffffffffffff811161071c578060040190610120600319823603011261071c57610762612c2a565b50825f52600560205260405f20906040519161077d83612b1e565b8054916001600160a01b0383168452602084019263ffffffff8160a01c168452604085019261ffff8260c01c1684526001606087019164ffffffffff8460d01c168352608088019360f81c151584520154936001600160a01b03851660a0880181815260c089019164ffffffffff8860a01c16835263ffffffff60e08b019860c81c16885215610a2e57516001600160a01b031633036109fe5764ffffffffff905116804210156109cf575061083288612d00565b6001600160a01b0380895116911614958615966109ab575b508515610989575b508415610955575b50831561092d575b50821561090a575b50506108de5780515f8481526005602090815260408083208381556001018390556001600160a01b039384168352600682528083203384529091528120556108dc939151169033907f041548f228e3428eca4778d24a6ff88e01fb28914736808bd964d0dd64fc2bdc5f80a4336132be565b005b827f25ef54d2000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63ffffffff91925061091f6084839201612e30565b92511691161415848061086a565b90925061093c60a48401612e65565b908161094b575b509186610862565b9050511586610943565b90935064ffffffffff61096a60648401612e50565b9151164201908142116105905767ffffffffffffffff1611928761085a565b61ffff8092965061099c60448601612e41565b91511619161615159388610852565b63ffffffff809297506109c060248701612e30565b9151161916161515948961084a565b897fa3242b71000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b897ff63acfcd000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b8a7f1f79bbe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461071c57602060031936011261071c57610a73612dd4565b50610140610a82600435613689565b610b1b604051809261ffff610120809263ffffffff815116855282602082015116602086015267ffffffffffffffff604082015116604086015260608101511515606086015260808101511515608086015260a0810151151560a086015263ffffffff60c08201511660c086015263ffffffff60e08201511660e086015264ffffffffff61010082015116610100860152015116910152565bf35b3461071c575f60031936011261071c57602060405162278d008152f35b3461071c575f60031936011261071c5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461071c57602060031936011261071c5760043567ffffffffffffffff811161071c57610120600319823603011261071c576108dc90600401336132be565b3461071c57604060031936011261071c57610bd56129b0565b610c23610be06129c6565b91610be9612dd4565b506001600160a01b0381165f52600260205260405f206001600160a01b0384165f52602052610c1b60405f2054613689565b928391613720565b5090610cbe604051809261ffff610120809263ffffffff815116855282602082015116602086015267ffffffffffffffff604082015116604086015260608101511515606086015260808101511515608086015260a0810151151560a086015263ffffffff60c08201511660c086015263ffffffff60e08201511660e086015264ffffffffff61010082015116610100860152015116910152565b60068210156106155761016091610140820152f35b3461071c57608060031936011261071c57610cec6129b0565b610cf46129c6565b90610cfd612a74565b6064359060ff8216820361071c57602093610d1793612d24565b6040519015158152f35b3461071c57604060031936011261071c57610d3a6129b0565b60243567ffffffffffffffff811161071c57610d5a903690600401612a0d565b90610d658282613932565b6001600160a01b03831692338403610db9575b50610db47fe65cdfb481838444e928dbc870cb70f88a5c233b37434cc81c4aae50d4aed21e916040519182916020835233956020840191612c0a565b0390a3005b610de390335f52600260205260405f20855f52602052610ddc60405f2054613689565b9033613720565b50600681101561061557600103610dfa5783610d78565b608483604051907f81b7d5d300000000000000000000000000000000000000000000000000000000825233600483015260248201525f60448201525f6064820152fd5b3461071c57602060031936011261071c5760043567ffffffffffffffff811161071c57610e6e9036906004016129dc565b602091604051610e7e8482612b3b565b5f815283810190601f198501368337610e9684612b5e565b92610ea46040519485612b3b565b848452601f19610eb386612b5e565b01865f5b828110610fb0575050505f5b85811015610f3557600190610f19610f13610ee38360051b860186612a84565b91908b89846040519586948486013783018281015f81528b519283915e01015f815203601f198101835282612b3b565b30613878565b610f238288612bb0565b52610f2e8187612bb0565b5001610ec3565b604080518881528651818a018190525f92600582901b8301810191898c01918c9085015b828710610f665785850386f35b909192938280610fa0837fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08a600196030186528851612a4f565b9601920196019592919092610f59565b60608782018301528101610eb7565b3461071c575f60031936011261071c57602060405160808152f35b3461071c575f60031936011261071c57335f5260036020527fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000061107a60405f2061104263ffffffff825481611030818316612ce9565b16958691161780845560201c16612ce9565b7fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff67ffffffff0000000083549260201b169116179055565b6040519081527fa8d7197963abc7ea0cc8494f38bae6e74f67386951a94742a3ae65edf4ad81ec60203392a2005b3461071c57606060031936011261071c576110c16129b0565b60243567ffffffffffffffff811161071c576110e19036906004016129dc565b6110ec929192612a74565b81156113fd5760ff169160108310156113d1575f925f5b8381106113a657506001600160a01b03821694855f52600260205260405f206001600160a01b0333165f5260205260405f20549461114c61114387613689565b80953390613720565b506006811015610615576005811461137a576004811461134e57600114801590611335575b8015611320575b6112d75750855f52600460205260405f205f5b858110611277575050604051602081528460208201527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff851161071c577f837818b7d168e1da4d829ad1e3f6e034bb2f52e5b9e05c8123f3974b349a8424879160809660051b8094604083013760408133958101030190a4015161120b57005b815f52600260205260405f206001600160a01b0333165f526020527fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000060405f209116905533907f08c833af6b02a040184bebe4f1b98a01b48c184fa3df3f387f660b15ba9920e25f80a3005b611282818785612d14565b355f528160205260405f20541561129b5760010161118b565b6112a788918785612d14565b35907f0e228ea1000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b868363ffffffff608493604051937f81b7d5d300000000000000000000000000000000000000000000000000000000855260048501523360248501521660448301526064820152fd5b5061ffff60208501516001851b161615611178565b5063ffffffff818551161663ffffffff82161415611171565b7fd9592b1b000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b7ff84e3ca8000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b9360019063ffffffff8260ff6113c66113c08a8a8d612d14565b3561364c565b161b16179401611103565b827f525aca88000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f32b5a0e1000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461071c57606060031936011261071c5760206114406129b0565b6114486129c6565b9060ff611453612a74565b1690838210928361146c575b5050506040519015158152f35b909192506001600160a01b0382166001600160a01b03821614928315611498575b50505082808061145f565b6114ad9350600163ffffffff911b1691612f6a565b82808061148d565b3461071c575f60031936011261071c5761156d6114f17f0000000000000000000000000000000000000000000000000000000000000000613b17565b61151a7f0000000000000000000000000000000000000000000000000000000000000000613b17565b602061157b6040519261152d8385612b3b565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190612a4f565b908582036040870152612a4f565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b8281106115b257505050500390f35b8351855286955093810193928101926001016115a3565b3461071c57602060031936011261071c57600435805f52600560205260405f206001600160a01b03600182015416801561169557330361166557545f8281526005602090815260408083208381556001018390556001600160a01b0390931680835260068252838320338452909152918120559033907f498bf922731a8e663db0e060bb631cad4253cc2de8934b82973f8a61e21371a15f80a4005b507ff63acfcd000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b827f1f79bbe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461071c57604060031936011261071c57606061ffff64ffffffffff6117446116e86129b0565b6116f06129c6565b906001600160a01b031690815f5260026020526001600160a01b0360405f2091165f5260205260405f2054905f52600360205263ffffffff60405f205460201c169164ffffffffff8260f01c9260c81c1690565b91939063ffffffff60405195168552166020840152166040820152f35b3461071c57602060031936011261071c576001600160a01b036117826129b0565b335f52600260205260405f208282165f5260205260405f205478ffffffffffffffffffffffffffffffffffffffffff000000006117bf5f83613aac565b911617335f52600260205260405f208383165f5260205260405f205516337f825c8be24eb0df19500f63e86c29e7d0d951e73056b889b891d85e40938d9b6e5f80a3005b3461071c57602060031936011261071c57600435805f52600560205260405f206001600160a01b0360018201541690811561169557546001600160a01b031633036118a5575f828152600560209081526040808320838155600101839055338352600682528083206001600160a01b038516845290915281205533917f425f2e0a6dc553423e7de924a98c3214fc2e8fa98f0448d70225aa8b83a04c015f80a4005b507f58ea1a27000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b3461071c5760a060031936011261071c576118ee6129b0565b6118f66129c6565b6118fe612a3b565b6064359260843567ffffffffffffffff811161071c578290611924903690600401612a0d565b94909561197f82856001600160a01b031690815f5260026020526001600160a01b0360405f2091165f5260205260405f2054905f52600360205263ffffffff60405f205460201c169164ffffffffff8260f01c9260c81c1690565b5096909760405160208101907fdfdd9cc19c92b5f6f6f44b0163451ebde3aed788e427fd6439070e80c04666bd82526001600160a01b038816998a60408301526001600160a01b0387169b8c606084015264ffffffffff8916608084015263ffffffff1660a083015261ffff1660c08201528460e082015260e08152611a0761010082612b3b565b51902092611a159387613136565b611a1e926131fe565b815f52600260205260405f20835f5260205260405f205490611a409082613aac565b9078ffffffffffffffffffffffffffffffffffffffffff000000001617815f52600260205260405f20835f5260205260405f20557f825c8be24eb0df19500f63e86c29e7d0d951e73056b889b891d85e40938d9b6e5f80a3005b3461071c5760a060031936011261071c57611ab36129b0565b67ffffffffffffffff6024351161071c576101206003196024353603011261071c57611add612a3b565b60843567ffffffffffffffff811161071c57611afd903690600401612a0d565b611b0b600460243501612d00565b611b6390856001600160a01b031690815f5260026020526001600160a01b0360405f2091165f5260205260405f2054905f52600360205263ffffffff60405f205460201c169164ffffffffff8260f01c9260c81c1690565b5091909285602435600401611b7790612d00565b9460243560240195611b8887612e30565b611b96604460243501612e41565b611ba4606460243501612e50565b611bb2608460243501612e30565b91611bc160a460243501612e65565b93611bd060c460243501612e65565b956040519860208a017f72ba7c4674af12a72a83be52865a3be6f7c8ff9b69e6e76d7dbffb5abaaabc3290526001600160a01b031660408a01526001600160a01b0316606089015263ffffffff16608088015261ffff1660a087015267ffffffffffffffff1660c086015263ffffffff1660e0850152151561010084015215156101208301526101208252611c6761014083612b3b565b611c7560e460243501612e65565b94611c8a602435610104810190600401612a84565b3690611c9592612bc4565b805190602001209160405192602084019715158852604084015264ffffffffff8916606084015263ffffffff16608083015261ffff1660a082015260643560c082015260c08152611ce760e082612b3b565b604051948591602083019380516020819201865e83019060208201905f8252519283915e016020015f815203601f1981018552611d249085612b3b565b6064359351902092611d369387613136565b81611d45600460243501612d00565b90611d5091856131fe565b611d5e600460243501612d00565b6001600160a01b0316928315801561212f575b61210357604051927f97a5d5b50000000000000000000000000000000000000000000000000000000084528460048501526060846024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa908115610678575f5f955f936120dc575b50600381101561061557156120b05763ffffffff611e07608460243501612e30565b1663ffffffff8316036120845784158061206f575b61204357611e40611e2c85612e30565b611e3a604460243501612e41565b90613977565b611e4e606460243501612e50565b67ffffffffffffffff42911611156120005778ffffffff000000000000000000000000000000000000000000611f9e610db496611f4363ffffffff611ed17f9f61ab2716afc19f324246e70dcff981fb8012b3f0ee396623c5491f0b35281399611ecc611ec661010460243501602435600401612a84565b90613932565b612e30565b1665ffff00000000611ee7604460243501612e41565b60201b16176dffffffffffffffff000000000000611f09606460243501612e50565b60301b1617611f24611f1f60a460243501612e65565b613a9e565b60701b17611f39611f1f60c460243501612e65565b60781b1791613a9e565b60801b176001600160a01b0386165f52600360205274ffffffff000000000000000000000000000000000060405f205460881b1617926001600160a01b0386165f52600260205260405f20895f5260205260405f2054613aac565b9260a81b1617176001600160a01b0382165f52600260205260405f20855f526020528060405f2055611fdb61010460243501602435600401612a84565b94906001600160a01b0360405194859485526040602086015216956040840191612c0a565b67ffffffffffffffff612017606460243501612e50565b7f5e23ca68000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b857ff84e3ca8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5061207e60e460243501612e65565b15611e1c565b857fd9592b1b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b857faa0b0e55000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b919550506120f9915060603d6060116106715761065f8183612b3b565b9490949187611de5565b837f042ab5da000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506001600160a01b0381168414611d71565b3461071c575f60031936011261071c57335f52600360205260405f206121ac61217363ffffffff835460201c16612ce9565b82547fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff16602082901b67ffffffff000000001617909255565b63ffffffff604051911681527fe1e1f5bcd075a2a44a046a98487f52432ab99596e217b1d49f34d68df4d8f20e60203392a2005b3461071c57602060031936011261071c576001600160a01b036122016129b0565b165f526003602052602063ffffffff60405f205416604051908152f35b3461071c575f60031936011261071c57602060405160018152f35b3461071c575f60031936011261071c57602060405160098152f35b3461071c57606060031936011261071c5761226d6129b0565b60443567ffffffffffffffff811161071c5760209161229361229d923690600401612a0d565b9160243590612c66565b604051908152f35b3461071c575f60031936011261071c57602061229d61301a565b3461071c57602060031936011261071c576122d8612c2a565b506004355f52600560205261010060405f2063ffffffff8064ffffffffff6040519361230385612b1e565b6001600160a01b0381549581871696878252846020830194878360a01c16865261ffff60408501818560c01c16815260016060870193858760d01c168552608088019660f81c151587520154998a988160e060a08a01998b8d168b528860c082019d60a01c168d52019c60c81c168c526040519d8e52511660208d0152511660408b0152511660608901525115156080880152511660a0860152511660c0840152511660e0820152f35b3461071c57604060031936011261071c576001600160a01b036123ce6129b0565b165f52600460205260405f206024355f52602052606060405f20547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff006040519180151583526002811615156020840152166040820152f35b3461071c57604060031936011261071c5761243f6129b0565b60243567ffffffffffffffff811161071c5761245f9036906004016129dc565b9182156113fd5791906001600160a01b03831690815f52600460205260405f205f945f937fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa184360301965b868610156124ef578560051b850135908882121561071c576124e660019287016124d76040820182612a84565b9160208101359035888a612ead565b179501946124aa565b868891869481853314159182612654575b505061261a5750909260405191806020840160208552526040830160408260051b85010195835f915b84831061255a5733887fbe6bbd918c5eda260a9bf57796ed8fbfa7de9d6244bb1f61222b484d57c6a71f898c038aa3005b9091929394977fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc087820301855288358281121561071c578301803582526020810135602083015260408101357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18236030181121561071c57016020813591019067ffffffffffffffff811161071c57803603821361071c5761260c602092839260608681604060019901520191612c0a565b9a0196950193019190612529565b63ffffffff90847f67253e0e000000000000000000000000000000000000000000000000000000005f52600452336024521660445260645ffd5b61266092503390612f6a565b158187612500565b3461071c57604060031936011261071c576126816129b0565b6001600160a01b036126916129c6565b91165f5260066020526001600160a01b0360405f2091165f5260205260405f2054801515806126d2575b6126cb575b602090604051908152f35b505f6126c0565b50805f52600560205264ffffffffff600160405f20015460a01c164210156126bb565b3461071c57604060031936011261071c5760243560043567ffffffffffffffff821161071c5781600401916060600319823603011261071c57335f52600460205260405f2092825f528360205260405f205493841561298057600285166129545781359460ff851660ff8716036129245760029060248501359261278a612780604488018097612a84565b90868b3386612ead565b50865f526020521760405f20556040928351926127a78585612b3b565b60018452601f1985015f5b8181106128fc5750508451926127c784612ad5565b8784526020840152359067ffffffffffffffff821161071c57013660238201121561071c57612800903690602460048201359101612bc4565b8382015261280d82612b76565b5261281781612b76565b5081519160208301602084528251809152818401916020818360051b8701019401925f915b8383106128985750505050507fbe6bbd918c5eda260a9bf57796ed8fbfa7de9d6244bb1f61222b484d57c6a71f33928033930390a3337fcbd9aaf7315ad4bbad7cc1c16a422da25362399177b89352fd517275ef4e669b5f80a4005b90919293946020806128ed837fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08b600196030187526060868b5180518452858101518685015201519181888201520190612a4f565b9701930193019193929061283c565b602090875161290a81612ad5565b5f81525f83820152606089820152828289010152016127b2565b85857f36beb064000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b837f233f2e84000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b837f0e228ea1000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b600435906001600160a01b038216820361071c57565b602435906001600160a01b038216820361071c57565b9181601f8401121561071c5782359167ffffffffffffffff831161071c576020808501948460051b01011161071c57565b9181601f8401121561071c5782359167ffffffffffffffff831161071c576020838186019501011161071c57565b6044359064ffffffffff8216820361071c57565b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b6044359060ff8216820361071c57565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18136030182121561071c570180359067ffffffffffffffff821161071c5760200191813603831361071c57565b6060810190811067ffffffffffffffff821117612af157604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b610100810190811067ffffffffffffffff821117612af157604052565b90601f601f19910116810190811067ffffffffffffffff821117612af157604052565b67ffffffffffffffff8111612af15760051b60200190565b805115612b835760200190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8051821015612b835760209160051b010190565b92919267ffffffffffffffff8211612af15760405191612bee601f8201601f191660200184612b3b565b82948184528183011161071c578281602093845f960137010152565b601f8260209493601f1993818652868601375f8582860101520116010190565b60405190612c3782612b1e565b5f60e0838281528260208201528260408201528260608201528260808201528260a08201528260c08201520152565b91906054612ce2917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0095806040519586937fffffffffffffffffffffffffffffffffffffffff000000000000000000000000602086019960601b16895260348501528484013781015f838201520301601f198101835282612b3b565b5190201690565b63ffffffff1663ffffffff81146105905760010190565b356001600160a01b038116810361071c5790565b9190811015612b835760051b0190565b929160ff169260208410801590612dc6575b612dbe57806001600160a01b03612d6f92165f52600260205260405f206001600160a01b0384165f52602052610c1b60405f2054613689565b506006811015610615576001149283612da6575b5082612d8e57505090565b61ffff925060ff6020600192015192161b1616151590565b8151600190911b1663ffffffff16151592505f612d83565b505050505f90565b50601060ff84161015612d36565b60405190610140820182811067ffffffffffffffff821117612af1576040525f610120838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e0820152826101008201520152565b3563ffffffff8116810361071c5790565b3561ffff8116810361071c5790565b3567ffffffffffffffff8116810361071c5790565b35801515810361071c5790565b9081606091031261071c578051600381101561071c57916020820151801515810361071c5760409092015163ffffffff8116810361071c5790565b929491939094612ebc8561364c565b95612ec78484613932565b8115612f4257855f528460205260405f2054612f095750926001612ef763ffffffff979482979460ff9733612c66565b17915f5260205260405f2055161b1690565b6001600160a01b0386917fa4f071ee000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b7f68e1d61b000000000000000000000000000000000000000000000000000000005f5260045ffd5b612faa909291926001600160a01b0381165f52600260205260405f206001600160a01b0385165f52602052612fa260405f2054613689565b938491613720565b9060068110156106155760010361301357600381101561061557600214612ff157606082015115159182612fdd57505090565b8163ffffffff929350829151161691161490565b63ffffffff16610200149081613005575090565b600291506020015116151590565b5050505f90565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630148061310d575b15613075577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261310760c082612b3b565b51902090565b507f0000000000000000000000000000000000000000000000000000000000000000461461304c565b9392918042116131d357506131969291604261318f9261315461301a565b90604051917f190100000000000000000000000000000000000000000000000000000000000083526002830152602282015220923691612bc4565b90836139dd565b1561319e5750565b6001600160a01b03907fd855c4f4000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b7fbd2a913c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b64ffffffffff8061325d84846001600160a01b031690815f5260026020526001600160a01b0360405f2091165f5260205260405f2054905f52600360205263ffffffff60405f205460201c169164ffffffffff8260f01c9260c81c1690565b9691505016931683118015906132b5575b61327757505050565b906001600160a01b0380927f70287ea0000000000000000000000000000000000000000000000000000000005f52166004521660245260445260645ffd5b5042831161326e565b6001600160a01b036132cf83612d00565b16918215801561363a575b61360e57604051907f97a5d5b50000000000000000000000000000000000000000000000000000000082528360048301526060826024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa8015610678575f5f935f926135e8575b50600381101561061557156135bc5763ffffffff61336d60808401612e30565b1663ffffffff8216036135905782158061357d575b61355157602082019261339484612e30565b6133a56040850191611e3a83612e41565b60608401906133b382612e50565b67ffffffffffffffff429116111561353f576101008501956133d58787612a84565b6133de91613932565b6133e790612e30565b63ffffffff16906133f790612e41565b60201b65ffff0000000016179061340d90612e50565b60301b6dffffffffffffffff000000000000161760a0840161342e90612e65565b61343790613a9e565b60701b1761344760c08501612e65565b61345090613a9e565b60781b179061345e90613a9e565b60801b17936001600160a01b031693845f52600360205260405f205460881b74ffffffff00000000000000000000000000000000001617845f52600260205260405f20865f5260205260405f20545f6134b691613aac565b9160a81b78ffffffff00000000000000000000000000000000000000000016171791835f52600260205260405f20855f526020528260405f20556134f991612a84565b919060405192839283526020830160409052604083019061351992612c0a565b037f9f61ab2716afc19f324246e70dcff981fb8012b3f0ee396623c5491f0b35281391a3565b67ffffffffffffffff61201783612e50565b847ff84e3ca8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5061358a60e08301612e65565b15613382565b847fd9592b1b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b847faa0b0e55000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b91505061360591925060603d6060116106715761065f8183612b3b565b9092915f61334d565b827f042ab5da000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506001600160a01b03821683146132da565b9060ff821691602083101561365e5750565b7fe51a3ed6000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90613692612dd4565b9163ffffffff8116835261ffff8160201c16602084015267ffffffffffffffff8160301c16604084015260ff8160701c161515606084015260ff8160781c161515608084015260ff8160801c16151560a084015263ffffffff8160881c1660c084015263ffffffff8160a81c1660e084015264ffffffffff8160c81c1661010084015260f01c610120830152565b9291925f9063ffffffff8551161561386d576001600160a01b0363ffffffff60c08701511691165f52600360205263ffffffff60405f205416036138645767ffffffffffffffff60408501511642101561385b57506001600160a01b03604051917f97a5d5b50000000000000000000000000000000000000000000000000000000083521660048201526060816024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa928315610678575f5f925f95613835575b50809463ffffffff8060e08501511691160361382b575060a0015115159081613822575b5061381c5760019190565b60059190565b9050155f613811565b9350505060049190565b91945050613852915060603d6060116106715761065f8183612b3b565b9390915f6137ed565b92505060029190565b92505060039190565b50505090505f905f90565b905f8091602081519101845af4808061391f575b156138ac5750506040513d81523d5f602083013e60203d82010160405290565b156138e6576001600160a01b03907f9996b315000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b3d156138f7576040513d5f823e3d90fd5b7fd6bda275000000000000000000000000000000000000000000000000000000005f5260045ffd5b503d15158061388c5750813b151561388c565b50801590811561396c575b5061394457565b7fb2c30520000000000000000000000000000000000000000000000000000000005f5260045ffd5b60809150115f61393d565b63ffffffff16156139b55761ffff161561398d57565b7fff594b6d000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f1b8c244f000000000000000000000000000000000000000000000000000000005f5260045ffd5b9190823b613a1857906139ef91613b6e565b50600481101561061557159182613a0557505090565b6001600160a01b03919250811691161490565b916020926064601f19601f855f965190604051957f1626ba7e00000000000000000000000000000000000000000000000000000000875260048701526040602487015288820190604487015e86848287010152011601915afa7f1626ba7e000000000000000000000000000000000000000000000000000000005f5114601f3d11161690565b15613aa857600190565b5f90565b7fffff0000000000000000000000000000000000000000000000000000000000007dffffffffff000000000000000000000000000000000000000000000000009160f01c64ffffffffff841615613b0b575b60f01b169160c81b161790565b60010161ffff16613afe565b60ff811690601f8211613b465760405191613b33604084612b3b565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b8151919060418303613b9e57613b979250602082015190606060408401519301515f1a90613ba8565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411613c1f579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15610678575f516001600160a01b03811615613c1557905f905f90565b505f906001905f90565b5050505f916003919056" as const;
