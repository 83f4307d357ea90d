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
    "name": "updateParticipant",
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
    "name": "ParticipantUpdated",
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

export const directoryBytecode = "0x60803461007257601f611f4e38819003918201601f19168301916001600160401b038311848410176100765780849260209460405283398101031261007257516001600160a01b0381168103610072578061005c6100629261008a565b50610100565b50604051611d5a90816101948239f35b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f516020611f2e5f395f51905f52602052604090205460ff166100fb576001600160a01b03165f8181525f516020611f2e5f395f51905f5260205260408120805460ff191660011790553391905f516020611eee5f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f516020611f0e5f395f51905f52602052604090205460ff166100fb576001600160a01b03165f8181525f516020611f0e5f395f51905f5260205260408120805460ff191660011790553391907f0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea09905f516020611eee5f395f51905f529080a460019056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a7146111f85750806307a622e014610f1e5780631614b2fa14610e68578063205589f414610e23578063248a9ca314610df15780632f2ff15d14610db457806330756d0e146109db57806336568abe146109715780635a5d78c7146105d357806363a9c3d7146105aa578063860749851461058f57806391d148541461053957806397a5d5b5146104df578063998fb585146102d7578063a217fddf146102bd578063a82da60d146102a2578063b5c58b4514610288578063b9209e331461023b578063d3b441a8146101ec578063d547741f146101aa578063d8f780861461018e578063e7705db6146101545763e998d2fa14610119575f80fd5b346101505760206003193601126101505761014e61013561131b565b61013d611a88565b61014681611626565b9033916116e6565b005b5f80fd5b34610150575f6003193601126101505760206040517f0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea098152f35b346101505760206003193601126101505761014e6004356115a6565b346101505760406003193601126101505761014e6004356101c961133e565b906101e76101e2825f525f602052600160405f20015490565b611b10565b611c48565b346101505760206003193601126101505773ffffffffffffffffffffffffffffffffffffffff61021a61131b565b165f526002602052602060ff60405f2054166102396040518092611361565bf35b346101505760206003193601126101505773ffffffffffffffffffffffffffffffffffffffff61026961131b565b165f526002602052602060ff60405f205460081c166040519015158152f35b34610150575f600319360112610150576020604051818152f35b34610150575f60031936011261015057602060405160808152f35b34610150575f6003193601126101505760206040515f8152f35b346101505760206003193601126101505773ffffffffffffffffffffffffffffffffffffffff61030561131b565b6060610100604051610316816114b5565b5f81525f60208201525f60408201525f838201525f60808201528260a08201528260c08201528260e08201520152165f52600260205260405f2060405161035c816114b5565b815460ff811660038110156104b257825260208201928160081c60ff161515845260408301918060101c67ffffffffffffffff168352606084019060501c67ffffffffffffffff168152600182015460808501908152600283016103bf906114d2565b60a08601908152906103d3600385016114d2565b60c08701908152926103e7600486016114d2565b9460e088019586526005016103fb906114d2565b95610100880196875260405198899860208a5260208a0190519061041e91611361565b51151560408901525167ffffffffffffffff1660608801525167ffffffffffffffff1660808701525160a08601525160c08501610120905261014085016104649161136e565b905190848103601f190160e086015261047c9161136e565b905190838103601f19016101008501526104959161136e565b905190828103601f19016101208401526104ae9161136e565b0390f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b346101505760206003193601126101505773ffffffffffffffffffffffffffffffffffffffff61050d61131b565b165f5260026020526040805f205460ff82519161052c83838316611361565b60081c1615156020820152f35b346101505760406003193601126101505761055261133e565b6004355f525f60205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f52602052602060ff60405f2054166040519015158152f35b34610150575f60031936011261015057602060405160608152f35b346101505760206003193601126101505761014e6105c661131b565b6105ce611a88565b611434565b34610150576105e1366112c4565b5f949293919450335f52600260205260405f2094855460ff811660038110156104b25761094557600190610618848489888a61168b565b7fffffffffffffffffffffffffffffffffffffffffffff0000000000000000ff0069ffffffffffffffff00004260101b169116171786556106a167ffffffffffffffff421687907fffffffffffffffffffffffffffff0000000000000000ffffffffffffffffffff71ffffffffffffffff0000000000000000000083549260501b169116179055565b846001870155600286019567ffffffffffffffff8411610863576106c58754611393565b601f8111610900575b505f96601f851160011461089b578460039394959697985f91610890575b508660011b905f1988861b1c19161790555b0167ffffffffffffffff8311610863576107188154611393565b601f811161081e575b505f601f841160011461079257927f3d794174baeffbe872a32ccc2dced650139896ab1a7a7e5ddcd7e369d4cfcaa094926107829282600199965f91610787575b50838a1b905f198560031b1c19161790555b604051948594339886611404565b0390a3005b90508201358a610762565b601f19841690825f5260205f20915f5b81811061080657509285927f3d794174baeffbe872a32ccc2dced650139896ab1a7a7e5ddcd7e369d4cfcaa097959260019a9761078296106107ed575b50508883811b019055610774565b5f1960f88660031b161c199084013516905589806107df565b919260206001819286890135815501940192016107a2565b815f5260205f20601f850160051c81019160208610610859575b601f0160051c01905b81811061084e5750610721565b5f8155600101610841565b9091508190610838565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b9050870135896106ec565b601f198516815f5260205f20905f5b8181106108e857509886600395969798999a106108d1575b5050600186811b0190556106fe565b8801355f1988861b60f8161c1916905588806108c2565b888b0135835560209a8b019a600190930192016108aa565b875f5260205f20601f860160051c8101916020871061093b575b601f0160051c01905b81811061093057506106ce565b5f8155600101610923565b909150819061091a565b7f45ed80e9000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346101505760406003193601126101505761098a61133e565b3373ffffffffffffffffffffffffffffffffffffffff8216036109b35761014e90600435611c48565b7f6697b232000000000000000000000000000000000000000000000000000000005f5260045ffd5b346101505760a06003193601126101505760043567ffffffffffffffff811161015057610a0c903690600401611296565b6024359060443567ffffffffffffffff811161015057610a30903690600401611296565b92909160643567ffffffffffffffff811161015057610a53903690600401611296565b92909160843567ffffffffffffffff811161015057610a76903690600401611296565b969095335f52600260205260405f20805460ff811660038110156104b25761094557600290610aa98585898f8a9061168b565b7fffffffffffffffffffffffffffffffffffffffffffff0000000000000000ff0069ffffffffffffffff00004260101b16911617178155610b3267ffffffffffffffff421682907fffffffffffffffffffffffffffff0000000000000000ffffffffffffffffffff71ffffffffffffffff0000000000000000000083549260501b169116179055565b846001820155600281019067ffffffffffffffff851161086357610b568254611393565b601f8111610d6f575b505f9185601f8111600114610d06576003935f91610cfb575b508660011b905f1988861b1c19161790555b0167ffffffffffffffff831161086357610ba48154611393565b601f8111610cb6575b505f601f8411600114610c2557836002969361014e9c96937f3d794174baeffbe872a32ccc2dced650139896ab1a7a7e5ddcd7e369d4cfcaa096610c12945f91610c1a575b508360011b905f198560031b1c1916179055604051948594339886611404565b0390a3611762565b90508201358f610bf2565b601f19841690825f5260205f20915f5b818110610c9e57509361014e9c9693610c129387937f3d794174baeffbe872a32ccc2dced650139896ab1a7a7e5ddcd7e369d4cfcaa09860029b9810610c85575b5050600183811b019055610774565b5f1960f88660031b161c19908401351690558e80610c76565b91926020600181928689013581550194019201610c35565b815f5260205f20601f850160051c81019160208610610cf1575b601f0160051c01905b818110610ce65750610bad565b5f8155600101610cd9565b9091508190610cd0565b90508c01358d610b78565b601f191692815f528c60205f2091885f965b808810610d50576003975010610d39575b505050600186811b019055610b8a565b01355f1988861b60f8161c191690558c8c81610d29565b928201358455506020958601956001909301928f929101908990610d18565b825f5260205f20601f870160051c81019160208810610daa575b601f0160051c01905b818110610d9f5750610b5f565b5f8155600101610d92565b9091508190610d89565b346101505760406003193601126101505761014e600435610dd361133e565b90610dec6101e2825f525f602052600160405f20015490565b611b76565b34610150576020600319360112610150576020610e1b6004355f525f602052600160405f20015490565b604051908152f35b346101505760206003193601126101505773ffffffffffffffffffffffffffffffffffffffff610e5161131b565b165f526001602052602060405f2054604051908152f35b346101505760406003193601126101505760043567ffffffffffffffff811161015057610e99903690600401611296565b9060243567ffffffffffffffff811161015057610eba903690600401611296565b610ec692919233611626565b9260ff84541660038110156104b257600203610ef25761014e94610ee993611762565b339033906116e6565b7ffe088df3000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3461015057610f2c366112c4565b610f3b94929493919333611626565b93610f49828288868861168b565b6002850167ffffffffffffffff841161086357610f668154611393565b601f81116111b3575b50835f601f8211600114611151575f91611146575b508460011b905f198660031b1c19161790555b8560018601556003850167ffffffffffffffff831161086357610fba8154611393565b601f8111611101575b505f601f841160011461107357927f72df8a739d30d9ef78b1b56c619967f2ea3a64e7e3e066ef0a6727d603a99682949261105c928261014e9a965f91611068575b508360011b905f198560031b1c19161790555b87547fffffffffffffffffffffffffffff0000000000000000ffffffffffffffffffff164260501b71ffffffffffffffff0000000000000000000016178855610774565b0390a2339033906116e6565b90508201358b611005565b601f19841690825f5260205f20915f5b8181106110e957509285927f72df8a739d30d9ef78b1b56c619967f2ea3a64e7e3e066ef0a6727d603a9968297959261014e9b9761105c96106110d0575b5050600183811b019055611018565b5f1960f88660031b161c19908401351690558a806110c1565b91926020600181928689013581550194019201611083565b815f5260205f20601f850160051c8101916020861061113c575b601f0160051c01905b8181106111315750610fc3565b5f8155600101611124565b909150819061111b565b905085013588610f84565b90601f191690825f528560205f20925f5b81811061119857501061117f575b5050600184811b019055610f97565b5f1960f88760031b161c19908701351690558780611170565b89840135855560019094019360209384019389935001611162565b815f5260205f20601f860160051c810191602087106111ee575b601f0160051c01905b8181106111e35750610f6f565b5f81556001016111d6565b90915081906111cd565b3461015057602060031936011261015057600435907fffffffff00000000000000000000000000000000000000000000000000000000821680920361015057817f7965db0b000000000000000000000000000000000000000000000000000000006020931490811561126c575b5015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501483611265565b9181601f840112156101505782359167ffffffffffffffff8311610150576020838186019501011161015057565b9060606003198301126101505760043567ffffffffffffffff811161015057826112f091600401611296565b92909291602435916044359067ffffffffffffffff82116101505761131791600401611296565b9091565b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361015057565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361015057565b9060038210156104b25752565b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b90600182811c921680156113da575b60208310146113ad57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f16916113a2565b601f8260209493601f1993818652868601375f8582860101520116010190565b9061141e90611431969495936060845260608401916113e4565b93602082015260408185039101526113e4565b90565b61143d81611626565b805460ff8160081c166114b0577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff16610100179055339073ffffffffffffffffffffffffffffffffffffffff167fae5997c24301624d418030703a2737dc6cfb610bed4835635ec7ae4b7cc487c75f80a3565b505050565b610120810190811067ffffffffffffffff82111761086357604052565b9060405180925f908054906114e682611393565b80855291600181169081156115605750600114611522575b505003601f01601f1916820167ffffffffffffffff81118382101761086357604052565b5f908152602081209092505b818310611544575050810160200181601f6114fe565b602091935080600191548385890101520191019091849261152e565b601f945060209250601f19959391507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001682840152151560051b820101918193506114fe565b80156115fe57335f5260016020528060405f2054146115fb57335f5260016020528060405f20556040519081527f88386857cb3e7985b815dae98a18a18a545d2898bef9fcfaf0ca1641bce2a1c360203392a2565b50565b7f411ca7ca000000000000000000000000000000000000000000000000000000005f5260045ffd5b73ffffffffffffffffffffffffffffffffffffffff1690815f52600260205260405f209160ff83541660038110156104b257156116605750565b7fbfc6c337000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5092919280159081156116db575b506116ae57156115fe576116ac91611d10565b565b7fc4efc01c000000000000000000000000000000000000000000000000000000005f52606060045260245ffd5b60609150115f611699565b909181549060ff8260081c161561175c5773ffffffffffffffffffffffffffffffffffffffff927fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff84931690551691167f22ff857ce664c4d31b473cf4a8e45de08f4a5a1a23872143d6c914a7b013e2605f80a3565b50505050565b909392936117708183611d10565b84158015611a7e575b611a5157335f52600260205260405f20946004860167ffffffffffffffff8311610863576117a78154611393565b601f8111611a0c575b50825f601f82116001146119aa575f9161199f575b508360011b905f198560031b1c19161790555b600586019567ffffffffffffffff8211610863576117f68754611393565b601f811161195a575b505f96601f83116001146118cd578291611896916118bd947f7870cdbe360d1a1ce7106482460efcedfb845a980c698094f47d37e5f563cadd98999a5f916118c2575b508460011b905f198660031b1c19161790555b80547fffffffffffffffffffffffffffff0000000000000000ffffffffffffffffffff164260501b71ffffffffffffffff0000000000000000000016179055565b6118ad6040519485946040865260408601916113e4565b90838203602085015233966113e4565b0390a2565b90508901355f611842565b601f198316815f5260205f20905f5b8181106119425750918493917f7870cdbe360d1a1ce7106482460efcedfb845a980c698094f47d37e5f563cadd98999a6118bd966118969510611929575b5050600184811b019055611855565b5f1960f88760031b161c19908b01351690555f8061191a565b888b0135835560209a8b019a600190930192016118dc565b875f5260205f20601f840160051c81019160208510611995575b601f0160051c01905b81811061198a57506117ff565b5f815560010161197d565b9091508190611974565b90508401355f6117c5565b90601f191690825f528460205f20925f5b8181106119f15750106119d8575b5050600183811b0190556117d8565b5f1960f88660031b161c19908601351690555f806119c9565b888401358555600190940193602093840193889350016119bb565b815f5260205f20601f850160051c81019160208610611a47575b601f0160051c01905b818110611a3c57506117b0565b5f8155600101611a2f565b9091508190611a26565b7f1de2bca4000000000000000000000000000000000000000000000000000000005f52602060045260245ffd5b5060208511611779565b335f9081527f1da0b5176dfe03406af5a6eed66ca01dda9b45ac4da671c3fa379cb93717ef81602052604090205460ff1615611ac057565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f52336004527f0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea0960245260445ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260ff60405f20541615611b475750565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f205416155f14611c4257805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0082541617905573ffffffffffffffffffffffffffffffffffffffff339216907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d5f80a4600190565b50505f90565b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f2054165f14611c4257805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00815416905573ffffffffffffffffffffffffffffffffffffffff339216907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b5f80a4600190565b508015908115611d4f575b50611d2257565b7f825065bd000000000000000000000000000000000000000000000000000000005f52608060045260245ffd5b60809150115f611d1b562f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d1da0b5176dfe03406af5a6eed66ca01dda9b45ac4da671c3fa379cb93717ef81ad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5" as const;

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
    "name": "anchorRecord",
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
      },
      {
        "name": "cid",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "contentHash",
        "type": "bytes32",
        "internalType": "bytes32"
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
        "type": "uint64",
        "internalType": "uint64"
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
            "name": "epoch",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      },
      {
        "name": "inForce",
        "type": "bool",
        "internalType": "bool"
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
    "name": "nonces",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ],
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
    "name": "recordOf",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IConsentRegistry.Record",
        "components": [
          {
            "name": "patient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "anchoredAt",
            "type": "uint40",
            "internalType": "uint40"
          },
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
            "name": "supersededBy",
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
    "name": "supersedeRecord",
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
      },
      {
        "name": "cid",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "contentHash",
        "type": "bytes32",
        "internalType": "bytes32"
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
        "name": "expiresAt",
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
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
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
    "name": "RecordAnchored",
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
        "name": "author",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "category",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "cid",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      },
      {
        "name": "contentHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
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
    "name": "InvalidAccountNonce",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "currentNonce",
        "type": "uint256",
        "internalType": "uint256"
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
    "name": "NotRecordPatient",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
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
        "name": "category",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  }
] as const;

export const consentRegistryBytecode = "0x61018080604052346101825760208161303380380380916100208285610186565b83398101031261018257516001600160a01b038116810361018257604051610049604082610186565b6010815260208101906f10d85c9952d95e5cc810dbdb9cd95b9d60821b825260405191610077604084610186565b600183526020830191603160f81b8352610090816101bd565b6101205261009d846101bd565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261010660c082610186565b5190206080523060c052600160075561016052604051612e0a9081610229823960805181612491015260a0518161254e015260c05181612462015260e051816124e00152610100518161250601526101205181610e0e01526101405181610e370152610160518181816104e4015281816117350152611fcd0152f35b5f80fd5b601f909101601f19168101906001600160401b038211908210176101a957604052565b634e487b7160e01b5f52604160045260245ffd5b601f8151116101e85760208151910151602082106101d9571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816316f2228414611671575080632d4a2eeb14611633578063324e03be1461156d5780633644e5151461154b57806348ba8a0a146112aa5780634992c7a61461113b578063582805d9146110f957806374a8f103146110d757806379f96c5714610ff95780637bcb270614610f425780637ecebe0014610f0a57806384b0196e14610df65780638d92a0c314610d9e57806398269c4a14610b28578063a340fff414610a5d578063a82da60d14610a42578063ac9650d8146108c0578063aca69fcf146107de578063ae4dce8d14610670578063aef0fbb114610622578063b98e822614610508578063c41c2f24146104c5578063c592c60414610317578063d1502390146102fa5763d1c60a3a1461012f575f80fd5b346102f65760206003193601126102f657606060a060405161015081611b6b565b5f81525f60208201525f60408201525f838201525f608082015201526004355f52600560205260405f2060405161018681611b6b565b8154916001600160a01b038316825264ffffffffff602083019360a01c1683526001600160a01b0360018201541660408301908152600282015490606084019182526004600384015493608086019485520194604051955f908054906101eb82611eb9565b808a5291600181169081156102ae575060011461026e575b6001600160a01b038861026a8b8a8a858b64ffffffffff8c610227878e0388611bd0565b60a08901968752604051998a9960208b52511660208a015251166040880152511660608601525160808501525160a08401525160c08084015260e0830190611b05565b0390f35b5f908152602081209092505b81831061029457505086016020018264ffffffffff610203565b6001816020929493945483858d010152019101919061027a565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166020808c019190915292151560051b8a01909201925084915064ffffffffff9050610203565b5f80fd5b346102f6575f6003193601126102f657602060405162278d008152f35b346102f65760806003193601126102f657610330611aab565b60243567ffffffffffffffff81116102f657806004019060e060031982360301126102f657604435906064359067ffffffffffffffff82116102f657849161037c903690600401611ad7565b92909161038886611c6c565b9061039560248201611c80565b906103a260448201611c91565b906103af60648201611ca0565b6103bb60848301611eac565b906103c860a48401611eac565b9260c4016103d6908c611d13565b36906103e192611ccd565b805190602001209361040d886001600160a01b03165f52600260205260405f2080549060018201905590565b956040519760208901997f5bda46c32ae155efd53cd532e5987b3a53328966a15af0a90a9bed89c0cd129a8b526001600160a01b031660408a01526001600160a01b0316606089015263ffffffff16608088015261ffff1660a087015267ffffffffffffffff1660c0860152151560e085015215156101008401526101208301526101408201528461016082015261016081526104ac61018082611bd0565b519020926104ba9386612b29565b6104c391611f70565b005b346102f6575f6003193601126102f65760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102f65760406003193601126102f65760c0610523611aab565b6001600160a01b03610533611ac1565b915f608060405161054381611bb4565b82815282602082015282604082015282606082015201521690815f5260036020526001600160a01b0360405f2091165f5260205260405f209067ffffffffffffffff6040519261059284611bb4565b5463ffffffff81168452602084019261ffff8260201c1684528260408601818460301c168152606087019260ff8560701c161515845282608089019560781c1685525f52600460205261ffff6105ee8360405f20541689612a23565b9663ffffffff60405199511689525116602088015251166040860152511515606085015251166080830152151560a0820152f35b346102f65760806003193601126102f65761063b611aab565b610643611ac1565b9061064c611b2a565b6064359060ff821682036102f65760209361066693611da5565b6040519015158152f35b346102f65760406003193601126102f657610689611aab565b60243567ffffffffffffffff81116102f6576106a9903690600401611ad7565b9091335f52600360205260405f206001600160a01b0382165f5260205261073960405f2067ffffffffffffffff604051916106e383611bb4565b5463ffffffff8116835261ffff8160201c166020840152818160301c16604084015260ff8160701c161515606084015260781c166080820152335f52600460205267ffffffffffffffff60405f20541690612a23565b15610792576001600160a01b037fe65cdfb481838444e928dbc870cb70f88a5c233b37434cc81c4aae50d4aed21e916107728486612bf1565b61078d60405192839260208452169533956020840191611c1c565b0390a3005b6084906001600160a01b03604051917f81b7d5d30000000000000000000000000000000000000000000000000000000083523360048401521660248201525f60448201525f6064820152fd5b346102f65760806003193601126102f6576107f7611aab565b6107ff611ac1565b6044359160643567ffffffffffffffff81116102f6576104c39361082a6108bb923690600401611ad7565b9161084f856001600160a01b03165f52600260205260405f2080549060018201905590565b60405160208101917fcbde3e6180ce013b8c6b3da4f109b8da9e47f492d43393ff71d692ee1f64956383526001600160a01b03881660408301526001600160a01b038916606083015260808201528260a082015260a081526108b260c082611bd0565b51902085612b29565b6128c7565b346102f65760206003193601126102f65760043567ffffffffffffffff81116102f6576108f1903690600401611b3a565b6020916040516109018482611bd0565b5f815283810190601f19850136833761091984611cb5565b926109276040519485611bd0565b848452601f1961093686611cb5565b01865f5b828110610a33575050505f5b858110156109b85760019061099c6109966109668360051b860186611d13565b91908b89846040519586948486013783018281015f81528b519283915e01015f815203601f198101835282611bd0565b30612a6f565b6109a68288611d64565b526109b18187611d64565b5001610946565b604080518881528651818a018190525f92600582901b8301810191898c01918c9085015b8287106109e95785850386f35b909192938280610a23837fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08a600196030186528851611b05565b96019201960195929190926109dc565b6060878201830152810161093a565b346102f6575f6003193601126102f657602060405160808152f35b346102f6575f6003193601126102f657335f52600460205260405f2080549067ffffffffffffffff82169167ffffffffffffffff8314610afb5767ffffffffffffffff60017fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000940116928391161790556040519081527f1407adc67aa64992d5727a9071836322bcaaca2faab6dcb84163407679532b4560203392a2005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b346102f65760606003193601126102f657610b41611aab565b60243567ffffffffffffffff81116102f657610b61903690600401611b3a565b610b6c929192611b2a565b8115610d765760ff166010811015610d4b575f91825b81841015610bb05760019063ffffffff8260ff610ba48860051b8b0135612574565b161b1617930192610b82565b85916001600160a01b03861691825f52600360205260405f206001600160a01b0333165f5260205260405f2060405190610be982611bb4565b5463ffffffff8116825267ffffffffffffffff602083019161ffff8160201c168352818160301c16604085015260ff8160701c161515606085015260781c166080830152845f52600460205282610c4e67ffffffffffffffff60405f20541684612a23565b15928315610d2f575b50508115610d1c575b50610cd35750604051602081528160208201527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82116102f6577f837818b7d168e1da4d829ad1e3f6e034bb2f52e5b9e05c8123f3974b349a84249160051b8094604083013760408133958101030190a4005b828563ffffffff608493604051937f81b7d5d300000000000000000000000000000000000000000000000000000000855260048501523360248501521660448301526064820152fd5b61ffff9150516001871b16161586610c60565b63ffffffff92935051161663ffffffff83161415908288610c57565b7f525aca88000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f32b5a0e1000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102f65760606003193601126102f6576020610db9611aab565b610dc1611ac1565b610dc9611b2a565b908360ff8316109283610de4575b5050506040519015158152f35b610dee935061294b565b828080610dd7565b346102f6575f6003193601126102f657610eae610e327f0000000000000000000000000000000000000000000000000000000000000000612c36565b610e5b7f0000000000000000000000000000000000000000000000000000000000000000612c36565b6020610ebc60405192610e6e8385611bd0565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190611b05565b908582036040870152611b05565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110610ef357505050500390f35b835185528695509381019392810192600101610ee4565b346102f65760206003193601126102f6576001600160a01b03610f2b611aab565b165f526002602052602060405f2054604051908152f35b346102f65760806003193601126102f657610f5b611aab565b6024359060443567ffffffffffffffff81116102f657610f7f903690600401611ad7565b90610f8984612574565b6001600160a01b038416948533141580610fe7575b610fb0576104c39550606435946125b1565b60ff82877f9c81a0ea000000000000000000000000000000000000000000000000000000005f52600452336024521660445260645ffd5b50610ff382338761294b565b15610f9e565b346102f65760206003193601126102f657600435805f52600660205260405f206001600160a01b0360018201541680156110ab57330361107b576001600160a01b0390541690805f5260066020525f600160408220828155015533907f498bf922731a8e663db0e060bb631cad4253cc2de8934b82973f8a61e21371a15f80a4005b507ff63acfcd000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b827f1f79bbe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102f65760206003193601126102f6576104c36110f3611aab565b336128c7565b346102f65760206003193601126102f6576001600160a01b0361111a611aab565b165f526004602052602067ffffffffffffffff60405f205416604051908152f35b346102f65760806003193601126102f65760243560043560443567ffffffffffffffff81116102f657611172903690600401611ad7565b90825f52600560205260405f206001600160a01b03815416801561127e57330361124e5760030191825461122257908492916111ad84612574565b9060ff861660ff8316036111f2576111ca926064359286336125b1565b55337fcbd9aaf7315ad4bbad7cc1c16a422da25362399177b89352fd517275ef4e669b5f80a4005b84867f36beb064000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b837f233f2e84000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b837f177628a1000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b847fb21a3f05000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102f65760406003193601126102f65760043560243567ffffffffffffffff81116102f657806004019060e060031982360301126102f6576112eb611c3c565b50825f52600660205260405f206040519161130583611b6b565b8154906001600160a01b0382168452602084019263ffffffff8360a01c1684526001604086019161ffff8560c01c16835264ffffffffff606088019560d01c16855201546001600160a01b038116608087019080825264ffffffffff60a089019360a01c1683521561151f57516001600160a01b031633036114ef5764ffffffffff905116804210156114c0575061139c86611c6c565b6001600160a01b03808751169116149384159461149c575b50831561147a575b508215611446575b505061141a57916001600160a01b036104c393825f5260066020525f600160408220828155015551169033907f041548f228e3428eca4778d24a6ff88e01fb28914736808bd964d0dd64fc2bdc5f80a433611f70565b827f25ef54d2000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b64ffffffffff919250606461145b9101611ca0565b915116420190814211610afb5767ffffffffffffffff161184806113c4565b81935061ffff61148d6044829401611c91565b915116191616151591866113bc565b63ffffffff809295506114b160248501611c80565b915116191616151592876113b4565b877fa3242b71000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b877ff63acfcd000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b887f1f79bbe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102f6575f6003193601126102f6576020611565612458565b604051908152f35b346102f65760206003193601126102f657611586611c3c565b506004355f52600660205260c060405f2064ffffffffff604051916115aa83611b6b565b6001600160a01b03815493838286169586835261ffff602084019563ffffffff8360a01c16875263ffffffff6001604087019284868e1c16845286606089019660d01c1686520154978560a060808901988a8c168a52019960a01c1689526040519a8b52511660208a0152511660408801525116606086015251166080840152511660a0820152f35b346102f65760206003193601126102f65760043567ffffffffffffffff81116102f65760e060031982360301126102f6576104c39060040133611f70565b346102f65760a06003193601126102f65761168a611aab565b6024359063ffffffff8216928383036102f6576044359161ffff8316938484036102f6576064359064ffffffffff82168092036102f6576084359467ffffffffffffffff86116102f6576116ea6001600160a01b03963690600401611ad7565b969094169485158015611aa2575b611a76577f97a5d5b50000000000000000000000000000000000000000000000000000000081523360048201526040816024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa908115611a6b575f91611a3b575b506003811015611a0e57156119e25761177d91611f0a565b80156119b757600754947fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8614610afb576001860160075562278d00420196874211610afb576119ac87947f7508952249c5cb64938eb23a415bae9e31dcc2fd309d86694f00a580e7712e879464ffffffffff60209b16906119838964ffffffffff8a6001600160a01b0380600160405161181781611b6b565b33815260208d8f9183019081526040830191825260608301908b825260808401998a5260a08401978d89525f52602060069052858060405f20955116167fffffffffffffffffffffffff000000000000000000000000000000000000000085541617845551917fff0000000000000000000000ffffffffffffffffffffffffffffffffffffffff77ffffffff00000000000000000000000000000000000000007effffffffff000000000000000000000000000000000000000000000000000079ffff0000000000000000000000000000000000000000000000008754945160c01b16945160d01b169460a01b169116171717815501945116167fffffffffffffffffffffffff000000000000000000000000000000000000000084541617835551167fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff78ffffffffff000000000000000000000000000000000000000083549260a01b169116179055565b60405195869586528c8601526040850152606084015260a06080840152339760a0840191611c1c565b0390a4604051908152f35b7f019451cb000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7faa0b0e55000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b611a5d915060403d604011611a64575b611a558183611bd0565b810190611bf3565b5089611765565b503d611a4b565b6040513d5f823e3d90fd5b7f042ab5da000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b503386146116f8565b600435906001600160a01b03821682036102f657565b602435906001600160a01b03821682036102f657565b9181601f840112156102f65782359167ffffffffffffffff83116102f657602083818601950101116102f657565b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b6044359060ff821682036102f657565b9181601f840112156102f65782359167ffffffffffffffff83116102f6576020808501948460051b0101116102f657565b60c0810190811067ffffffffffffffff821117611b8757604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60a0810190811067ffffffffffffffff821117611b8757604052565b90601f601f19910116810190811067ffffffffffffffff821117611b8757604052565b91908260409103126102f657815160038110156102f65760209092015180151581036102f65790565b601f8260209493601f1993818652868601375f8582860101520116010190565b60405190611c4982611b6b565b5f60a0838281528260208201528260408201528260608201528260808201520152565b356001600160a01b03811681036102f65790565b3563ffffffff811681036102f65790565b3561ffff811681036102f65790565b3567ffffffffffffffff811681036102f65790565b67ffffffffffffffff8111611b875760051b60200190565b92919267ffffffffffffffff8211611b875760405191611cf7601f8201601f191660200184611bd0565b8294818452818301116102f6578281602093845f960137010152565b9035907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1813603018212156102f6570180359067ffffffffffffffff82116102f6576020019181360383136102f657565b8051821015611d785760209160051b010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b929160ff169260208410801590611e9e575b611e96576001600160a01b031690815f5260036020526001600160a01b0360405f2091165f5260205260405f209260405193611df285611bb4565b549163ffffffff8316855267ffffffffffffffff602086019361ffff8160201c168552818160301c16604088015260ff8160701c161515606088015260781c1660808601525f526004602052611e5667ffffffffffffffff60405f20541685612a23565b9384611e7e575b505082611e6957505090565b61ffff925060ff6001915192161b1616151590565b51600190911b1663ffffffff16151592505f80611e5d565b505050505f90565b50601060ff84161015611db7565b3580151581036102f65790565b90600182811c92168015611f00575b6020831014611ed357565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f1691611ec8565b63ffffffff1615611f485761ffff1615611f2057565b7fff594b6d000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f1b8c244f000000000000000000000000000000000000000000000000000000005f5260045ffd5b906001600160a01b03611f8282611c6c565b169182158015612446575b61241a576040517f97a5d5b50000000000000000000000000000000000000000000000000000000081528360048201526040816024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa908115611a6b575f905f926123f8575b506003811015611a0e57156123cc5715806123b9575b61238d57602082019061202782611c80565b61203e604085019161203883611c91565b90611f0a565b606084019361204c85611ca0565b67ffffffffffffffff429116111561234f5760c08101946120766120708784611d13565b90612bf1565b61207f85611c80565b9161208984611c91565b9061209383611ca0565b91608082016001600160a01b036120a982611eac565b9816998a5f52600460205267ffffffffffffffff60405f2054169063ffffffff604051986120d68a611bb4565b16885261ffff602089019416845267ffffffffffffffff6040890196168652606088019915158a52608088019182528b5f52600360205260405f208d5f5260205260405f205463ffffffff89511663ffffffff8216149081612338575b81612315575b816122ff575b816122e4575b506122d55761229a61229461228e8f8f9e7fe438f5e7e973516511287e479d1d6bb6c84232895573f711da4f361c83bde8749f9c63ffffffff9f996122a0986122d09f67ffffffffffffffff9c61ffff9f7fffffffffffffffffff0000000000000000ffffffffffffffffffffffffffffff90612288986eff0000000000000000000000000000945f52600360205260405f20905f5260205263ffffffff7fffffffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffff9060405f209851167fffffffffffffffffffffffffffffffffffff000000000000000000000000000076ffffffffffffffff0000000000000000000000000000006dffffffffffffffff00000000000065ffff000000008c549b5160201b16955160301b169651151560701b985160781b1698161716171617911617179055611c80565b9b611c91565b98611ca0565b93611eac565b94611d13565b949095604051998a991689521660208801521660408601521515606085015260a0608085015260a0840191611c1c565b0390a3565b50505050505050505050505050565b905067ffffffffffffffff808451169160781c16145f612145565b90508a51151560ff8260701c161515149061213f565b905067ffffffffffffffff87511667ffffffffffffffff8260301c161490612139565b905061ffff85511661ffff8260201c161490612133565b67ffffffffffffffff61236186611ca0565b7f5e23ca68000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b827ff84e3ca8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506123c660a08301611eac565b15612015565b837faa0b0e55000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9050612413915060403d604011611a6457611a558183611bd0565b905f611fff565b827f042ab5da000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506001600160a01b0381168314611f8d565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630148061254b575b156124b3577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261254560c082611bd0565b51902090565b507f0000000000000000000000000000000000000000000000000000000000000000461461248a565b9060ff82169160208310156125865750565b7fe51a3ed6000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160a01b0390949391941692831561289b576125d08183612bf1565b851561287357845f52600560205260405f206001600160a01b038154166128475780547fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff86167fffffffffffffff00000000000000000000000000000000000000000000000000909116174260a01b78ffffffffff0000000000000000000000000000000000000000161781556004906001810180547fffffffffffffffffffffffff00000000000000000000000000000000000000001633179055600281018890550167ffffffffffffffff8211611b87576126ad8154611eb9565b601f8111612802575b505f601f831160011461275957917f1e06455c8e4148bfb1b664ab0886733d8803866fb9c8ca7e9db213973dd016ce94939181612740945f9161274e575b508260011b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8460031b1c19161790555b60ff60405194168452606060208501526060840191611c1c565b9460408201528033950390a4565b90508301355f6126f4565b601f19831690825f5260205f20915f5b8181106127ea5750917f1e06455c8e4148bfb1b664ab0886733d8803866fb9c8ca7e9db213973dd016ce96959391856127409694106127b2575b5050600182811b019055612726565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88560031b161c19908501351690555f806127a3565b9192602060018192868a013581550194019201612769565b815f5260205f20601f840160051c8101916020851061283d575b601f0160051c01905b81811061283257506126b6565b5f8155600101612825565b909150819061281c565b857fcd4866db000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f68e1d61b000000000000000000000000000000000000000000000000000000005f5260045ffd5b837f042ab5da000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160a01b031690815f52600360205260405f206001600160a01b0382165f5260205263ffffffff60405f20541615612947576001600160a01b0390825f52600360205260405f208282165f526020525f604081205516907f825c8be24eb0df19500f63e86c29e7d0d951e73056b889b891d85e40938d9b6e5f80a3565b5050565b6001600160a01b03909291921691825f5260036020526001600160a01b0360405f2091165f5260205260405f206040519061298582611bb4565b549263ffffffff8416825261ffff8460201c16602083015267ffffffffffffffff8460301c16604083015267ffffffffffffffff60ff8560701c1615159485606085015260781c166080830152836129fa575b50826129e357505090565b63ffffffff925060ff6001915192161b1616151590565b9092505f526004602052612a1c67ffffffffffffffff60405f20541683612a23565b915f6129d8565b63ffffffff81511615159182612a53575b5081612a3e575090565b67ffffffffffffffff91506040015116421090565b608082015167ffffffffffffffff91821691161491505f612a34565b905f8091602081519101845af48080612b16575b15612aa35750506040513d81523d5f602083013e60203d82010160405290565b15612add576001600160a01b03907f9996b315000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b3d15612aee576040513d5f823e3d90fd5b7fd6bda275000000000000000000000000000000000000000000000000000000005f5260045ffd5b503d151580612a835750813b1515612a83565b939291804211612bc65750612b8992916042612b8292612b47612458565b90604051917f190100000000000000000000000000000000000000000000000000000000000083526002830152602282015220923691611ccd565b9083612c8d565b15612b915750565b6001600160a01b03907fd855c4f4000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b7fbd2a913c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b508015908115612c2b575b50612c0357565b7fb2c30520000000000000000000000000000000000000000000000000000000005f5260045ffd5b60809150115f612bfc565b60ff811690601f8211612c655760405191612c52604084611bd0565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b9190823b612cc85790612c9f91612d4e565b506004811015611a0e57159182612cb557505090565b6001600160a01b03919250811691161490565b916020926064601f19601f855f965190604051957f1626ba7e00000000000000000000000000000000000000000000000000000000875260048701526040602487015288820190604487015e86848287010152011601915afa7f1626ba7e000000000000000000000000000000000000000000000000000000005f5114601f3d11161690565b8151919060418303612d7e57612d779250602082015190606060408401519301515f1a90612d88565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411612dff579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15611a6b575f516001600160a01b03811615612df557905f905f90565b505f906001905f90565b5050505f916003919056" as const;
