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

export const directoryBytecode = "0x60803461007257601f6123dc38819003918201601f19168301916001600160401b038311848410176100765780849260209460405283398101031261007257516001600160a01b0381168103610072578061005c6100629261008a565b50610100565b506040516121e890816101948239f35b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f5160206123bc5f395f51905f52602052604090205460ff166100fb576001600160a01b03165f8181525f5160206123bc5f395f51905f5260205260408120805460ff191660011790553391905f51602061237c5f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f51602061239c5f395f51905f52602052604090205460ff166100fb576001600160a01b03165f8181525f51602061239c5f395f51905f5260205260408120805460ff191660011790553391907f0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea09905f51602061237c5f395f51905f529080a460019056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a714610ecd5750806305c0ea2914610eb15780631614b2fa14610e97578063205589f414610e52578063248a9ca314610e205780632f2ff15d14610de357806330756d0e146109f957806336568abe1461098f5780635a5d78c71461092d57806363a9c3d71461090457806386074985146108e957806391d148541461089357806397a5d5b514610827578063998fb58514610590578063a217fddf14610576578063a82da60d1461055b578063b5c58b4514610541578063b9209e33146104f4578063c9d3cc6a1461025e578063d3b441a81461020f578063d547741f146101cd578063d8f78086146101b1578063e7705db6146101775763e998d2fa14610124575f80fd5b3461017357602060031936011261017357610171610140610feb565b6101486119b8565b61015181611633565b9061015e60068301611450565b61016a60078301611450565b3391611942565b005b5f80fd5b34610173575f6003193601126101735760206040517f0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea098152f35b34610173576020600319360112610173576101716004356115db565b34610173576040600319360112610173576101716004356101ec61100e565b9061020a610205825f525f602052600160405f20015490565b611a40565b611e27565b346101735760206003193601126101735773ffffffffffffffffffffffffffffffffffffffff61023d610feb565b165f526002602052602060ff60405f20541661025c6040518092611031565bf35b346101735761026c36610f99565b92909161027833611633565b936102838284612154565b61028d818561219e565b845460081c60ff16156104cf57600685019467ffffffffffffffff8311610431576102c2836102bc8854611191565b88611578565b5f95601f8411600114610469576102f48480600795969798995f9161045e575b505f198260011b9260031b1c19161790565b90555b0167ffffffffffffffff82116104315761031b826103158354611191565b83611578565b5f601f83116001146103a757916103979161036d82807f27da420e3bb566b2d0729337ca39630d8140acb7985335e665d0650f71b404fe9897965f9161039c57505f198260011b9260031b1c19161790565b90555b6103876040519485946040865260408601916115bb565b90838203602085015233966115bb565b0390a2005b90508901358a6102e2565b601f19831690825f5260205f20915f5b8181106104195750916103979391857f27da420e3bb566b2d0729337ca39630d8140acb7985335e665d0650f71b404fe9897969410610400575b5050600182811b019055610370565b5f1960f88560031b161c199089013516905587806103f1565b9192602060018192868c0135815501940192016103b7565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b90508801358a6102e2565b601f198416815f5260205f20905f5b8181106104b757509785600795969798991061049e575b5050600185811b0190556102f7565b5f1960f88860031b161c1990880135169055878061048f565b878a013583556020998a019960019093019201610478565b91926104e461017195946104ec9336916112e0565b9236916112e0565b913390611eef565b346101735760206003193601126101735773ffffffffffffffffffffffffffffffffffffffff610522610feb565b165f526002602052602060ff60405f205460081c166040519015158152f35b34610173575f600319360112610173576020604051818152f35b34610173575f60031936011261017357602060405160808152f35b34610173575f6003193601126101735760206040515f8152f35b346101735760206003193601126101735773ffffffffffffffffffffffffffffffffffffffff6105be610feb565b60606101606040516105cf816111e2565b5f81525f60208201525f60408201525f838201525f60808201525f60a08201528260c08201528260e08201528261010082015282610120820152826101408201520152165f52600260205260405f2060405161062a816111e2565b815460ff811660038110156107fa57825260208201928160081c60ff161515845260408301918060101c63ffffffff16835260608401908060301c67ffffffffffffffff168252608085019060701c67ffffffffffffffff168152600183015460a086019081526002840161069e90611222565b60c087019081526106b160038601611222565b60e08801908152916106c560048701611222565b6101008901908152936106da60058801611222565b6101208a01908152956106ef60068901611222565b976101408b0198895260070161070490611222565b986101608b01998a526040519b8c9b60208d5260208d0190519061072791611031565b51151560408c01525163ffffffff1660608b01525167ffffffffffffffff1660808a01525167ffffffffffffffff1660a08901525160c08801525160e0870161018090526101a087016107799161103e565b905190868103601f19016101008801526107929161103e565b905190858103601f19016101208701526107ab9161103e565b905190848103601f19016101408601526107c49161103e565b905190838103601f19016101608501526107dd9161103e565b905190828103601f19016101808401526107f69161103e565b0390f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b346101735760206003193601126101735773ffffffffffffffffffffffffffffffffffffffff610855610feb565b165f526002602052606060405f205463ffffffff6040519161087a8360ff8316611031565b60ff8160081c161515602084015260101c166040820152f35b34610173576040600319360112610173576108ac61100e565b6004355f525f60205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f52602052602060ff60405f2054166040519015158152f35b34610173575f60031936011261017357602060405160608152f35b3461017357602060031936011261017357610171610920610feb565b6109286119b8565b61149e565b346101735760606003193601126101735760043567ffffffffffffffff81116101735761095e903690600401610f6b565b906044359167ffffffffffffffff831161017357610983610171933690600401610f6b565b92909160243591611b78565b34610173576040600319360112610173576109a861100e565b3373ffffffffffffffffffffffffffffffffffffffff8216036109d15761017190600435611e27565b7f6697b232000000000000000000000000000000000000000000000000000000005f5260045ffd5b346101735760a06003193601126101735760043567ffffffffffffffff811161017357610a2a903690600401610f6b565b60243560443567ffffffffffffffff811161017357610a4d903690600401610f6b565b909360643567ffffffffffffffff811161017357610a6f903690600401610f6b565b92909160843567ffffffffffffffff811161017357610a92903690600401610f6b565b969095335f52600260205260405f2093845460ff811660038110156107fa57610db757610abf8486612154565b8215610d8f577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00600291610af3848e61219e565b7fffffffffffffffffffff0000000000000000ffffffffffffffffffffffffffff7fffffffffffffffffffffffffffffffffffff000000000000000000000000ffff92909116929092171642603081901b6dffffffffffffffff000000000000169190911762010000179190911660709190911b75ffffffffffffffff0000000000000000000000000000161785558160018601556002850167ffffffffffffffff841161043157610ba9846103158354611191565b5f84601f8111600114610d2e5780610bd3925f91610d2357505f198260011b9260031b1c19161790565b90555b6003850167ffffffffffffffff821161043157610bf7826103158354611191565b5f601f8311600114610c92577f3d794174baeffbe872a32ccc2dced650139896ab1a7a7e5ddcd7e369d4cfcaa093836101719d9693610c508260029a97610c7f965f91610c8757505f198260011b9260031b1c19161790565b90555b610c6a6040519586956060875260608701916115bb565b916020850152838203604085015233966115bb565b0390a3611698565b90508a01355f6102e2565b601f19831690825f5260205f20915f5b818110610d0b5750936101719d9693610c7f937f3d794174baeffbe872a32ccc2dced650139896ab1a7a7e5ddcd7e369d4cfcaa097938360029b9810610cf2575b5050600182811b019055610c53565b5f1960f88560031b161c19908a01351690558f80610ce3565b8e830135845560019093019260209283019201610ca2565b90508701358e6102e2565b601f191690825f528560205f20925f5b818110610d74575010610d5b575b5050600184811b019055610bd6565b5f1960f88760031b161c19908701351690558b80610d4c565b89840135855560019094019360209384019389935001610d3e565b7f411ca7ca000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f45ed80e9000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3461017357604060031936011261017357610171600435610e0261100e565b90610e1b610205825f525f602052600160405f20015490565b611aa6565b34610173576020600319360112610173576020610e4a6004355f525f602052600160405f20015490565b604051908152f35b346101735760206003193601126101735773ffffffffffffffffffffffffffffffffffffffff610e80610feb565b165f526001602052602060405f2054604051908152f35b3461017357610171610ea836610f99565b92919091611326565b34610173576020600319360112610173576101716004356110a7565b3461017357602060031936011261017357600435907fffffffff00000000000000000000000000000000000000000000000000000000821680920361017357817f7965db0b0000000000000000000000000000000000000000000000000000000060209314908115610f41575b5015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501483610f3a565b9181601f840112156101735782359167ffffffffffffffff8311610173576020838186019501011161017357565b60406003198201126101735760043567ffffffffffffffff81116101735781610fc491600401610f6b565b929092916024359067ffffffffffffffff821161017357610fe791600401610f6b565b9091565b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361017357565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361017357565b9060038210156107fa5752565b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b63ffffffff1663ffffffff811461107a5760010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b6110b033611633565b8115610d8f5760018101908282541461118c578263ffffffff92556111586110dd83835460101c16611063565b82547fffffffffffffffffffffffffffffffffffffffffffffffffffff00000000ffff16601082901b65ffffffff000016178355915b80547fffffffffffffffffffff0000000000000000ffffffffffffffffffffffffffff164260701b75ffffffffffffffff000000000000000000000000000016179055565b6040519283521660208201527f1770e45957c1beb84a6901abe1ea54c01d25539d7c25bcf00dedab3505c1c8ad60403392a2565b505050565b90600182811c921680156111d8575b60208310146111ab57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f16916111a0565b610180810190811067ffffffffffffffff82111761043157604052565b90601f601f19910116810190811067ffffffffffffffff82111761043157604052565b9060405191825f82549261123584611191565b80845293600181169081156112a0575060011461125c575b5061125a925003836111ff565b565b90505f9291925260205f20905f915b81831061128457505090602061125a928201015f61124d565b602091935080600191548385890101520191019091849261126b565b6020935061125a9592507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0091501682840152151560051b8201015f61124d565b92919267ffffffffffffffff8211610431576040519161130a601f8201601f1916602001846111ff565b829481845281830111610173578281602093845f960137010152565b9261133033611633565b9283549260ff841660038110156107fa5760020361140e5761135460048601611222565b602081519101206113663683896112e0565b6020815191012014806113e2575b6113da5761125a956113cb61139463ffffffff6113d19760101c16611063565b87547fffffffffffffffffffffffffffffffffffffffffffffffffffff00000000ffff1660109190911b65ffffffff000016178755565b85611698565b33903390611942565b505050505050565b506113ef60058601611222565b602081519101206114013685856112e0565b6020815191012014611374565b7ffe088df3000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b818110611445575050565b5f815560010161143a565b61145a8154611191565b9081611464575050565b81601f5f9311600114611475575055565b8183526020832061149191601f0160051c81019060010161143a565b8082528160208120915555565b6114a781611633565b600681016114b58154611191565b1560ff835460081c1680611571575b61156b5715611537575b506101007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff82541617905573ffffffffffffffffffffffffffffffffffffffff3391167fae5997c24301624d418030703a2737dc6cfb610bed4835635ec7ae4b7cc487c75f80a3565b61156590611560600784019161156061154f82611222565b61155885611222565b908888611eef565b611450565b5f6114ce565b50505050565b50806114c4565b9190601f811161158757505050565b61125a925f5260205f20906020601f840160051c830193106115b1575b601f0160051c019061143a565b90915081906115a4565b601f8260209493601f1993818652868601375f8582860101520116010190565b8015610d8f57335f5260016020528060405f20541461163057335f5260016020528060405f20556040519081527f88386857cb3e7985b815dae98a18a18a545d2898bef9fcfaf0ca1641bce2a1c360203392a2565b50565b73ffffffffffffffffffffffffffffffffffffffff1690815f52600260205260405f209160ff83541660038110156107fa571561166d5750565b7fbfc6c337000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b94939290926116a7838561219e565b80158015611938575b61190b576004860167ffffffffffffffff8411610431576116d5846103158354611191565b5f84601f81116001146118aa57806116ff925f9161189f57505f198260011b9260031b1c19161790565b90555b600586019567ffffffffffffffff82116104315761172a826117248954611191565b89611578565b5f96601f831160011461180c5763ffffffff83926117e592611787856117f398977f38c9d971496cc567a79d2f6b6dfea843b4485f75ae4bdee7478bd9e94859910b9b9c9d5f9161180157505f198260011b9260031b1c19161790565b90555b80547fffffffffffffffffffff0000000000000000ffffffffffffffffffffffffffff164260701b75ffffffffffffffff0000000000000000000000000000161781555460101c1696604051956060875260608701916115bb565b9184830360208601526115bb565b9260408201528033930390a2565b90508801355f6102e2565b601f198316815f5260205f20905f5b8181106118875750926117e59263ffffffff927f38c9d971496cc567a79d2f6b6dfea843b4485f75ae4bdee7478bd9e94859910b999a9b876117f39998971061186e575b5050600185811b01905561178a565b5f1960f88860031b161c19908801351690555f8061185f565b868b0135835560209a8b019a6001909301920161181b565b90508701355f6102e2565b601f191690825f528560205f20925f5b8181106118f05750106118d7575b5050600184811b019055611702565b5f1960f88760031b161c19908701351690555f806118c8565b898401358555600190940193602093840193899350016118ba565b7f1de2bca4000000000000000000000000000000000000000000000000000000005f52602060045260245ffd5b50602081116116b0565b909181549060ff8260081c161561156b5773ffffffffffffffffffffffffffffffffffffffff927fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff84931690551691167f22ff857ce664c4d31b473cf4a8e45de08f4a5a1a23872143d6c914a7b013e2605f80a3565b335f9081527f1da0b5176dfe03406af5a6eed66ca01dda9b45ac4da671c3fa379cb93717ef81602052604090205460ff16156119f057565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f52336004527f0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea0960245260445ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260ff60405f20541615611a775750565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f205416155f14611b7257805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0082541617905573ffffffffffffffffffffffffffffffffffffffff339216907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d5f80a4600190565b50505f90565b91949394335f52600260205260405f2095865460ff811660038110156107fa57610db757611ba68486612154565b8215610d8f577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00600191611bda848961219e565b7fffffffffffffffffffff0000000000000000ffffffffffffffffffffffffffff7fffffffffffffffffffffffffffffffffffff000000000000000000000000ffff92909116929092171642603081901b6dffffffffffffffff000000000000169190911762010000179190911660709190911b75ffffffffffffffff0000000000000000000000000000161787558160018801556002870167ffffffffffffffff841161043157611c90846103158354611191565b5f84601f8111600114611dc65780611cba925f9161189f57505f198260011b9260031b1c19161790565b90555b6003870167ffffffffffffffff821161043157611cde826103158354611191565b5f601f8311600114611d39579282611d3492610c50827f3d794174baeffbe872a32ccc2dced650139896ab1a7a7e5ddcd7e369d4cfcaa0989660019b9a985f91610c8757505f198260011b9260031b1c19161790565b0390a3565b601f19831690825f5260205f20915f5b818110611dae57509260019897959285927f3d794174baeffbe872a32ccc2dced650139896ab1a7a7e5ddcd7e369d4cfcaa09896611d349610611d95575b50508882811b019055610c53565b5f1960f88560031b161c19908a01351690555f80611d87565b9192602060018192868d013581550194019201611d49565b601f191690825f528560205f20925f5b818110611e0c575010611df3575b5050600184811b019055611cbd565b5f1960f88760031b161c19908701351690555f80611de4565b89840135855560019094019360209384019389935001611dd6565b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f2054165f14611b7257805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00815416905573ffffffffffffffffffffffffffffffffffffffff339216907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b5f80a4600190565b9392919060028501825167ffffffffffffffff811161043157611f1c81611f168454611191565b84611578565b6020601f82116001146120f4579080611f47925f916120e957505f198260011b9260031b1c19161790565b90555b8251946003810167ffffffffffffffff871161043157611f6e876103158354611191565b602096601f811160011461205a5761204a9261203a959492611fca83612011947f6eb3a1c6a4675ba92d44e090515b1ceea358f26565d2854df0c99c3f5eaf98509a9b9c5f9161204f57505f198260011b9260031b1c19161790565b905580547fffffffffffffffffffff0000000000000000ffffffffffffffffffffffffffff164260701b75ffffffffffffffff000000000000000000000000000016179055565b73ffffffffffffffffffffffffffffffffffffffff60405194859460408652604086019061103e565b918483036020860152169561103e565b0390a2565b90508b01515f6102e2565b601f198116825f52885f20905f5b8181106120d157509260018361204a96937f6eb3a1c6a4675ba92d44e090515b1ceea358f26565d2854df0c99c3f5eaf98509a9b9c6120119661203a9b9a98106120b9575b5050811b019055611113565b8c01515f1960f88460031b161c191690555f806120ad565b888b0151835560209a8b019a60019093019201612068565b90508501515f6102e2565b601f19821690835f52805f20915f5b81811061213c57509083600194939210612124575b5050811b019055611f4a565b8601515f1960f88460031b161c191690555f80612118565b9192602060018192868b015181550194019201612103565b508015908115612193575b5061216657565b7fc4efc01c000000000000000000000000000000000000000000000000000000005f52606060045260245ffd5b60609150115f61215f565b5080159081156121dd575b506121b057565b7f825065bd000000000000000000000000000000000000000000000000000000005f52608060045260245ffd5b60809150115f6121a9562f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d1da0b5176dfe03406af5a6eed66ca01dda9b45ac4da671c3fa379cb93717ef81ad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5" as const;

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
            "name": "nonce",
            "type": "uint32",
            "internalType": "uint32"
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
            "name": "nonce",
            "type": "uint32",
            "internalType": "uint32"
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
    "name": "signatureNoncesOf",
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
        "type": "uint32",
        "internalType": "uint32"
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

export const consentRegistryBytecode = "0x6101808060405234610189576020816134f78038038091610020828561018d565b83398101031261018957516001600160a01b03811681036101895760405161004960408261018d565b6010815260208101906f10d85c9952d95e5cc810dbdb9cd95b9d60821b82526040519161007760408461018d565b600183526020830191601960f91b8352610090816101c4565b6101205261009d846101c4565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261010660c08261018d565b5190206080523060c0526001600655610160526040516132c79081610230823960805181612ad5015260a05181612b92015260c05181612aa6015260e05181612b2401526101005181612b4a01526101205181611377015261014051816113a0015261016051818181610235015281816109ae0152818161275a0152612d9f0152f35b5f80fd5b601f909101601f19168101906001600160401b038211908210176101b057604052565b634e487b7160e01b5f52604160045260245ffd5b601f8151116101ef5760208151910151602082106101e0571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c8063054e7e3d14611df1578063245114a014611baf57806325fbaead14611b36578063301bb68f14611859578063324e03be1461177e5780633644e515146117645780633706b8dd146117135780633cc29ad5146116f8578063475f3749146116dd578063582805d91461169f5780635b0d88791461160057806374a8f103146115de57806379f96c57146115005780637f97201d1461147357806384b0196e1461135f5780638d92a0c3146112cf57806398269c4a14610fc4578063a340fff414610ef6578063a82da60d14610edb578063ac9650d814610d59578063aca69fcf14610c38578063ae4dce8d14610b1c578063aef0fbb114610ace578063b98e8226146109d2578063c41c2f241461098f578063ce08a2161461073b578063d15023901461071e578063da0eadac146106dd578063e1751b64146106355763fcf177fd14610163575f80fd5b346106315760c06003193601126106315761017c6120ac565b60243563ffffffff8116908181036106315760443561ffff8116808203610631576064359064ffffffffff821680920361063157608435908115158092036106315760a4359467ffffffffffffffff8611610631576101e76001600160a01b03963690600401612109565b969098169485158015610628575b6105fc576040517f97a5d5b50000000000000000000000000000000000000000000000000000000081523360048201526060816024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa9081156105f1575f916105c0575b50600381101561059357156105675761027d9161307f565b821561053b5761028d858861303a565b600654957fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff871461050e576001870160065562278d00420180421161050e5760209888957f404a5f694300f9b0f335fbc405da6a0a284056e50fff44b62886b0554e1a344e9564ffffffffff61050394169189836001600160a01b038060018d8c6040519161031b83612206565b33835260208e908401908152604084019283527effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60608501918b835260808601938d855260a087019b8c5260c087019a8b525f52602060059052878060405f20975116167fffffffffffffffffffffffff000000000000000000000000000000000000000087541617865551937fff0000000000000000000000ffffffffffffffffffffffffffffffffffffffff77ffffffff00000000000000000000000000000000000000007fff000000000000000000000000000000000000000000000000000000000000007effffffffff000000000000000000000000000000000000000000000000000079ffff0000000000000000000000000000000000000000000000008a54955160c01b16965160d01b169651151560f81b169660a01b1691161716171717815501935116167fffffffffffffffffffffffff0000000000000000000000000000000000000000835416178255517fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff78ffffffffff000000000000000000000000000000000000000083549260a01b16911617905560405196879687528d87015260408601526060850152608084015260c060a0840152339760c08401916122f1565b0390a4604051908152f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b827f019451cb000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7faa0b0e55000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6105e2915060603d6060116105ea575b6105da8183612222565b81019061253c565b50505f610265565b503d6105d0565b6040513d5f823e3d90fd5b7f042ab5da000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b503386146101f5565b5f80fd5b346106315760206003193601126106315761064e6124e7565b5061012061065d600435612c85565b6106db604051809263ffffffff610100809282815116855261ffff602082015116602086015267ffffffffffffffff604082015116604086015260608101511515606086015260808101511515608086015260a0810151151560a08601528260c08201511660c08601528260e08201511660e0860152015116910152565bf35b346106315760206003193601126106315760043567ffffffffffffffff81116106315761010060031982360301126106315761071c90600401336126fc565b005b34610631575f60031936011261063157602060405162278d008152f35b34610631576080600319360112610631576107546120ac565b60243567ffffffffffffffff81116106315780600401906101006003198236030112610631576044359060643567ffffffffffffffff81116106315761079e903690600401612109565b91856107a986612311565b6107fe90826001600160a01b03909291921691825f52600360205263ffffffff60405f205460201c16925f5260026020526001600160a01b0360405f2091165f5260205263ffffffff60405f205460c81c1690565b61080a88939293612311565b9361081760248201612325565b61082360448301612336565b61082f60648401612345565b61083b6084850161235a565b9061084860a4860161235a565b9261085560c4870161235a565b946040519a60208c01997faf7eb85631ae0eb2bf1a0202920d0771b985f9c39df99a3a5632ce38273047078b526001600160a01b031660408d01526001600160a01b031660608c015263ffffffff1660808b015261ffff1660a08a015267ffffffffffffffff1660c0890152151560e08801521515610100870152151561012086015261012085526108e961014086612222565b60e4016108f6908961216c565b3690610901926122ab565b8051906020012090604051936020850192835263ffffffff16604085015263ffffffff1660608401528660808401526080835261093f60a084612222565b6040519283926020840195518091875e83019060208201905f8252519283915e016020015f815203601f19810182526109789082612222565b519020926109869386612f72565b61071c916126fc565b34610631575f6003193601126106315760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610631576040600319360112610631576109eb6120ac565b610a396109f66120c2565b916109ff6124e7565b506001600160a01b0381165f52600260205260405f206001600160a01b0384165f52602052610a3160405f2054612c85565b928391612d05565b5090610ab9604051809263ffffffff610100809282815116855261ffff602082015116602086015267ffffffffffffffff604082015116604086015260608101511515606086015260808101511515608086015260a0810151151560a08601528260c08201511660c08601528260e08201511660e0860152015116910152565b60068210156105935761014091610120820152f35b3461063157608060031936011261063157610ae76120ac565b610aef6120c2565b90610af861215c565b6064359060ff8216820361063157602093610b1293612437565b6040519015158152f35b3461063157604060031936011261063157610b356120ac565b60243567ffffffffffffffff811161063157610b55903690600401612109565b90610b60828261303a565b6001600160a01b03831692338403610bb4575b50610baf7fe65cdfb481838444e928dbc870cb70f88a5c233b37434cc81c4aae50d4aed21e9160405191829160208352339560208401916122f1565b0390a3005b610bde90335f52600260205260405f20855f52602052610bd760405f2054612c85565b9033612d05565b50600681101561059357600103610bf55783610b73565b608483604051907f81b7d5d300000000000000000000000000000000000000000000000000000000825233600483015260248201525f60448201525f6064820152fd5b3461063157608060031936011261063157610c516120ac565b610c596120c2565b6044359160643567ffffffffffffffff81116106315761071c93610c84610d54923690600401612109565b91610cda86866001600160a01b03909291921691825f52600360205263ffffffff60405f205460201c16925f5260026020526001600160a01b0360405f2091165f5260205263ffffffff60405f205460c81c1690565b63ffffffff604051918160208401947f15e02acf7efd95fd013e483c5a2e6b30f4ace981d6a11c2bfa83540668e2a16286526001600160a01b038b1660408601526001600160a01b038c1660608601521660808401521660a08201528260c082015260c08152610d4b60e082612222565b51902085612f72565b612bb8565b346106315760206003193601126106315760043567ffffffffffffffff811161063157610d8a9036906004016120d8565b602091604051610d9a8482612222565b5f815283810190601f198501368337610db284612245565b92610dc06040519485612222565b848452601f19610dcf86612245565b01865f5b828110610ecc575050505f5b85811015610e5157600190610e35610e2f610dff8360051b86018661216c565b91908b89846040519586948486013783018281015f81528b519283915e01015f815203601f198101835282612222565b30612eb8565b610e3f8288612297565b52610e4a8187612297565b5001610ddf565b604080518881528651818a018190525f92600582901b8301810191898c01918c9085015b828710610e825785850386f35b909192938280610ebc837fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08a600196030186528851612137565b9601920196019592919092610e75565b60608782018301528101610dd3565b34610631575f60031936011261063157602060405160808152f35b34610631575f60031936011261063157335f5260036020527fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000610f9660405f20610f5e63ffffffff825481610f4c818316612420565b16958691161780845560201c16612420565b7fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff67ffffffff0000000083549260201b169116179055565b6040519081527fa8d7197963abc7ea0cc8494f38bae6e74f67386951a94742a3ae65edf4ad81ec60203392a2005b3461063157606060031936011261063157610fdd6120ac565b60243567ffffffffffffffff811161063157610ffd9036906004016120d8565b909161100761215c565b82156112a75760ff1691601083101561127b575f91825b8284101561104c5760019063ffffffff8260ff6110408860051b8b0135612c48565b161b161793019261101e565b925084936001600160a01b03821694855f52600260205260405f206001600160a01b0333165f5260205260405f20549461109161108887612c85565b80953390612d05565b506006811015610593576005811461124f57600481146112235760011480159061120a575b80156111f5575b6111ac5750604051602081528460208201527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8511610631577f837818b7d168e1da4d829ad1e3f6e034bb2f52e5b9e05c8123f3974b349a8424879160809660051b8094604083013760408133958101030190a4015161113957005b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000006111649116612e5d565b815f52600260205260405f206001600160a01b0333165f5260205260405f205533907f08c833af6b02a040184bebe4f1b98a01b48c184fa3df3f387f660b15ba9920e25f80a3005b868363ffffffff608493604051937f81b7d5d300000000000000000000000000000000000000000000000000000000855260048501523360248501521660448301526064820152fd5b5061ffff60208501516001851b1616156110bd565b5063ffffffff818551161663ffffffff821614156110b6565b7fd9592b1b000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b7ff84e3ca8000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b827f525aca88000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f32b5a0e1000000000000000000000000000000000000000000000000000000005f5260045ffd5b346106315760606003193601126106315760206112ea6120ac565b6112f26120c2565b9060ff6112fd61215c565b16908382109283611316575b5050506040519015158152f35b909192506001600160a01b0382166001600160a01b03821614928315611342575b505050828080611309565b6113579350600163ffffffff911b1691612634565b828080611337565b34610631575f6003193601126106315761141761139b7f00000000000000000000000000000000000000000000000000000000000000006130f3565b6113c47f00000000000000000000000000000000000000000000000000000000000000006130f3565b6020611425604051926113d78385612222565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190612137565b908582036040870152612137565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061145c57505050500390f35b83518552869550938101939281019260010161144d565b3461063157604060031936011261063157604063ffffffff6114ef6114966120ac565b61149e6120c2565b906001600160a01b03909291921691825f52600360205263ffffffff60405f205460201c16925f5260026020526001600160a01b0360405f2091165f5260205263ffffffff60405f205460c81c1690565b835191831682529091166020820152f35b3461063157602060031936011261063157600435805f52600560205260405f206001600160a01b0360018201541680156115b2573303611582576001600160a01b0390541690805f5260056020525f600160408220828155015533907f498bf922731a8e663db0e060bb631cad4253cc2de8934b82973f8a61e21371a15f80a4005b507ff63acfcd000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b827f1f79bbe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346106315760206003193601126106315761071c6115fa6120ac565b33612bb8565b34610631575f60031936011261063157335f52600360205260405f2061166b61163263ffffffff835460201c16612420565b82547fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff16602082901b67ffffffff000000001617909255565b63ffffffff604051911681527fe1e1f5bcd075a2a44a046a98487f52432ab99596e217b1d49f34d68df4d8f20e60203392a2005b34610631576020600319360112610631576001600160a01b036116c06120ac565b165f526003602052602063ffffffff60405f205416604051908152f35b34610631575f60031936011261063157602060405160018152f35b34610631575f60031936011261063157602060405160098152f35b346106315760606003193601126106315761172c6120ac565b60443567ffffffffffffffff81116106315760209161175261175c923690600401612109565b916024359061239d565b604051908152f35b34610631575f60031936011261063157602061175c612a9c565b3461063157602060031936011261063157611797612367565b506004355f52600560205260e060405f2064ffffffffff604051916117bb83612206565b6001600160a01b038154938185169485825284602083019463ffffffff8360a01c16865261ffff60408501818560c01c16815263ffffffff60016060880194868860d01c168652608089019760f81c151588520154988560c060a08a01998b8d168b52019a60a01c168a526040519b8c52511660208b015251166040890152511660608701525115156080860152511660a0840152511660c0820152f35b346106315760406003193601126106315760043560243567ffffffffffffffff811161063157806004019061010060031982360301126106315761189b612367565b50825f52600560205260405f20604051916118b583612206565b8154906001600160a01b0382168452602084019263ffffffff8360a01c1684526040850161ffff8460c01c1681526001606087019264ffffffffff8660d01c168452608088019560f81c1515865201546001600160a01b03811660a088019080825264ffffffffff60c08a019360a01c16835215611b0a57516001600160a01b03163303611ada5764ffffffffff90511680421015611aab575061195887612311565b6001600160a01b038088511691161494851595611a87575b508415611a65575b508315611a31575b508215611a0a575b50506119de57916001600160a01b0361071c93825f5260056020525f600160408220828155015551169033907f041548f228e3428eca4778d24a6ff88e01fb28914736808bd964d0dd64fc2bdc5f80a4336126fc565b827f25ef54d2000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b611a1891925060840161235a565b9081611a27575b508480611988565b9050511584611a1f565b90925064ffffffffff611a4660648501612345565b91511642019081421161050e5767ffffffffffffffff16119186611980565b61ffff80929550611a7860448501612336565b91511619161615159287611978565b63ffffffff80929650611a9c60248601612325565b91511619161615159388611970565b887fa3242b71000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b887ff63acfcd000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b897f1f79bbe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610631576040600319360112610631576001600160a01b03611b576120ac565b165f52600460205260405f206024355f52602052606060405f20547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff006040519180151583526002811615156020840152166040820152f35b3461063157604060031936011261063157611bc86120ac565b60243567ffffffffffffffff811161063157611be89036906004016120d8565b9182156112a75791906001600160a01b03831690815f52600460205260405f205f945f937fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa184360301965b86861015611c78578560051b850135908882121561063157611c6f6001928701611c60604082018261216c565b9160208101359035888a612577565b17950194611c33565b868891869481853314159182611ddd575b5050611da35750909260405191806020840160208552526040830160408260051b85010195835f915b848310611ce35733887fbe6bbd918c5eda260a9bf57796ed8fbfa7de9d6244bb1f61222b484d57c6a71f898c038aa3005b9091929394977fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc0878203018552883582811215610631578301803582526020810135602083015260408101357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18236030181121561063157016020813591019067ffffffffffffffff811161063157803603821361063157611d956020928392606086816040600199015201916122f1565b9a0196950193019190611cb2565b63ffffffff90847f67253e0e000000000000000000000000000000000000000000000000000000005f52600452336024521660445260645ffd5b611de992503390612634565b158187611c89565b346106315760406003193601126106315760243560043567ffffffffffffffff82116106315781600401916060600319823603011261063157335f52600460205260405f2092825f528360205260405f205493841561207c57600285166120505781359460ff851660ff87160361202057600290602485013592611e86611e7c60448801809761216c565b90868b3386612577565b50865f526020521760405f2055604092835192611ea38585612222565b60018452601f1985015f5b818110611ff8575050845192611ec3846121bd565b8784526020840152359067ffffffffffffffff821161063157013660238201121561063157611efc9036906024600482013591016122ab565b83820152611f098261225d565b52611f138161225d565b5081519160208301602084528251809152818401916020818360051b8701019401925f915b838310611f945750505050507fbe6bbd918c5eda260a9bf57796ed8fbfa7de9d6244bb1f61222b484d57c6a71f33928033930390a3337fcbd9aaf7315ad4bbad7cc1c16a422da25362399177b89352fd517275ef4e669b5f80a4005b9091929394602080611fe9837fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08b600196030187526060868b5180518452858101518685015201519181888201520190612137565b97019301930191939290611f38565b6020908751612006816121bd565b5f81525f8382015260608982015282828901015201611eae565b85857f36beb064000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b837f233f2e84000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b837f0e228ea1000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b600435906001600160a01b038216820361063157565b602435906001600160a01b038216820361063157565b9181601f840112156106315782359167ffffffffffffffff8311610631576020808501948460051b01011161063157565b9181601f840112156106315782359167ffffffffffffffff8311610631576020838186019501011161063157565b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b6044359060ff8216820361063157565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe181360301821215610631570180359067ffffffffffffffff82116106315760200191813603831361063157565b6060810190811067ffffffffffffffff8211176121d957604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60e0810190811067ffffffffffffffff8211176121d957604052565b90601f601f19910116810190811067ffffffffffffffff8211176121d957604052565b67ffffffffffffffff81116121d95760051b60200190565b80511561226a5760200190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b805182101561226a5760209160051b010190565b92919267ffffffffffffffff82116121d957604051916122d5601f8201601f191660200184612222565b829481845281830111610631578281602093845f960137010152565b601f8260209493601f1993818652868601375f8582860101520116010190565b356001600160a01b03811681036106315790565b3563ffffffff811681036106315790565b3561ffff811681036106315790565b3567ffffffffffffffff811681036106315790565b3580151581036106315790565b6040519061237482612206565b5f60c0838281528260208201528260408201528260608201528260808201528260a08201520152565b91906054612419917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0095806040519586937fffffffffffffffffffffffffffffffffffffffff000000000000000000000000602086019960601b16895260348501528484013781015f838201520301601f198101835282612222565b5190201690565b63ffffffff1663ffffffff811461050e5760010190565b929160ff1692602084108015906124d9575b6124d157806001600160a01b0361248292165f52600260205260405f206001600160a01b0384165f52602052610a3160405f2054612c85565b5060068110156105935760011492836124b9575b50826124a157505090565b61ffff925060ff6020600192015192161b1616151590565b8151600190911b1663ffffffff16151592505f612496565b505050505f90565b50601060ff84161015612449565b60405190610120820182811067ffffffffffffffff8211176121d9576040525f610100838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201520152565b9081606091031261063157805160038110156106315791602082015180151581036106315760409092015163ffffffff811681036106315790565b92949193909461258685612c48565b95612591848461303a565b811561260c57855f528460205260405f20546125d357509260016125c163ffffffff979482979460ff973361239d565b17915f5260205260405f2055161b1690565b6001600160a01b0386917fa4f071ee000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b7f68e1d61b000000000000000000000000000000000000000000000000000000005f5260045ffd5b612674909291926001600160a01b0381165f52600260205260405f206001600160a01b0385165f5260205261266c60405f2054612c85565b938491612d05565b906006811015610593576001036126dd576003811015610593576002146126bb576060820151151591826126a757505090565b8163ffffffff929350829151161691161490565b63ffffffff166102001490816126cf575090565b600291506020015116151590565b5050505f90565b63ffffffff60019116019063ffffffff821161050e57565b906001600160a01b0361270e82612311565b169182158015612a8a575b612a5e57604051917f97a5d5b50000000000000000000000000000000000000000000000000000000083528360048401526060836024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa80156105f1575f5f945f92612a38575b5060038110156105935715612a0c578315806129f9575b6129cd57602082016127b481612325565b946127cc60408501966127c688612336565b9061307f565b606084016127d981612345565b67ffffffffffffffff429116111561298f5760e08501956127fa878761216c565b6128039161303a565b6001600160a01b031696875f52600260205260405f20895f5260205260405f205460c81c63ffffffff16612836906126e4565b9361284090612325565b63ffffffff169061285090612336565b60201b65ffff0000000016179061286690612345565b60301b6dffffffffffffffff0000000000001617608085016128879061235a565b612890906130e5565b60701b176128a060a0860161235a565b6128a9906130e5565b60781b17906128b7906130e5565b60801b17855f52600360205260405f205460881b74ffffffff000000000000000000000000000000000016179060c81b7cffffffff00000000000000000000000000000000000000000000000000169160a81b78ffffffff00000000000000000000000000000000000000000016171791835f52600260205260405f20855f526020528260405f20556129499161216c565b9190604051928392835260208301604090526040830190612969926122f1565b037f9f61ab2716afc19f324246e70dcff981fb8012b3f0ee396623c5491f0b35281391a3565b6129a167ffffffffffffffff91612345565b7f5e23ca68000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b847ff84e3ca8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50612a0660c0830161235a565b156127a3565b847faa0b0e55000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b915050612a5591935060603d6060116105ea576105da8183612222565b9093915f61278c565b827f042ab5da000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506001600160a01b0381168314612719565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016301480612b8f575b15612af7577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152612b8960c082612222565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614612ace565b6001600160a01b0380911691825f52600260205260405f208282165f52602052612c077fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000060405f205416612e5d565b835f52600260205260405f208383165f5260205260405f205516907f825c8be24eb0df19500f63e86c29e7d0d951e73056b889b891d85e40938d9b6e5f80a3565b9060ff8216916020831015612c5a5750565b7fe51a3ed6000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9063ffffffff612c936124e7565b92818116845261ffff8160201c16602085015267ffffffffffffffff8160301c16604085015260ff8160701c161515606085015260ff8160781c161515608085015260ff8160801c16151560a0850152818160881c1660c0850152818160a81c1660e085015260c81c16610100830152565b9291925f9063ffffffff85511615612e52576001600160a01b0363ffffffff60c08701511691165f52600360205263ffffffff60405f20541603612e495767ffffffffffffffff604085015116421015612e4057506001600160a01b03604051917f97a5d5b50000000000000000000000000000000000000000000000000000000083521660048201526060816024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa9283156105f1575f5f925f95612e1a575b50809463ffffffff8060e085015116911603612e10575060a0015115159081612e07575b50612e015760019190565b60059190565b9050155f612df6565b9350505060049190565b91945050612e37915060603d6060116105ea576105da8183612222565b9390915f612dd2565b92505060029190565b92505060039190565b50505090505f905f90565b7fffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffff7cffffffff00000000000000000000000000000000000000000000000000612eae63ffffffff8460c81c166126e4565b60c81b1691161790565b905f8091602081519101845af48080612f5f575b15612eec5750506040513d81523d5f602083013e60203d82010160405290565b15612f26576001600160a01b03907f9996b315000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b3d15612f37576040513d5f823e3d90fd5b7fd6bda275000000000000000000000000000000000000000000000000000000005f5260045ffd5b503d151580612ecc5750813b1515612ecc565b93929180421161300f5750612fd292916042612fcb92612f90612a9c565b90604051917f1901000000000000000000000000000000000000000000000000000000000000835260028301526022820152209236916122ab565b908361314a565b15612fda5750565b6001600160a01b03907fd855c4f4000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b7fbd2a913c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b508015908115613074575b5061304c57565b7fb2c30520000000000000000000000000000000000000000000000000000000005f5260045ffd5b60809150115f613045565b63ffffffff16156130bd5761ffff161561309557565b7fff594b6d000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f1b8c244f000000000000000000000000000000000000000000000000000000005f5260045ffd5b156130ef57600190565b5f90565b60ff811690601f8211613122576040519161310f604084612222565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b9190823b613185579061315c9161320b565b5060048110156105935715918261317257505090565b6001600160a01b03919250811691161490565b916020926064601f19601f855f965190604051957f1626ba7e00000000000000000000000000000000000000000000000000000000875260048701526040602487015288820190604487015e86848287010152011601915afa7f1626ba7e000000000000000000000000000000000000000000000000000000005f5114601f3d11161690565b815191906041830361323b576132349250602082015190606060408401519301515f1a90613245565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116132bc579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156105f1575f516001600160a01b038116156132b257905f905f90565b505f906001905f90565b5050505f916003919056" as const;
