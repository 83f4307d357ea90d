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

export const directoryBytecode = "0x608060405234801561000f575f5ffd5b50604051611ab9380380611ab983398101604081905261002e91610113565b6100385f8261006a565b506100637f0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea098261006a565b5050610140565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661010a575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100c23390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161010d565b505f5b92915050565b5f60208284031215610123575f5ffd5b81516001600160a01b0381168114610139575f5ffd5b9392505050565b61196c8061014d5f395ff3fe608060405234801561000f575f5ffd5b5060043610610184575f3560e01c806391d14854116100dd578063b9209e3311610088578063d8f7808611610063578063d8f7808614610403578063e7705db614610416578063e998d2fa1461043d575f5ffd5b8063b9209e331461036e578063d3b441a8146103ab578063d547741f146103f0575f5ffd5b8063a217fddf116100b8578063a217fddf14610357578063a82da60d1461035e578063b5c58b4514610366575f5ffd5b806391d14854146102a457806397a5d5b5146102e7578063998fb58514610337575f5ffd5b80632f2ff15d1161013d5780635a5d78c7116101185780635a5d78c71461027657806363a9c3d714610289578063860749851461029c575f5ffd5b80632f2ff15d1461023d57806330756d0e1461025057806336568abe14610263575f5ffd5b80631614b2fa1161016d5780631614b2fa146101c5578063205589f4146101d8578063248a9ca31461021b575f5ffd5b806301ffc9a71461018857806307a622e0146101b0575b5f5ffd5b61019b6101963660046112be565b610450565b60405190151581526020015b60405180910390f35b6101c36101be366004611349565b6104e8565b005b6101c36101d33660046113c2565b6105bc565b61020d6101e6366004611451565b73ffffffffffffffffffffffffffffffffffffffff165f9081526001602052604090205490565b6040519081526020016101a7565b61020d61022936600461146a565b5f9081526020819052604090206001015490565b6101c361024b366004611481565b61063c565b6101c361025e3660046114ab565b610666565b6101c3610271366004611481565b61068c565b6101c3610284366004611349565b6106ea565b6101c3610297366004611451565b6106f9565b61020d606081565b61019b6102b2366004611481565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6103296102f5366004611451565b73ffffffffffffffffffffffffffffffffffffffff165f9081526002602052604090205460ff808216926101009092041690565b6040516101a79291906115ea565b61034a610345366004611451565b6107b6565b6040516101a79190611635565b61020d5f81565b61020d608081565b61020d602081565b61019b61037c366004611451565b73ffffffffffffffffffffffffffffffffffffffff165f90815260026020526040902054610100900460ff1690565b6103e36103b9366004611451565b73ffffffffffffffffffffffffffffffffffffffff165f9081526002602052604090205460ff1690565b6040516101a79190611712565b6101c36103fe366004611481565b610b07565b6101c361041136600461146a565b610b2b565b61020d7f0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea0981565b6101c361044b366004611451565b610b9b565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806104e257507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f6104f233610bd8565b90506105018686868686610c67565b600281016105108688836117e2565b5060018101849055600381016105278385836117e2565b5080547fffffffffffffffffffffffffffff0000000000000000ffffffffffffffffffff166a01000000000000000000004267ffffffffffffffff160217815560405133907f72df8a739d30d9ef78b1b56c619967f2ea3a64e7e3e066ef0a6727d603a99682906105a19089908990899089908990611903565b60405180910390a26105b4813333610cc1565b505050505050565b5f6105c633610bd8565b90506002815460ff1660028111156105e0576105e0611584565b1461061e576040517ffe088df30000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b61062a85858585610d44565b610635813333610cc1565b5050505050565b5f8281526020819052604090206001015461065681610e49565b6106608383610e56565b50505050565b61067560028a8a8a8a8a610f4f565b61068184848484610d44565b505050505050505050565b73ffffffffffffffffffffffffffffffffffffffff811633146106db576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6106e58282611102565b505050565b61063560018686868686610f4f565b7f0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea0961072381610e49565b5f61072d83610bd8565b8054909150610100900460ff161561074457505050565b80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff16610100178155604051339073ffffffffffffffffffffffffffffffffffffffff8516907fae5997c24301624d418030703a2737dc6cfb610bed4835635ec7ae4b7cc487c7905f90a3505b5050565b610817604080516101208101909152805f81526020015f151581526020015f67ffffffffffffffff1681526020015f67ffffffffffffffff1681526020015f8152602001606081526020016060815260200160608152602001606081525090565b73ffffffffffffffffffffffffffffffffffffffff82165f908152600260208190526040918290208251610120810190935280549091839160ff169081111561086257610862611584565b600281111561087357610873611584565b8152815460ff6101008204161515602083015267ffffffffffffffff620100008204811660408401526a01000000000000000000009091041660608201526001820154608082015260028201805460a0909201916108d09061174d565b80601f01602080910402602001604051908101604052809291908181526020018280546108fc9061174d565b80156109475780601f1061091e57610100808354040283529160200191610947565b820191905f5260205f20905b81548152906001019060200180831161092a57829003601f168201915b505050505081526020016003820180546109609061174d565b80601f016020809104026020016040519081016040528092919081815260200182805461098c9061174d565b80156109d75780601f106109ae576101008083540402835291602001916109d7565b820191905f5260205f20905b8154815290600101906020018083116109ba57829003601f168201915b505050505081526020016004820180546109f09061174d565b80601f0160208091040260200160405190810160405280929190818152602001828054610a1c9061174d565b8015610a675780601f10610a3e57610100808354040283529160200191610a67565b820191905f5260205f20905b815481529060010190602001808311610a4a57829003601f168201915b50505050508152602001600582018054610a809061174d565b80601f0160208091040260200160405190810160405280929190818152602001828054610aac9061174d565b8015610af75780601f10610ace57610100808354040283529160200191610af7565b820191905f5260205f20905b815481529060010190602001808311610ada57829003601f168201915b5050505050815250509050919050565b5f82815260208190526040902060010154610b2181610e49565b6106608383611102565b610b34816111bb565b335f90815260016020526040902054819003610b4d5750565b335f8181526001602052604090819020839055517f88386857cb3e7985b815dae98a18a18a545d2898bef9fcfaf0ca1641bce2a1c390610b909084815260200190565b60405180910390a250565b7f0ce23c3e399818cfee81a7ab0880f714e53d7672b08df0fa62f2843416e1ea09610bc581610e49565b6107b2610bd183610bd8565b8333610cc1565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260026020526040812090815460ff166002811115610c1357610c13611584565b03610c62576040517fbfc6c33700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83166004820152602401610615565b919050565b831580610c745750606084115b15610cae576040517fc4efc01c00000000000000000000000000000000000000000000000000000000815260606004820152602401610615565b610cb7836111bb565b61063582826111f2565b8254610100900460ff16610cd457505050565b82547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff16835560405173ffffffffffffffffffffffffffffffffffffffff80831691908416907f22ff857ce664c4d31b473cf4a8e45de08f4a5a1a23872143d6c914a7b013e260905f90a3505050565b610d4e84846111f2565b801580610d5b5750602081115b15610d95576040517f1de2bca400000000000000000000000000000000000000000000000000000000815260206004820152602401610615565b335f90815260026020526040902060048101610db28587836117e2565b5060058101610dc28385836117e2565b5080547fffffffffffffffffffffffffffff0000000000000000ffffffffffffffffffff166a01000000000000000000004267ffffffffffffffff160217815560405133907f7870cdbe360d1a1ce7106482460efcedfb845a980c698094f47d37e5f563cadd90610e3a90889088908890889061193b565b60405180910390a25050505050565b610e538133611239565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610f48575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055610ee63390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104e2565b505f6104e2565b335f90815260026020526040812090815460ff166002811115610f7457610f74611584565b14610fad576040517f45ed80e9000000000000000000000000000000000000000000000000000000008152336004820152602401610615565b610fba8686868686610c67565b8054879082907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001836002811115610ff657610ff6611584565b021790555080547fffffffffffffffffffffffffffff00000000000000000000000000000000ffff16620100004267ffffffffffffffff169081027fffffffffffffffffffffffffffff0000000000000000ffffffffffffffffffff16919091176a01000000000000000000009190910217815560018101849055600281016110808688836117e2565b50600381016110908385836117e2565b508660028111156110a3576110a3611584565b3373ffffffffffffffffffffffffffffffffffffffff167f3d794174baeffbe872a32ccc2dced650139896ab1a7a7e5ddcd7e369d4cfcaa088888888886040516110f1959493929190611903565b60405180910390a350505050505050565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610f48575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104e2565b80610e53576040517f411ca7ca00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8015806111ff5750608081115b156107b2576040517f825065bd00000000000000000000000000000000000000000000000000000000815260806004820152602401610615565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff166107b2576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260248101839052604401610615565b5f602082840312156112ce575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146112fd575f5ffd5b9392505050565b5f5f83601f840112611314575f5ffd5b50813567ffffffffffffffff81111561132b575f5ffd5b602083019150836020828501011115611342575f5ffd5b9250929050565b5f5f5f5f5f6060868803121561135d575f5ffd5b853567ffffffffffffffff811115611373575f5ffd5b61137f88828901611304565b90965094505060208601359250604086013567ffffffffffffffff8111156113a5575f5ffd5b6113b188828901611304565b969995985093965092949392505050565b5f5f5f5f604085870312156113d5575f5ffd5b843567ffffffffffffffff8111156113eb575f5ffd5b6113f787828801611304565b909550935050602085013567ffffffffffffffff811115611416575f5ffd5b61142287828801611304565b95989497509550505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610c62575f5ffd5b5f60208284031215611461575f5ffd5b6112fd8261142e565b5f6020828403121561147a575f5ffd5b5035919050565b5f5f60408385031215611492575f5ffd5b823591506114a26020840161142e565b90509250929050565b5f5f5f5f5f5f5f5f5f60a08a8c0312156114c3575f5ffd5b893567ffffffffffffffff8111156114d9575f5ffd5b6114e58c828d01611304565b909a5098505060208a0135965060408a013567ffffffffffffffff81111561150b575f5ffd5b6115178c828d01611304565b90975095505060608a013567ffffffffffffffff811115611536575f5ffd5b6115428c828d01611304565b90955093505060808a013567ffffffffffffffff811115611561575f5ffd5b61156d8c828d01611304565b915080935050809150509295985092959850929598565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600381106115e6577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b604081016115f882856115b1565b82151560208301529392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081526116476020820183516115b1565b5f602083015161165b604084018215159052565b50604083015167ffffffffffffffff8116606084015250606083015167ffffffffffffffff8116608084015250608083015160a083015260a083015161012060c08401526116ad610140840182611607565b905060c0840151601f198483030160e08501526116ca8282611607565b91505060e0840151601f19848303016101008501526116e98282611607565b915050610100840151601f19848303016101208501526117098282611607565b95945050505050565b602081016104e282846115b1565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b600181811c9082168061176157607f821691505b602082108103611798577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b601f8211156106e557805f5260205f20601f840160051c810160208510156117c35750805b601f840160051c820191505b81811015610635575f81556001016117cf565b67ffffffffffffffff8311156117fa576117fa611720565b61180e83611808835461174d565b8361179e565b5f601f84116001811461185e575f85156118285750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b178355610635565b5f83815260208120601f198716915b8281101561188d578685013582556020948501946001909201910161186d565b50868210156118c8577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b606081525f6119166060830187896118da565b856020840152828103604084015261192f8185876118da565b98975050505050505050565b604081525f61194e6040830186886118da565b82810360208401526119618185876118da565b97965050505050505056" as const;

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

export const consentRegistryBytecode = "0x6101806040526001600755348015610015575f5ffd5b506040516137c33803806137c383398101604081905261003491610180565b6040518060400160405280601081526020016f10d85c9952d95e5cc810dbdb9cd95b9d60821b815250604051806040016040528060018152602001603160f81b8152506100868261013a60201b60201c565b610120526100938161013a565b61014052815160208084019190912060e052815190820120610100524660a05261011f60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b031661016052610208565b5f5f829050601f8151111561016d578260405163305a27a960e01b815260040161016491906101ad565b60405180910390fd5b8051610178826101e2565b179392505050565b5f60208284031215610190575f5ffd5b81516001600160a01b03811681146101a6575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610202575f198160200360031b1b821691505b50919050565b60805160a05160c05160e051610100516101205161014051610160516135526102715f395f81816105380152818161063c015261199d01525f61257d01525f61255201525f611f8001525f611f5801525f611eb301525f611edd01525f611f0701526135525ff3fe608060405234801561000f575f5ffd5b506004361061018f575f3560e01c80638d92a0c3116100dd578063aef0fbb111610088578063c592c60411610063578063c592c60414610572578063d150239014610585578063d1c60a3a1461058f575f5ffd5b8063aef0fbb1146104a2578063b98e8226146104b5578063c41c2f2414610533575f5ffd5b8063a82da60d116100b8578063a82da60d14610474578063aca69fcf1461047c578063ae4dce8d1461048f575f5ffd5b80638d92a0c31461043657806398269c4a14610459578063a340fff41461046c575f5ffd5b8063582805d91161013d5780637bcb2706116101185780637bcb2706146103e05780637ecebe00146103f357806384b0196e1461041b575f5ffd5b8063582805d91461036f57806374a8f103146103ba57806379f96c57146103cd575f5ffd5b80633644e5151161016d5780633644e5151461034157806348ba8a0a146103495780634992c7a61461035c575f5ffd5b806316f22284146101935780632d4a2eeb146101b9578063324e03be146101ce575b5f5ffd5b6101a66101a1366004612a40565b6105af565b6040519081526020015b60405180910390f35b6101cc6101c7366004612ae2565b61092f565b005b6102cc6101dc366004612b14565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152505f90815260066020908152604091829020825160c08101845281546001600160a01b0380821683527401000000000000000000000000000000000000000080830463ffffffff16958401959095527801000000000000000000000000000000000000000000000000820461ffff16958301959095527a010000000000000000000000000000000000000000000000000000900464ffffffffff908116606083015260019092015493841660808201529190920490911660a082015290565b6040516101b091905f60c0820190506001600160a01b03835116825263ffffffff602084015116602083015261ffff604084015116604083015264ffffffffff60608401511660608301526001600160a01b03608084015116608083015264ffffffffff60a08401511660a083015292915050565b6101a661093c565b6101cc610357366004612b2b565b61094a565b6101cc61036a366004612b6f565b610ae1565b6103a161037d366004612bc5565b6001600160a01b03165f9081526004602052604090205467ffffffffffffffff1690565b60405167ffffffffffffffff90911681526020016101b0565b6101cc6103c8366004612bc5565b610c5e565b6101cc6103db366004612b14565b610c68565b6101cc6103ee366004612bde565b610da5565b6101a6610401366004612bc5565b6001600160a01b03165f9081526002602052604090205490565b610423610e39565b6040516101b09796959493929190612c69565b610449610444366004612d2b565b610e97565b60405190151581526020016101b0565b6101cc610467366004612d6b565b610ebb565b6101cc611117565b6101a6608081565b6101cc61048a366004612dfd565b611199565b6101cc61049d366004612e67565b611243565b6104496104b0366004612eb6565b6113a3565b6104c86104c3366004612efc565b6114b9565b6040516101b09291905f60c08201905063ffffffff845116825261ffff602085015116602083015267ffffffffffffffff604085015116604083015260608401511515606083015267ffffffffffffffff608085015116608083015282151560a08301529392505050565b61055a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101b0565b6101cc610580366004612f24565b6115a0565b6103a162278d0081565b6105a261059d366004612b14565b61170a565b6040516101b09190612f8b565b5f6001600160a01b03871615806105ce57506001600160a01b03871633145b1561060c576040517f042ab5da0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b6040517f97a5d5b50000000000000000000000000000000000000000000000000000000081523360048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906397a5d5b5906024016040805180830381865afa158015610688573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106ac9190612ffd565b5090505f8160028111156106c2576106c2613038565b036106fb576040517faa0b0e55000000000000000000000000000000000000000000000000000000008152336004820152602401610603565b6107058787611868565b8464ffffffffff165f0361074e576040517f019451cb00000000000000000000000000000000000000000000000000000000815264ffffffffff86166004820152602401610603565b60078054905f61075d83613092565b9091555091505f61077162278d00426130c9565b90506040518060c00160405280336001600160a01b031681526020018963ffffffff1681526020018861ffff1681526020018764ffffffffff1681526020018a6001600160a01b031681526020018264ffffffffff1681525060065f8581526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548163ffffffff021916908363ffffffff1602179055506040820151815f0160186101000a81548161ffff021916908361ffff1602179055506060820151815f01601a6101000a81548164ffffffffff021916908364ffffffffff1602179055506080820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060a08201518160010160146101000a81548164ffffffffff021916908364ffffffffff160217905550905050336001600160a01b0316896001600160a01b0316847f7508952249c5cb64938eb23a415bae9e31dcc2fd309d86694f00a580e7712e878b8b8b878c8c60405161091b96959493929190613123565b60405180910390a450509695505050505050565b61093933826118e8565b50565b5f610945611ea7565b905090565b5f61095483611fd0565b80519091506001600160a01b031661096f6020840184612bc5565b6001600160a01b03161415806109a457508060200151198260200160208101906109999190613172565b1663ffffffff165f14155b806109cc57508060400151198260400160208101906109c3919061318b565b1661ffff165f14155b80610a04575060608101516109e89064ffffffffff16426130c9565b6109f860808401606085016131a4565b67ffffffffffffffff16115b15610a3e576040517f25ef54d200000000000000000000000000000000000000000000000000000000815260048101849052602401610603565b5f8381526006602052604080822080547fff0000000000000000000000000000000000000000000000000000000000000016815560010180547fffffffffffffff00000000000000000000000000000000000000000000000000169055825190516001600160a01b0390911691339186917f041548f228e3428eca4778d24a6ff88e01fb28914736808bd964d0dd64fc2bdc91a4610adc33836118e8565b505050565b5f85815260056020526040902080546001600160a01b0316610b32576040517fb21a3f0500000000000000000000000000000000000000000000000000000000815260048101879052602401610603565b80546001600160a01b03163314610b7e576040517f177628a100000000000000000000000000000000000000000000000000000000815260048101879052336024820152604401610603565b600381015415610bbd576040517f233f2e8400000000000000000000000000000000000000000000000000000000815260048101879052602401610603565b5f610bc7866121a4565b905060ff80821690881614610c12576040517f36beb0640000000000000000000000000000000000000000000000000000000081526004810188905260248101879052604401610603565b610c203387838888886121e5565b600382018690556040518690889033907fcbd9aaf7315ad4bbad7cc1c16a422da25362399177b89352fd517275ef4e669b905f90a450505050505050565b61093933826123a3565b5f81815260066020526040902060018101546001600160a01b0316610cbc576040517f1f79bbe700000000000000000000000000000000000000000000000000000000815260048101839052602401610603565b60018101546001600160a01b03163314610d0b576040517ff63acfcd00000000000000000000000000000000000000000000000000000000815260048101839052336024820152604401610603565b80545f8381526006602052604080822080547fff0000000000000000000000000000000000000000000000000000000000000016815560010180547fffffffffffffff00000000000000000000000000000000000000000000000000169055516001600160a01b03909216918291339186917f498bf922731a8e663db0e060bb631cad4253cc2de8934b82973f8a61e21371a191a4505050565b5f610daf856121a4565b9050336001600160a01b03871614801590610dd25750610dd0863383612451565b155b15610e23576040517f9c81a0ea0000000000000000000000000000000000000000000000000000000081526001600160a01b038716600482015233602482015260ff82166044820152606401610603565b610e318686838787876121e5565b505050505050565b5f6060805f5f5f6060610e4a61254b565b610e52612576565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f602060ff8316108015610eb15750610eb1848484612451565b90505b9392505050565b815f819003610ef6576040517f32b5a0e100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b601060ff831610610f38576040517f525aca8800000000000000000000000000000000000000000000000000000000815260ff83166004820152602401610603565b5f5f5b82811015610f7a57610f64868683818110610f5857610f586131f8565b905060200201356121a4565b600160ff9190911681901b929092179101610f3b565b506001600160a01b0386165f8181526003602090815260408083203384528252808320815160a081018352905463ffffffff8116825261ffff6401000000008204168285015267ffffffffffffffff6601000000000000820481168385015260ff6e010000000000000000000000000000830416151560608401526f0100000000000000000000000000000090910481166080830152948452600490925290912054909161102a918391166125a1565b158061104757508163ffffffff1682825f01511663ffffffff1614155b8061106057506020810151600160ff86161b1661ffff16155b156110bd576040517f81b7d5d30000000000000000000000000000000000000000000000000000000081526001600160a01b038816600482015233602482015263ffffffff8316604482015260ff85166064820152608401610603565b8360ff16336001600160a01b0316886001600160a01b03167f837818b7d168e1da4d829ad1e3f6e034bb2f52e5b9e05c8123f3974b349a84248989604051611106929190613225565b60405180910390a450505050505050565b335f9081526004602052604081208054829061113c9067ffffffffffffffff16613275565b825467ffffffffffffffff8083166101009490940a8481029102199091161790925560405190815290915033907f1407adc67aa64992d5727a9071836322bcaaca2faab6dcb84163407679532b459060200160405180910390a250565b5f7fcbde3e6180ce013b8c6b3da4f109b8da9e47f492d43393ff71d692ee1f64956386866111e3896001600160a01b03165f90815260026020526040902080546001810190915590565b6040805160208101959095526001600160a01b039384169085015291166060830152608082015260a0810185905260c00160405160208183030381529060405280519060200120905061123986828686866125cf565b610e3186866123a3565b335f8181526003602090815260408083206001600160a01b03881684528252808320815160a081018352905463ffffffff8116825261ffff6401000000008204168285015267ffffffffffffffff6601000000000000820481168385015260ff6e010000000000000000000000000000830416151560608401526f010000000000000000000000000000009091048116608083015294845260049092529091205490916112f2918391166125a1565b611346576040517f81b7d5d30000000000000000000000000000000000000000000000000000000081523360048201526001600160a01b03851660248201525f604482018190526064820152608401610603565b611350838361269c565b836001600160a01b0316336001600160a01b03167fe65cdfb481838444e928dbc870cb70f88a5c233b37434cc81c4aae50d4aed21e85856040516113959291906132a1565b60405180910390a350505050565b5f602060ff84161015806113bb5750601060ff831610155b156113c757505f6114b1565b6001600160a01b038086165f8181526003602090815260408083209489168352938152838220845160a081018652905463ffffffff8116825261ffff6401000000008204168284015267ffffffffffffffff6601000000000000820481168388015260ff6e010000000000000000000000000000830416151560608401526f0100000000000000000000000000000090910481166080830152938352600490915292902054611478918391166125a1565b801561149257508051600160ff86161b1663ffffffff1615155b80156114ad57506020810151600160ff85161b1661ffff1615155b9150505b949350505050565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506001600160a01b038083165f8181526003602090815260408083209486168352938152838220845160a081018652905463ffffffff8116825261ffff6401000000008204168284015267ffffffffffffffff6601000000000000820481168388015260ff6e010000000000000000000000000000830416151560608401526f01000000000000000000000000000000909104811660808301529383526004909152928120549091611597918491166125a1565b90509250929050565b5f7f5bda46c32ae155efd53cd532e5987b3a53328966a15af0a90a9bed89c0cd129a866115d06020880188612bc5565b6115e06040890160208a01613172565b6115f060608a0160408b0161318b565b61160060808b0160608c016131a4565b61161060a08c0160808d016132b4565b61162060c08d0160a08e016132b4565b61162d60c08e018e6132cf565b60405161163b929190613330565b60405180910390206116698f6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019b909b526001600160a01b03998a16908b015297909616606089015263ffffffff909416608088015261ffff90921660a087015267ffffffffffffffff1660c0860152151560e0850152151561010084015261012083015261014082015261016081018590526101800160405160208183030381529060405280519060200120905061170086828686866125cf565b610e3186866118e8565b6117576040518060c001604052805f6001600160a01b031681526020015f64ffffffffff1681526020015f6001600160a01b031681526020015f81526020015f8152602001606081525090565b5f82815260056020908152604091829020825160c08101845281546001600160a01b0380821683527401000000000000000000000000000000000000000090910464ffffffffff1693820193909352600182015490921692820192909252600282015460608201526003820154608082015260048201805491929160a0840191906117e19061333f565b80601f016020809104026020016040519081016040528092919081815260200182805461180d9061333f565b80156118585780601f1061182f57610100808354040283529160200191611858565b820191905f5260205f20905b81548152906001019060200180831161183b57829003601f168201915b5050505050815250509050919050565b8163ffffffff165f036118a7576040517f1b8c244f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8061ffff165f036118e4576040517fff594b6d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050565b5f6118f66020830183612bc5565b90506001600160a01b038116158061191f5750826001600160a01b0316816001600160a01b0316145b15611961576040517f042ab5da0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610603565b6040517f97a5d5b50000000000000000000000000000000000000000000000000000000081526001600160a01b0382811660048301525f9182917f000000000000000000000000000000000000000000000000000000000000000016906397a5d5b5906024016040805180830381865afa1580156119e1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a059190612ffd565b90925090505f826002811115611a1d57611a1d613038565b03611a5f576040517faa0b0e550000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610603565b80158015611a7a5750611a7860c0850160a086016132b4565b155b15611abc576040517ff84e3ca80000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610603565b611ae4611acf6040860160208701613172565b611adf606087016040880161318b565b611868565b42611af560808601606087016131a4565b67ffffffffffffffff1611611b5357611b1460808501606086016131a4565b6040517f5e23ca6800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610603565b611b68611b6360c08601866132cf565b61269c565b5f6040518060a00160405280866020016020810190611b879190613172565b63ffffffff168152602001611ba2606088016040890161318b565b61ffff168152602001611bbb60808801606089016131a4565b67ffffffffffffffff168152602001611bda60a08801608089016132b4565b151581526001600160a01b038089165f8181526004602090815260408083205467ffffffffffffffff16958201959095529181526003825283812092891681529190522081518154929350909163ffffffff9081169116148015611c52575060208201518154640100000000900461ffff9081169116145b8015611c7a5750604082015181546601000000000000900467ffffffffffffffff9081169116145b8015611ca557506060820151815460ff6e010000000000000000000000000000909104161515901515145b8015611cd65750608082015181546f01000000000000000000000000000000900467ffffffffffffffff9081169116145b15611ce45750505050505050565b6001600160a01b038781165f818152600360209081526040808320948a168084529482529182902086518154888401518986015160608b015160808c015163ffffffff9095167fffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000009094169390931764010000000061ffff90931692909202919091177fffffffffffffffffffffffffffffffffff000000000000000000ffffffffffff16660100000000000067ffffffffffffffff928316027fffffffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffff16176e01000000000000000000000000000092151592909202919091177fffffffffffffffffff0000000000000000ffffffffffffffffffffffffffffff166f0100000000000000000000000000000091909216021790557fe438f5e7e973516511287e479d1d6bb6c84232895573f711da4f361c83bde87491611e4791908b01908b01613172565b611e5760608b0160408c0161318b565b611e6760808c0160608d016131a4565b611e7760a08d0160808e016132b4565b611e8460c08e018e6132cf565b604051611e969695949392919061338a565b60405180910390a350505050505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015611eff57507f000000000000000000000000000000000000000000000000000000000000000046145b15611f2957507f000000000000000000000000000000000000000000000000000000000000000090565b610945604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152505f81815260066020908152604091829020825160c08101845281546001600160a01b0380821683527401000000000000000000000000000000000000000080830463ffffffff16958401959095527801000000000000000000000000000000000000000000000000820461ffff16958301959095527a010000000000000000000000000000000000000000000000000000900464ffffffffff908116606083015260019092015493841660808201819052929093041660a08301526120f6576040517f1f79bbe700000000000000000000000000000000000000000000000000000000815260048101839052602401610603565b60808101516001600160a01b03163314612145576040517ff63acfcd00000000000000000000000000000000000000000000000000000000815260048101839052336024820152604401610603565b8060a0015164ffffffffff16421061219f5760a08101516040517fa3242b710000000000000000000000000000000000000000000000000000000081526004810184905264ffffffffff9091166024820152604401610603565b919050565b80602060ff82161061219f576040517fe51a3ed600000000000000000000000000000000000000000000000000000000815260048101839052602401610603565b6001600160a01b038616612230576040517f042ab5da0000000000000000000000000000000000000000000000000000000081526001600160a01b0387166004820152602401610603565b61223a838361269c565b80612271576040517f68e1d61b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f85815260056020526040902080546001600160a01b0316156122c3576040517fcd4866db00000000000000000000000000000000000000000000000000000000815260048101879052602401610603565b805464ffffffffff421674010000000000000000000000000000000000000000027fffffffffffffff000000000000000000000000000000000000000000000000009091166001600160a01b038916171781556001810180547fffffffffffffffffffffffff00000000000000000000000000000000000000001633179055600281018290556004810161235884868361340f565b50336001600160a01b031686886001600160a01b03167f1e06455c8e4148bfb1b664ab0886733d8803866fb9c8ca7e9db213973dd016ce888888886040516111069493929190613525565b6001600160a01b038083165f90815260036020908152604080832093851683529290529081205463ffffffff1690036123da575050565b6001600160a01b038083165f8181526003602090815260408083209486168084529490915280822080547fffffffffffffffffff0000000000000000000000000000000000000000000000169055517f825c8be24eb0df19500f63e86c29e7d0d951e73056b889b891d85e40938d9b6e9190a35050565b6001600160a01b038084165f9081526003602090815260408083209386168352928152828220835160a081018552905463ffffffff8116825261ffff6401000000008204169282019290925267ffffffffffffffff6601000000000000830481169482019490945260ff6e010000000000000000000000000000830416158015606083018190526f010000000000000000000000000000009093049094166080820152919261252857506001600160a01b0385165f9081526004602052604090205461252890829067ffffffffffffffff166125a1565b801561254257508051600160ff85161b1663ffffffff1615155b95945050505050565b60606109457f00000000000000000000000000000000000000000000000000000000000000006126e0565b60606109457f00000000000000000000000000000000000000000000000000000000000000006126e0565b81515f9063ffffffff16158015906125c65750826040015167ffffffffffffffff1642105b90505b92915050565b8242111561260c576040517fbd2a913c00000000000000000000000000000000000000000000000000000000815260048101849052602401610603565b612654856126198661271d565b84848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061276492505050565b612695576040517fd855c4f40000000000000000000000000000000000000000000000000000000081526001600160a01b0386166004820152602401610603565b5050505050565b8015806126a95750608081115b156118e4576040517fb2c3052000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60605f6126ec836127d4565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f6125c9612729611ea7565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f836001600160a01b03163b5f036127c2575f5f6127828585612814565b5090925090505f81600381111561279b5761279b613038565b1480156127b95750856001600160a01b0316826001600160a01b0316145b92505050610eb4565b6127cd84848461285d565b9050610eb4565b5f60ff8216601f8111156125c9576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f5f835160410361284b576020840151604085015160608601515f1a61283d888285856128db565b955095509550505050612856565b505081515f91506002905b9250925092565b8051604080517f1626ba7e000000000000000000000000000000000000000000000000000000008082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561291457505f915060039050826129b7565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612965573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b0381166129ae57505f9250600191508290506129b7565b92505f91508190505b9450945094915050565b80356001600160a01b038116811461219f575f5ffd5b803563ffffffff8116811461219f575f5ffd5b803561ffff8116811461219f575f5ffd5b5f5f83601f840112612a0b575f5ffd5b50813567ffffffffffffffff811115612a22575f5ffd5b602083019150836020828501011115612a39575f5ffd5b9250929050565b5f5f5f5f5f5f60a08789031215612a55575f5ffd5b612a5e876129c1565b9550612a6c602088016129d7565b9450612a7a604088016129ea565b9350606087013564ffffffffff81168114612a93575f5ffd5b9250608087013567ffffffffffffffff811115612aae575f5ffd5b612aba89828a016129fb565b979a9699509497509295939492505050565b5f60e08284031215612adc575f5ffd5b50919050565b5f60208284031215612af2575f5ffd5b813567ffffffffffffffff811115612b08575f5ffd5b6114b184828501612acc565b5f60208284031215612b24575f5ffd5b5035919050565b5f5f60408385031215612b3c575f5ffd5b82359150602083013567ffffffffffffffff811115612b59575f5ffd5b612b6585828601612acc565b9150509250929050565b5f5f5f5f5f60808688031215612b83575f5ffd5b8535945060208601359350604086013567ffffffffffffffff811115612ba7575f5ffd5b612bb3888289016129fb565b96999598509660600135949350505050565b5f60208284031215612bd5575f5ffd5b6125c6826129c1565b5f5f5f5f5f60808688031215612bf2575f5ffd5b612bfb866129c1565b945060208601359350604086013567ffffffffffffffff811115612ba7575f5ffd5b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f612ca360e0830189612c1d565b8281036040840152612cb58189612c1d565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612d0a578351835260209384019390920191600101612cec565b50909b9a5050505050505050505050565b803560ff8116811461219f575f5ffd5b5f5f5f60608486031215612d3d575f5ffd5b612d46846129c1565b9250612d54602085016129c1565b9150612d6260408501612d1b565b90509250925092565b5f5f5f5f60608587031215612d7e575f5ffd5b612d87856129c1565b9350602085013567ffffffffffffffff811115612da2575f5ffd5b8501601f81018713612db2575f5ffd5b803567ffffffffffffffff811115612dc8575f5ffd5b8760208260051b8401011115612ddc575f5ffd5b60209190910193509150612df260408601612d1b565b905092959194509250565b5f5f5f5f5f60808688031215612e11575f5ffd5b612e1a866129c1565b9450612e28602087016129c1565b935060408601359250606086013567ffffffffffffffff811115612e4a575f5ffd5b612e56888289016129fb565b969995985093965092949392505050565b5f5f5f60408486031215612e79575f5ffd5b612e82846129c1565b9250602084013567ffffffffffffffff811115612e9d575f5ffd5b612ea9868287016129fb565b9497909650939450505050565b5f5f5f5f60808587031215612ec9575f5ffd5b612ed2856129c1565b9350612ee0602086016129c1565b9250612eee60408601612d1b565b9150612df260608601612d1b565b5f5f60408385031215612f0d575f5ffd5b612f16836129c1565b9150611597602084016129c1565b5f5f5f5f5f60808688031215612f38575f5ffd5b612f41866129c1565b9450602086013567ffffffffffffffff811115612f5c575f5ffd5b612f6888828901612acc565b94505060408601359250606086013567ffffffffffffffff811115612e4a575f5ffd5b602081526001600160a01b03825116602082015264ffffffffff60208301511660408201526001600160a01b03604083015116606082015260608201516080820152608082015160a08201525f60a083015160c0808401526114b160e0840182612c1d565b8015158114610939575f5ffd5b5f5f6040838503121561300e575f5ffd5b82516003811061301c575f5ffd5b602084015190925061302d81612ff0565b809150509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036130c2576130c2613065565b5060010190565b808201808211156125c9576125c9613065565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b63ffffffff8716815261ffff8616602082015264ffffffffff8516604082015264ffffffffff8416606082015260a060808201525f61316660a0830184866130dc565b98975050505050505050565b5f60208284031215613182575f5ffd5b6125c6826129d7565b5f6020828403121561319b575f5ffd5b6125c6826129ea565b5f602082840312156131b4575f5ffd5b813567ffffffffffffffff81168114610eb4575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b602081528160208201525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83111561325c575f5ffd5b8260051b80856040850137919091016040019392505050565b5f67ffffffffffffffff821667ffffffffffffffff810361329857613298613065565b60010192915050565b602081525f610eb16020830184866130dc565b5f602082840312156132c4575f5ffd5b8135610eb481612ff0565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613302575f5ffd5b83018035915067ffffffffffffffff82111561331c575f5ffd5b602001915036819003821315612a39575f5ffd5b818382375f9101908152919050565b600181811c9082168061335357607f821691505b602082108103612adc577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b63ffffffff8716815261ffff8616602082015267ffffffffffffffff85166040820152831515606082015260a060808201525f61316660a0830184866130dc565b601f821115610adc57805f5260205f20601f840160051c810160208510156133f05750805b601f840160051c820191505b81811015612695575f81556001016133fc565b67ffffffffffffffff831115613427576134276131cb565b61343b83613435835461333f565b836133cb565b5f601f84116001811461348b575f85156134555750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b178355612695565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b828110156134d857868501358255602094850194600190920191016134b8565b5086821015613513577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b60ff85168152606060208201525f6135416060830185876130dc565b90508260408301529594505050505056" as const;
